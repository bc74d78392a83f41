/// A member's note on something in the papers, gathered by flags.
///
/// A private note lives in its author's own notebook file; a shared note lives in the papers
/// store, where everyone who reads the papers sees it.
public struct Note: Hashable, Sendable, Codable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case open, raised, resolved

        /// "open", "raised at meeting", "resolved".
        public var label: String { self == .raised ? "raised at meeting" : rawValue }
    }

    public enum Visibility: String, CaseIterable, Sendable, Codable {
        case `private`, shared
    }

    public var id: String
    public var author: String
    public var target: NoteTarget
    /// The meeting and item the note is about, kept with the note so it can be gathered and
    /// found again without the paper it was written on.
    public var meetingID: String?
    public var itemID: String?
    public var text: String
    /// Flag ids.
    public var flags: [String]
    /// 1 (high) to 3 (low).
    public var priority: Int
    public var status: Status
    public var followUp: CalendarDate?
    public var visibility: Visibility
    /// ISO 8601 timestamps in UTC.
    public var createdAt: String
    public var updatedAt: String
    /// The login account that wrote the note, which alone may change it (`author` is the name
    /// it goes by); nil for a note written before accounts were kept.
    public var account: String?

    public init(id: String, author: String, account: String? = nil, target: NoteTarget, meetingID: String? = nil,
                itemID: String? = nil, text: String, flags: [String] = [], priority: Int = 2, status: Status = .open,
                followUp: CalendarDate? = nil, visibility: Visibility = .private, createdAt: String, updatedAt: String) {
        self.id = id
        self.author = author
        self.account = account
        self.target = target
        self.meetingID = meetingID
        self.itemID = itemID
        self.text = text
        self.flags = flags
        self.priority = priority
        self.status = status
        self.followUp = followUp
        self.visibility = visibility
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// A new random id such as "n4f9c2a7e1b03": unique across every notebook and store.
    public static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() & 0xFFFF_FFFF_FFFF
        let hex = String(value, radix: 16)
        return "n" + String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// "high", "normal", "low".
    public static func priorityName(_ priority: Int) -> String {
        switch priority {
        case 1: "high"
        case 3: "low"
        default: "normal"
        }
    }
}

/// What a note is attached to. A paragraph note keeps the paragraph's position in its
/// document and a short quote, so it can be found again if the document is re-imported.
public enum NoteTarget: Hashable, Sendable, Codable {
    case meeting(String)
    case item(String)
    case paragraph(document: String, position: Int, quote: String)
    case question(String)
    case response(String)
    case resolution(String)

    public var kind: String {
        switch self {
        case .meeting: "meeting"
        case .item: "item"
        case .paragraph: "paragraph"
        case .question: "question"
        case .response: "response"
        case .resolution: "resolution"
        }
    }

    public var id: String {
        switch self {
        case .meeting(let id), .item(let id), .question(let id), .response(let id), .resolution(let id): id
        case .paragraph(let document, _, _): document
        }
    }

    /// Whether two targets are the same thing (a paragraph's quote aside).
    public func sameSpot(as other: NoteTarget) -> Bool {
        switch (self, other) {
        case (.paragraph(let a, let p, _), .paragraph(let b, let q, _)): a == b && p == q
        default: self == other
        }
    }

    /// Rebuilds a target from its stored parts; nil for an unknown kind.
    public init?(kind: String, id: String, position: Int? = nil, quote: String? = nil) {
        switch kind {
        case "meeting": self = .meeting(id)
        case "item": self = .item(id)
        case "paragraph": self = .paragraph(document: id, position: position ?? 0, quote: quote ?? "")
        case "question": self = .question(id)
        case "response": self = .response(id)
        case "resolution": self = .resolution(id)
        default: return nil
        }
    }

    /// The first words of a paragraph, kept with a note on it: at most `limit` characters,
    /// cut at a word.
    public static func quote(_ text: String, limit: Int = 80) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words + "…"
    }
}

/// A theme that notes are gathered by.
public struct Flag: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var retired: Bool

    public init(id: String, name: String, retired: Bool = false) {
        self.id = id
        self.name = name
        self.retired = retired
    }

    /// The themes every store starts with.
    public static let defaults: [Flag] = [
        "digital exclusion", "equality impact", "cyber security", "climate and net zero",
        "value for money", "data protection", "accessibility", "staffing and resources", "risk",
    ].map { Flag(id: Slug.make($0), name: $0) }
}
