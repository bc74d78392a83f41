import Foundation
import ScrutinyModel

/// A note as `--json` shows it, with where it was written and its flags by name.
public struct NoteJSON: Encodable, Sendable {
    var id: String
    var author: String
    var visibility: String
    var text: String
    var flags: [String]
    var priority: String
    var status: String
    var followUp: String?
    var on: String
    var targetKind: String
    var targetId: String
    /// The paragraph's number (the ¶ shown) and its position in the document (a heading has only this).
    var paragraph: Int?
    var position: Int?
    var quote: String?
    var meetingId: String?
    var itemId: String?
    var committee: String?
    var meetingDate: String?
    var item: String?
    var createdAt: String
    var updatedAt: String

    public init(_ listing: NoteListing, flagNames: [String: String]) {
        let note = listing.note
        id = note.id
        author = note.author
        visibility = note.visibility.rawValue
        text = note.text
        flags = note.flags.map { flagNames[$0] ?? $0 }
        priority = Note.priorityName(note.priority)
        status = note.status.rawValue
        followUp = note.followUp?.iso
        on = listing.targetLabel
        targetKind = note.target.kind
        targetId = note.target.id
        if case .paragraph(_, let position, let text) = note.target {
            paragraph = listing.paragraphNumber
            self.position = position
            quote = text
        }
        meetingId = note.meetingID
        itemId = note.itemID
        committee = listing.committeeName
        meetingDate = listing.meetingDate?.iso
        item = listing.itemHeading
        createdAt = note.createdAt
        updatedAt = note.updatedAt
    }
}

/// The concerns report as JSON: notes grouped by flag.
struct ConcernsJSON: Encodable {
    struct Group: Encodable {
        var flag: String?
        var notes: [NoteJSON]
    }

    var member: String
    var date: String
    var noteCount: Int
    var groups: [Group]
}

/// JSON as the command line and every export write it: snake_case keys, sorted, indented.
public enum JSONText {
    public static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

extension ConcernsReport {
    /// The three forms of the report, by the name `notes export --format` gives them.
    public enum Format: String, CaseIterable, Sendable {
        case md, csv, json

        public var title: String {
            switch self {
            case .md: "Markdown"
            case .csv: "CSV"
            case .json: "JSON"
            }
        }
    }

    /// The report in `format`; JSON names flags by `flagNames` (id to name).
    public func text(_ format: Format, flagNames: [String: String]) throws -> String {
        switch format {
        case .md: return markdown
        case .csv: return csv
        case .json:
            let shape = ConcernsJSON(member: member, date: date.iso, noteCount: noteCount,
                                     groups: groups.map { .init(flag: $0.flag?.name, notes: $0.notes.map { NoteJSON($0, flagNames: flagNames) }) })
            return try JSONText.encode(shape)
        }
    }
}
