/// A decision called in: who signed, on what grounds and when, the committee that must hear it
/// and by when, and — once heard — what it decided and by when the decision-maker reconsiders.
public struct CallInRequest: Hashable, Sendable {
    public enum Outcome: String, CaseIterable, Sendable {
        /// The committee takes no further action: the decision may be implemented.
        case noFurtherAction = "no further action"
        /// Referred back to the decision-maker to reconsider.
        case referredBack = "referred back"
        /// Referred to full council (as outside the budget or policy framework).
        case referredToCouncil = "referred to council"

        /// "--outcome referred-back", or the words themselves.
        public init?(option: String) {
            let words = option.lowercased().replacing("-", with: " ")
            guard let found = Self.allCases.first(where: { $0.rawValue == words }) else { return nil }
            self = found
        }

        public var option: String { rawValue.replacing(" ", with: "-") }
    }

    public var id: String
    public var itemID: String
    public var requested: CalendarDate
    public var signatories: [String]
    public var grounds: [String]
    public var reason: String?
    /// The committee that hears it, by id and name.
    public var committeeID: String
    public var committeeName: String
    /// The day the committee must meet by, under the council's rules.
    public var hearingDue: CalendarDate?
    /// The meeting that heard it, and on what day.
    public var heardAt: String?
    public var heardOn: CalendarDate?
    public var outcome: Outcome?
    public var outcomeNote: String?
    /// The day the decision-maker must reconsider by, when referred back.
    public var reconsiderationDue: CalendarDate?

    public init(id: String = "", itemID: String, requested: CalendarDate, signatories: [String], grounds: [String], reason: String? = nil,
                committeeID: String, committeeName: String = "") {
        self.id = id
        self.itemID = itemID
        self.requested = requested
        self.signatories = signatories
        self.grounds = grounds
        self.reason = reason
        self.committeeID = committeeID
        self.committeeName = committeeName.isEmpty ? committeeID : committeeName
    }

    /// The badge the decision carries: "CALLED IN: hearing by 31 Mar", "REFERRED BACK", ….
    public func badge(today: CalendarDate) -> String {
        switch outcome {
        case .noFurtherAction: return "CALL-IN: no further action"
        case .referredToCouncil: return "REFERRED TO COUNCIL"
        case .referredBack: return "REFERRED BACK" + (reconsiderationDue.map { ": reconsider by \($0.dayMonth)" } ?? "")
        case nil:
            guard let due = hearingDue else { return "CALLED IN" }
            return today > due ? "CALLED IN: hearing overdue" : "CALLED IN: hearing by \(due.dayMonth)"
        }
    }

    /// "Called in on Fri 20 Mar 2026 by Cllr A, Cllr B and Cllr C on the grounds that …; the
    /// Resources and Digital Scrutiny Committee must hear it by Tue 31 Mar 2026: implementation is suspended."
    public var summary: String {
        let names = signatories.count > 1 ? signatories.dropLast().joined(separator: ", ") + " and " + signatories.last! : signatories.joined()
        var text = "Called in on \(requested.short) by \(names)"
        let why = [grounds.isEmpty ? nil : "grounds: " + grounds.joined(separator: "; "), reason].compactMap { $0 }
        if !why.isEmpty { text += " (\(why.joined(separator: " — ")))" }
        switch (outcome, heardOn) {
        case (nil, _):
            text += "; implementation is suspended until \(committeeName) hears it" + (hearingDue.map { ", which it must by \($0.short)" } ?? "") + "."
        case (let outcome?, let day):
            text += "; heard by \(committeeName)" + (day.map { " on \($0.short)" } ?? "")
            if let day, let due = hearingDue, day > due { text += " (later than the rules allow: by \(due.short))" }
            text += ": "
            let decided = switch outcome {
            case .noFurtherAction: "no further action, so it may be implemented."
            case .referredBack: "referred back to the decision-maker" + (reconsiderationDue.map { ", to reconsider by \($0.short)" } ?? "") + "."
            case .referredToCouncil: "referred to full council, and suspended until the council decides."
            }
            text += decided
        }
        return text + (outcomeNote.map { " " + $0 } ?? "")
    }
}
