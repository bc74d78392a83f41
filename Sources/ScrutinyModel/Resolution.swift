/// What a committee resolved on an item: "(a) That the update be noted".
public struct Resolution: Hashable, Sendable, Codable {
    public enum Outcome: String, CaseIterable, Sendable, Codable {
        case agreed, noted, approved, rejected, deferred
    }

    public var id: String
    public var itemID: String
    public var position: Int
    /// The label as printed: "(a)", "i.", "(1)", or "" when there is one resolution.
    public var label: String
    public var text: String
    public var outcome: Outcome
    /// False while the chair is still drafting it.
    public var isFinal: Bool
    public var votes: VoteTally?
    public var unanimous: Bool
    /// Recorded while the meeting was not quorate, after the chair was asked.
    public var inquorate = false
    /// The resolution excluding the press and public for an exempt item (Local Government Act
    /// 1972, s.100A(4)): public even when the item's own record is not.
    public var excludesPublic = false
    public var namedVotes: [NamedVote]
    public var recordedBy: String?
    /// When it was recorded, as an ISO 8601 timestamp.
    public var recordedAt: String?

    /// "approved — 6 for, 0 against, 0 abstained", "noted — unanimous", with "(named vote)"
    /// and "DRAFT" when they apply.
    public var outcomeSummary: String {
        var text = outcome.rawValue
        if unanimous { text += " — unanimous" }
        if let votes { text += " — \(votes.forCount) for, \(votes.against) against, \(votes.abstain) abstained" }
        if !namedVotes.isEmpty { text += " (named vote)" }
        if inquorate { text += " — NOT QUORATE" }
        if !isFinal { text += " — DRAFT" }
        return text
    }

    public init(id: String, itemID: String, position: Int, label: String, text: String,
                outcome: Outcome, isFinal: Bool = true, votes: VoteTally? = nil,
                unanimous: Bool = false, namedVotes: [NamedVote] = [],
                recordedBy: String? = nil, recordedAt: String? = nil) {
        self.id = id
        self.itemID = itemID
        self.position = position
        self.label = label
        self.text = text
        self.outcome = outcome
        self.isFinal = isFinal
        self.votes = votes
        self.unanimous = unanimous
        self.namedVotes = namedVotes
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// Votes counted by show of hands.
public struct VoteTally: Hashable, Sendable, Codable {
    public var forCount: Int
    public var against: Int
    public var abstain: Int

    public init(for forCount: Int, against: Int, abstain: Int) {
        self.forCount = forCount
        self.against = against
        self.abstain = abstain
    }
}

/// One member's recorded vote, when a named vote is requested.
public struct NamedVote: Hashable, Sendable, Codable {
    public enum Vote: String, CaseIterable, Sendable, Codable {
        case `for`, against, abstain
    }

    public var person: String
    public var vote: Vote

    public init(person: String, vote: Vote) {
        self.person = person
        self.vote = vote
    }
}

/// How a committee labels a list of resolutions.
public enum ResolutionLabelStyle: String, CaseIterable, Sendable, Codable {
    /// (a), (b), (c)
    case letter
    /// i., ii., iii.
    case roman
    /// (1), (2), (3)
    case number

    /// The label of the resolution at `index` (from 0).
    public func label(_ index: Int) -> String {
        switch self {
        case .letter: "(\(Self.letters(index)))"
        case .roman: "\(Self.roman(index + 1))."
        case .number: "(\(index + 1))"
        }
    }

    private static func letters(_ index: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        return index < 26 ? String(alphabet[index]) : letters(index / 26 - 1) + String(alphabet[index % 26])
    }

    static func roman(_ number: Int) -> String {
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = number
        var result = ""
        for (value, numeral) in table {
            while rest >= value {
                result += numeral
                rest -= value
            }
        }
        return result
    }
}
