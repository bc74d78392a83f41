/// A member's note on something in the papers, gathered by flags.
public struct Note: Hashable, Sendable, Codable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case open, raised, resolved
    }

    public enum Visibility: String, CaseIterable, Sendable, Codable {
        case `private`, shared
    }

    public var id: String
    public var author: String
    public var target: NoteTarget
    public var text: String
    public var flags: [String]
    /// 1 (high) to 3 (low).
    public var priority: Int
    public var status: Status
    public var followUp: CalendarDate?
    public var visibility: Visibility
    /// ISO 8601 timestamps.
    public var createdAt: String
    public var updatedAt: String

    public init(id: String, author: String, target: NoteTarget, text: String, flags: [String] = [],
                priority: Int = 2, status: Status = .open, followUp: CalendarDate? = nil,
                visibility: Visibility = .shared, createdAt: String, updatedAt: String) {
        self.id = id
        self.author = author
        self.target = target
        self.text = text
        self.flags = flags
        self.priority = priority
        self.status = status
        self.followUp = followUp
        self.visibility = visibility
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// What a note is attached to. A paragraph note keeps its number and a short quote, so it
/// can be found again if the document is re-imported.
public enum NoteTarget: Hashable, Sendable, Codable {
    case meeting(String)
    case item(String)
    case paragraph(document: String, number: Int, quote: String)
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
