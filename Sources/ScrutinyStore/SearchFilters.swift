import Foundation
import GRDB
import ScrutinyModel

/// What a search is narrowed to, written in its text — `committee:cabinet`, `from:2025`,
/// `to:2025-06-30`, `kind:question` (a value with spaces in "quotes") — or given as options.
public struct SearchFilters: Hashable, Sendable {
    /// Part of a committee's name, or its id.
    public var committee: String?
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Kinds of entry: item, paragraph, question, response, resolution, note.
    public var kinds: Set<String> = []
    /// Kinds of document whose paragraphs are wanted (kind:report, kind:minutes …).
    public var documents: Set<Document.Kind> = []
    /// Only items that arrived (new or changed) in these imports: a member's news.
    var arrivals: ClosedRange<Int64>?

    public init() {}

    public var isEmpty: Bool { committee == nil && from == nil && to == nil && kinds.isEmpty && documents.isEmpty && arrivals == nil }

    static let names = ["committee", "from", "to", "kind"]

    /// The words of `text` with its filters taken out, and the filters. A filter whose value
    /// cannot be read is an error saying what it takes.
    public static func split(_ text: String) throws -> (words: String, filters: SearchFilters) {
        var filters = SearchFilters()
        var words = ""
        var rest = Substring(text)
        while let match = rest.firstMatch(of: /(?i)\b(committee|from|to|kind):("[^"]*"?|[^\s"]*)/) {
            words += rest[..<match.range.lowerBound] + " "
            let value = String(match.output.2).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            try filters.take(match.output.1.lowercased(), value)
            rest = rest[match.range.upperBound...]
        }
        return (words + rest, filters)
    }

    private mutating func take(_ name: String, _ value: String) throws {
        guard !value.isEmpty else { throw StoreError("\(name): needs a value, such as \(Self.example(name))", kind: .refused) }
        switch name {
        case "committee": committee = value
        case "from":
            guard let date = Self.date(value, end: false) else { throw Self.badDate(name) }
            from = date
        case "to":
            guard let date = Self.date(value, end: true) else { throw Self.badDate(name) }
            to = date
        default:
            let word = value.lowercased()
            if let kind = Self.entryKinds[word] { kinds.insert(kind) }
            else if let kind = Self.documentKinds[word] { documents.insert(kind) }
            else {
                throw StoreError("kind: is one of item, paragraph, question, response, resolution, note, report, minutes, decision, "
                                 + "appendix, supporting — not “\(value)”", kind: .refused)
            }
        }
    }

    private static func example(_ name: String) -> String {
        switch name {
        case "committee": "committee:cabinet"
        case "kind": "kind:question"
        default: "\(name):2025-06-10"
        }
    }

    private static func badDate(_ name: String) -> StoreError {
        StoreError("\(name): takes a date such as 2025-06-10, a month such as 2025-06, or a year such as 2025", kind: .refused)
    }

    /// "2025", "2025-06" or "2025-06-10": a year or month runs from its first day, or `end`s on its last.
    private static func date(_ text: String, end: Bool) -> CalendarDate? {
        let parts = text.split(separator: "-").map { Int($0) }
        guard !parts.contains(nil), let year = parts.first ?? nil else { return nil }
        switch parts.count {
        case 1: return CalendarDate(year: year, month: end ? 12 : 1, day: end ? 31 : 1)
        case 2:
            guard let month = parts[1], (1...12).contains(month) else { return nil }
            return CalendarDate(year: year, month: month, day: end ? CalendarDate.daysIn(month: month, year: year) : 1)
        case 3: return CalendarDate(iso: text)
        default: return nil
        }
    }

    private static let entryKinds = [
        "item": "item", "items": "item", "title": "item", "paragraph": "paragraph", "paragraphs": "paragraph", "paper": "paragraph",
        "papers": "paragraph", "question": "question", "questions": "question", "response": "response", "responses": "response",
        "answer": "response", "answers": "response", "resolution": "resolution", "resolutions": "resolution", "note": "note",
        "notes": "note",
    ]
    private static let documentKinds: [String: Document.Kind] = [
        "report": .report, "reports": .report, "minutes": .minutes, "decision": .decision, "decisions": .decision,
        "appendix": .appendix, "appendices": .appendix, "supporting": .supporting,
    ]

    /// Whether notes are wanted at all.
    var admitsNotes: Bool { (kinds.isEmpty && documents.isEmpty) || kinds.contains("note") }
    /// Whether papers are wanted at all.
    var admitsPapers: Bool { (kinds.isEmpty && documents.isEmpty) || !kinds.subtracting(["note"]).isEmpty || !documents.isEmpty }

    /// Whether a note, listed with its place, is one wanted.
    public func admits(_ listing: NoteListing) -> Bool {
        guard admitsNotes else { return false }
        if let committee, !(listing.committeeID == committee || (listing.committeeName ?? "").localizedCaseInsensitiveContains(committee)) {
            return false
        }
        if let from, !(listing.meetingDate.map { $0 >= from } ?? false) { return false }
        if let to, !(listing.meetingDate.map { $0 <= to } ?? false) { return false }
        return true
    }

    /// The SQL conditions on a search entry `e` of item `i` at meeting `m` of committee `c`,
    /// in document `d` (left joined), with their arguments.
    var conditions: (sql: String, arguments: StatementArguments) {
        var sql: [String] = []
        var arguments: StatementArguments = []
        if let committee {
            sql.append("(c.id = ? OR c.name LIKE ? ESCAPE '\\')")
            let pattern = committee.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            arguments += [committee, "%\(pattern)%"]
        }
        if let from {
            sql.append("m.start_date >= ?")
            arguments += [from.iso]
        }
        if let to {
            sql.append("m.start_date <= ?")
            arguments += [to.iso]
        }
        if let arrivals {
            sql.append("e.item_id IN (SELECT ref_id FROM arrival WHERE kind = 'item' AND seq BETWEEN ? AND ?)")
            arguments += [arrivals.lowerBound, arrivals.upperBound]
        }
        let kinds = kinds.subtracting(["note"]).sorted()
        if !kinds.isEmpty || !documents.isEmpty {
            var either: [String] = []
            if !kinds.isEmpty {
                either.append("e.kind IN (\(kinds.map { _ in "?" }.joined(separator: ", ")))")
                arguments += StatementArguments(kinds)
            }
            if !documents.isEmpty {
                either.append("(e.kind = 'paragraph' AND d.kind IN (\(documents.map { _ in "?" }.joined(separator: ", "))))")
                arguments += StatementArguments(documents.map(\.rawValue).sorted())
            }
            sql.append("(" + either.joined(separator: " OR ") + ")")
        }
        return (sql.joined(separator: " AND "), arguments)
    }
}
