import Foundation
import GRDB
import ScrutinyModel

/// What each import brought that was not there before: new meetings, new or changed papers,
/// and the items whose text is new or changed, in the order they arrived. A member's news is
/// worked out from it: what arrived since they last looked, and which of it matches the topics
/// they watch (kept in their own notebook, never here).
extension PapersStore {
    static func createArrivals(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE arrival (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                arrived_at TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('meeting','document','item')),
                ref_id TEXT NOT NULL CHECK (ref_id <> ''),
                change TEXT NOT NULL CHECK (change IN ('new','changed'))
            );
            CREATE INDEX arrival_by_ref ON arrival(kind, ref_id);
            """)
    }

    /// The latest arrival's number (0 before any).
    public func latestArrival() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(seq) FROM arrival") ?? 0 }
    }

    /// The first arrival at or after `time` (seconds since 1970), for "since yesterday".
    public func firstArrival(since time: Int) throws -> Int64 {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT min(seq) FROM arrival WHERE arrived_at >= ?", arguments: [Timestamp.text(seconds: time)])
                ?? (try Int64.fetchOne(db, sql: "SELECT max(seq) FROM arrival") ?? 0) + 1
        }
    }

    /// Meetings and papers that arrived after `after` (up to `through`), newest last, each with
    /// where it belongs.
    public func arrivals(after: Int64, through: Int64) throws -> [Arrival] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.seq, a.kind, a.ref_id, a.change, a.arrived_at,
                       coalesce(d.title, '') AS title, i.id AS item_id, coalesce(i.title, '') AS item_title,
                       m.id AS meeting_id, m.start_date, c.name AS committee
                FROM arrival a
                LEFT JOIN document d ON a.kind = 'document' AND d.id = a.ref_id
                LEFT JOIN agenda_item i ON i.id = d.item_id
                JOIN meeting m ON m.id = CASE a.kind WHEN 'meeting' THEN a.ref_id ELSE i.meeting_id END
                JOIN committee c ON c.id = m.committee_id
                WHERE a.seq > ? AND a.seq <= ? AND a.kind IN ('meeting','document')
                ORDER BY a.seq
                """, arguments: [after, through]).map { row in
                Arrival(seq: try row.decode(forColumn: "seq"), kind: try row.decode(forColumn: "kind"), refID: try row.decode(forColumn: "ref_id"),
                        isNew: (try row.decode(forColumn: "change") as String) == "new", title: try row.decode(forColumn: "title"),
                        itemID: try row.decode(forColumn: "item_id"), itemTitle: try row.decode(forColumn: "item_title"),
                        meetingID: try row.decode(forColumn: "meeting_id"),
                        meetingDate: (try row.decode(forColumn: "start_date") as String?).flatMap { CalendarDate(iso: $0) },
                        committee: try row.decode(forColumn: "committee"))
            }
        }
    }

    /// What a source's items hold now: each document's checksum, and a checksum of each item's
    /// own words (title, questions, responses, resolutions); taken before an import replaces
    /// them, to say after it what changed.
    static func contentChecksums(ofSource source: Int64, _ db: Database) throws -> [String: String] {
        var sums: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT 'document:' || d.id AS key, d.checksum FROM document d JOIN agenda_item i ON i.id = d.item_id WHERE i.source_id = ?
            UNION ALL
            SELECT 'item:' || i.id, i.title || char(0) || coalesce((SELECT group_concat(text, char(0)) FROM (
                SELECT text FROM question WHERE item_id = i.id UNION ALL SELECT text FROM response WHERE item_id = i.id
                UNION ALL SELECT text FROM resolution WHERE item_id = i.id)), '')
            FROM agenda_item i WHERE i.source_id = ?
            """, arguments: [source, source]) {
            let key: String = try row.decode(forColumn: "key")
            let value: String = try row.decode(forColumn: "checksum")
            sums[key] = key.hasPrefix("item:") ? FNV1a.hex(of: Array(value.utf8)) : value
        }
        return sums
    }

    /// An item's own words as `contentChecksums` reads them, from a bundle.
    private static func wordsChecksum(_ item: AgendaItem, in bundle: PaperBundle) -> String {
        let texts = bundle.questions.filter { $0.itemID == item.id }.map(\.text) + bundle.responses.filter { $0.itemID == item.id }.map(\.text)
            + bundle.resolutions.filter { $0.itemID == item.id }.map(\.text)
        return FNV1a.hex(of: Array((item.title + "\u{0}" + texts.joined(separator: "\u{0}")).utf8))
    }

    /// Records what `bundle` brought: its meetings not in the store before (`known`), its
    /// documents and items new or changed against `before`.
    static func recordArrivals(of bundle: PaperBundle, knownMeetings known: Set<String>, before: [String: String], _ db: Database) throws {
        let now = Timestamp.now()
        let insert = try db.cachedStatement(sql: "INSERT INTO arrival (arrived_at, kind, ref_id, change) VALUES (?, ?, ?, ?)")
        func change(_ key: String, _ checksum: String) -> String? {
            guard let previous = before[key] else { return "new" }
            return previous == checksum ? nil : "changed"
        }
        for meeting in bundle.meetings where !known.contains(meeting.id) {
            try insert.execute(arguments: [now, "meeting", meeting.id, "new"])
        }
        var changedItems: Set<String> = []
        for document in bundle.documents where !document.paragraphs.isEmpty {
            guard let what = change("document:" + document.id, document.checksum) else { continue }
            try insert.execute(arguments: [now, "document", document.id, what])
            changedItems.insert(document.itemID)
        }
        for item in bundle.items {
            let what = change("item:" + item.id, wordsChecksum(item, in: bundle)) ?? (changedItems.contains(item.id) ? "changed" : nil)
            if let what { try insert.execute(arguments: [now, "item", item.id, what]) }
        }
    }
}

/// A meeting or paper that arrived in the store, for a member's news.
public struct Arrival: Hashable, Sendable {
    public var seq: Int64
    /// "meeting" or "document".
    public var kind: String
    public var refID: String
    public var isNew: Bool
    /// The paper's title (empty for a meeting).
    public var title: String
    public var itemID: String?
    public var itemTitle: String
    public var meetingID: String
    public var meetingDate: CalendarDate?
    public var committee: String
}
