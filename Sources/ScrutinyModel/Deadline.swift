/// A day the Upcoming calendar shows besides meetings: a call-in period ending, a called-in
/// decision to be heard or reconsidered, or the response to a scrutiny recommendation falling due.
public struct Deadline: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case callIn = "call_in"
        case responseDue = "response_due"
        case hearing = "call_in_hearing"
        case reconsideration
        /// A work-programme topic planned for a meeting.
        case programme
    }

    public var kind: Kind
    public var day: CalendarDate
    /// Minutes after midnight, when the deadline has an hour.
    public var minutes: Int?
    /// "Cabinet: 5. Customer Access Strategy 2027–2030", "RDSC (25/26) 02 to Cabinet".
    public var what: String
    /// The item (call-in) or recommendation (response) it is about.
    public var targetID: String

    public init(kind: Kind, day: CalendarDate, minutes: Int? = nil, what: String, targetID: String) {
        self.kind = kind
        self.day = day
        self.minutes = minutes
        self.what = what
        self.targetID = targetID
    }

    /// "17:00", or "" without an hour.
    public var clock: String { minutes.map(MeetingTime.clock(minutes:)) ?? "" }

    private var name: String {
        switch kind {
        case .callIn: "call-in ends"
        case .responseDue: "response due"
        case .hearing: "call-in to be heard"
        case .reconsideration: "reconsideration due"
        case .programme: "work programme"
        }
    }

    /// "call-in ends · Cabinet: 5. Customer Access Strategy", "response due · RDSC (25/26) 02 to Cabinet".
    public var label: String { name + " · " + what }

    /// "call-in ends 17:00 · Cabinet: 5. Customer Access Strategy", "response due · RDSC (25/26) 02 to Cabinet".
    public var summary: String { name + (minutes == nil ? "" : " " + clock) + " · " + what }

    /// The responses still awaited, due on or after `today`.
    public static func responses(_ recommendations: [Recommendation], from today: CalendarDate) -> [Deadline] {
        recommendations.compactMap { made in
            guard made.status(today: today) == .awaitingResponse, let due = made.responseDue else { return nil }
            return Deadline(kind: .responseDue, day: due, what: "\(made.reference) to \(made.addressee)", targetID: made.id)
        }
    }
}
