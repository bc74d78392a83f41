/// One item on a meeting's agenda, with the facts of its decision.
public struct AgendaItem: Hashable, Sendable, Codable {
    public var id: String
    public var meetingID: String
    /// The number as printed: "4", "8.1", "4(a)".
    public var number: String
    /// Order on the agenda, from 1.
    public var position: Int
    public var title: String
    public var purpose: String?
    /// The kind of business, as the papers put it: "Decision", "For information" …
    public var kind: String?
    public var keyDecision: Bool
    public var decisionMaker: String?
    public var decisionStatus: String?
    public var decisionDate: CalendarDate?
    public var portfolio: String?
    public var author: String?
    /// The reference printed on a decision record, "CAB 24/25 45448".
    public var reference: String?
    public var callIn: CallIn
    /// Taken as urgent (with the scrutiny chair's consent, under the constitution's urgency
    /// rule): exempt from call-in where the council's rules say so.
    public var urgent = false
    /// Not for publication: exempt information under Schedule 12A to the Local Government
    /// Act 1972, whether or not the papers say which paragraph.
    public var exempt: Bool
    /// The paragraphs of Schedule 12A (1–7) the papers give; empty when not stated.
    public var exemptParagraphs: [Int]

    public var isExempt: Bool { exempt || !exemptParagraphs.isEmpty }

    /// "paragraph 3 of Schedule 12A", "Schedule 12A, paragraph not stated".
    public var exemptReference: String {
        exemptParagraphs.isEmpty ? "Schedule 12A, paragraph not stated" : "\(exemptParagraphsText) of Schedule 12A"
    }

    /// The resolution a meeting passes before taking this item in private, worded as s.100A(4)
    /// of the Local Government Act 1972 asks: the item, the Schedule 12A paragraphs, and the
    /// public interest test of its Part 2.
    public var exclusionResolutionText: String {
        let item = number.isEmpty ? "“\(title)”" : "item \(number) (\(title))"
        let paragraphs = exemptParagraphs.isEmpty ? "Part 1 of Schedule 12A to the Act (paragraph to be stated)"
            : "\(exemptParagraphsText) of Part 1 of Schedule 12A to the Act"
        return "That under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting "
            + "for \(item), because it is likely to involve the disclosure of exempt information as defined in \(paragraphs), "
            + "and that in all the circumstances the public interest in keeping the information exempt outweighs the public "
            + "interest in its disclosure."
    }

    /// "paragraph 3", "paragraphs 1 and 2", "paragraph not stated".
    public var exemptParagraphsText: String {
        let numbers = exemptParagraphs.map(String.init)
        switch numbers.count {
        case 0: return "paragraph not stated"
        case 1: return "paragraph \(numbers[0])"
        default: return "paragraphs \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last!)"
        }
    }

    public init(id: String, meetingID: String, number: String, position: Int, title: String,
                purpose: String? = nil, kind: String? = nil, keyDecision: Bool = false,
                decisionMaker: String? = nil, decisionStatus: String? = nil,
                decisionDate: CalendarDate? = nil, portfolio: String? = nil, author: String? = nil,
                reference: String? = nil, callIn: CallIn = .none, exempt: Bool = false, exemptParagraphs: [Int] = []) {
        self.id = id
        self.meetingID = meetingID
        self.number = number
        self.position = position
        self.title = title
        self.purpose = purpose
        self.kind = kind
        self.keyDecision = keyDecision
        self.decisionMaker = decisionMaker
        self.decisionStatus = decisionStatus
        self.decisionDate = decisionDate
        self.portfolio = portfolio
        self.author = author
        self.reference = reference
        self.callIn = callIn
        self.exempt = exempt || !exemptParagraphs.isEmpty
        self.exemptParagraphs = exemptParagraphs
    }
}

/// Whether an executive decision may be called in for scrutiny before it takes effect.
public enum CallIn: Hashable, Sendable, Codable {
    case none
    /// Subject to call-in; the period ends on the date when it is known.
    case subject(expires: CalendarDate?)
    /// Called in; implementation is suspended.
    case calledIn

    public var name: String {
        switch self {
        case .none: "none"
        case .subject: "subject"
        case .calledIn: "called_in"
        }
    }

    public var expires: CalendarDate? {
        if case .subject(let date) = self { return date }
        return nil
    }
}
