import ScrutinyModel
import TerminalCore

/// A call-in recorded from the decision's page: who signed, on what grounds, when it came in;
/// or, once called in, the meeting that heard it and what the committee decided. The form stays
/// open until the store has taken it, so a refusal (too few signatures, a ground the rules do
/// not list) is read beside what was typed, and nothing typed is lost.
public struct CallInForm: Sendable, Equatable {
    public enum Field: Sendable, CaseIterable {
        case signatories, ground, reason, received, meeting, outcome, note
    }

    public var itemID: String
    public var itemHeading: String
    /// The call-in being heard; nil while recording the call-in itself.
    public var request: CallInRequest?
    /// "Priya Shah, Helen Marsh": names separated by commas.
    public var signatories = ""
    /// The council's grounds, to choose from; a ground may be typed too ("; " between two).
    public var councilGrounds: [String]
    public var ground = ""
    public var reason = ""
    public var received: String
    /// The hearing committee's meetings since the call-in, by id, with their labels.
    public var meetings: [(id: String, label: String)]
    public var meeting = 0
    public var outcome = CallInRequest.Outcome.noFurtherAction
    public var note = ""
    public var field: Field
    public var problem: String?
    /// Saved and waiting for the store's answer.
    public var saving = false

    /// The form for calling in `item`'s decision, received `today`.
    public init(calling item: AgendaItem, grounds: [String], today: CalendarDate) {
        itemID = item.id
        itemHeading = Self.heading(item)
        councilGrounds = grounds
        received = today.iso
        meetings = []
        field = .signatories
    }

    /// The form for the hearing of `request`, at one of `meetings` (the hearing committee's since it).
    public init(hearing request: CallInRequest, of item: AgendaItem, meetings: [MeetingListing]) {
        itemID = item.id
        itemHeading = Self.heading(item)
        self.request = request
        councilGrounds = []
        received = request.requested.iso
        self.meetings = meetings.map { ($0.meeting.id, [$0.meeting.start?.date.short, $0.meeting.status.rawValue].compactMap { $0 }.joined(separator: ", ")) }
        field = .meeting
    }

    private static func heading(_ item: AgendaItem) -> String { item.number.isEmpty ? item.title : "\(item.number). \(item.title)" }

    /// The fields of the form this is.
    var fields: [Field] { request == nil ? [.signatories, .ground, .reason, .received] : [.meeting, .outcome, .note] }

    public static func == (left: CallInForm, right: CallInForm) -> Bool {
        left.itemID == right.itemID && left.request == right.request && left.signatories == right.signatories && left.ground == right.ground
            && left.reason == right.reason && left.received == right.received && left.meetings.map(\.id) == right.meetings.map(\.id)
            && left.meeting == right.meeting && left.outcome == right.outcome && left.note == right.note && left.field == right.field
            && left.problem == right.problem && left.saving == right.saving && left.councilGrounds == right.councilGrounds
    }

    /// What saving asks of the store, or a problem to show instead.
    func effect() -> Result<Effect, Problem> {
        if let request {
            guard meetings.indices.contains(meeting) else {
                return .failure(Problem("\(request.committeeName) has not met since the call-in: import the meeting that heard it first."))
            }
            return .success(.hearCallIn(itemID: itemID, meetingID: meetings[meeting].id, outcome: outcome, note: note.isEmpty ? nil : note))
        }
        let names = signatories.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { return .failure(Problem("Type the names of those who signed, separated by commas.")) }
        guard let day = CalendarDate(iso: received.trimmingCharacters(in: .whitespaces)) else {
            return .failure(Problem("The day it was received is written YYYY-MM-DD."))
        }
        let grounds = ground.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return .success(.callIn(CallInRequest(itemID: itemID, requested: day, signatories: names, grounds: grounds,
                                              reason: reason.isEmpty ? nil : reason, committeeID: "")))
    }

    struct Problem: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }
}
