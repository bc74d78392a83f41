import Foundation
import GRDB
import ScrutinyModel

/// The topics a member watches and what is new for them, kept in their own notebook: a topic
/// ("digital exclusion", perhaps of one committee) is matched, as search matches, against the
/// items that arrived in the papers store since it was last matched; each match is kept once
/// (by what it is and its text) until the member marks it read. What else arrived since the
/// member last looked — new meetings, new or changed papers — is read from the store's arrivals.
extension MemberNotes {
    static func createNews(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE watch_topic (
                id INTEGER PRIMARY KEY,
                words TEXT NOT NULL CHECK (words <> ''),
                committee TEXT NOT NULL DEFAULT '',
                -- The last arrival when the topic was added: it matches what arrives after.
                from_arrival INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (words, committee)
            );
            CREATE TABLE news (
                id INTEGER PRIMARY KEY,
                topic_id INTEGER NOT NULL REFERENCES watch_topic(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                kind TEXT NOT NULL,
                item_id TEXT NOT NULL,
                item_title TEXT NOT NULL,
                ref_id TEXT NOT NULL,
                paragraph INTEGER,
                paragraph_number INTEGER,
                page INTEGER,
                meeting_id TEXT NOT NULL,
                meeting_date TEXT,
                committee TEXT NOT NULL,
                snippet TEXT NOT NULL,
                found_at TEXT NOT NULL,
                read_at TEXT,
                UNIQUE (topic_id, key)
            );
            CREATE TABLE news_state (
                only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
                matched_through INTEGER NOT NULL DEFAULT 0,
                looked_through INTEGER NOT NULL DEFAULT 0
            );
            INSERT INTO news_state (only_row) VALUES (1);
            """)
    }

    /// Watches `words` (of one committee, when given): what arrives from now on and matches is news.
    @discardableResult
    public func watch(_ words: String, committee: String? = nil) throws -> WatchTopic {
        let words = words.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !SearchQuery(words).isEmpty else { throw StoreError("a topic needs words to match, such as \"digital exclusion\"", kind: .refused) }
        let latest = try papers.latestArrival()
        return try notebook.write { db in
            try db.execute(sql: """
                INSERT INTO watch_topic (words, committee, from_arrival, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (words, committee) DO NOTHING
                """, arguments: [words, committee ?? "", latest, Timestamp.now()])
            return try Self.topics(db).first { $0.words == words && $0.committee == committee }!
        }
    }

    public func topics() throws -> [WatchTopic] {
        try notebook.read(Self.topics)
    }

    /// Stops watching a topic (by its number or its words), and forgets its news.
    public func unwatch(_ topic: String) throws -> WatchTopic {
        try notebook.write { db in
            guard let found = try Self.topics(db).first(where: { String($0.id) == topic || $0.words.lowercased() == topic.lowercased() }) else {
                throw StoreError.notFound("watched topic", topic)
            }
            try db.execute(sql: "DELETE FROM watch_topic WHERE id = ?", arguments: [found.id])
            return found
        }
    }

    private static func topics(_ db: Database) throws -> [WatchTopic] {
        try Row.fetchAll(db, sql: "SELECT * FROM watch_topic ORDER BY id").map { row in
            WatchTopic(id: try row.decode(forColumn: "id"), words: try row.decode(forColumn: "words"),
                       committee: (try row.decode(forColumn: "committee") as String).isEmpty ? nil : try row.decode(forColumn: "committee"))
        }
    }

    /// Matches every topic against what arrived since it was last matched, keeping each new
    /// match; returns how many were new.
    @discardableResult
    public func refreshNews() throws -> Int {
        let latest = try papers.latestArrival()
        let (matched, topics) = try notebook.read { db in
            (try Int64.fetchOne(db, sql: "SELECT matched_through FROM news_state") ?? 0,
             try Row.fetchAll(db, sql: "SELECT id, from_arrival FROM watch_topic").map { (try $0.decode(forColumn: "id") as Int64, try $0.decode(forColumn: "from_arrival") as Int64) })
        }
        guard latest > matched else { return 0 }
        var found: [(topic: Int64, hit: SearchHit)] = []
        for topic in try self.topics() {
            let first = max(matched, topics.first { $0.0 == topic.id }?.1 ?? matched) + 1
            guard first <= latest else { continue }
            var filters = SearchFilters()
            filters.committee = topic.committee
            filters.arrivals = first...latest
            found += try papers.search(topic.words, filters: filters, limit: 500, asYouType: false).map { (topic.id, $0) }
        }
        return try notebook.write { db in
            let now = Timestamp.now()
            var added = 0
            for (topic, hit) in found {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO news (topic_id, key, kind, item_id, item_title, ref_id, paragraph, paragraph_number, page,
                                                meeting_id, meeting_date, committee, snippet, found_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [topic, Self.key(hit), hit.kind.rawValue, hit.itemID, hit.itemTitle, hit.refID, hit.paragraph,
                                     hit.paragraphNumber, hit.page, hit.meetingID, hit.meetingDate?.iso, hit.committeeName,
                                     hit.snippet.marked(open: "\u{2}", close: "\u{3}"), now])
                added += db.changesCount
            }
            try db.execute(sql: "UPDATE news_state SET matched_through = ?", arguments: [latest])
            return added
        }
    }

    /// What a match is, so that the same text is news once: where it is, and its words.
    private static func key(_ hit: SearchHit) -> String {
        "\(hit.kind.rawValue):\(hit.refID):\(hit.paragraph ?? 0):" + FNV1a.hex(of: Array(hit.snippet.text.utf8))
    }

    /// The member's news, unread first (or only), by topic.
    public func news(unreadOnly: Bool = true, foundSince: Int? = nil) throws -> [NewsItem] {
        try notebook.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if unreadOnly { conditions.append("n.read_at IS NULL") }
            if let foundSince {
                conditions.append("n.found_at >= ?")
                arguments += [Timestamp.text(seconds: foundSince)]
            }
            return try Row.fetchAll(db, sql: """
                SELECT n.*, t.words, t.committee AS topic_committee FROM news n JOIN watch_topic t ON t.id = n.topic_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY t.id, n.read_at IS NOT NULL, n.meeting_date DESC, n.id
                """, arguments: arguments).map(NewsItem.init)
        }
    }

    /// Marks news read: the ones given, or all of it.
    public func markRead(_ ids: [Int64]? = nil) throws {
        try notebook.write { db in
            if let ids {
                for id in ids { try db.execute(sql: "UPDATE news SET read_at = ? WHERE id = ? AND read_at IS NULL", arguments: [Timestamp.now(), id]) }
            } else {
                try db.execute(sql: "UPDATE news SET read_at = ? WHERE read_at IS NULL", arguments: [Timestamp.now()])
            }
        }
    }

    /// The arrival the member last looked at, and the latest: what else is new lies between.
    public func lookedThrough() throws -> Int64 {
        try notebook.read { db in try Int64.fetchOne(db, sql: "SELECT looked_through FROM news_state") ?? 0 }
    }

    /// Records that the member has seen what arrived up to `arrival`.
    public func looked(through arrival: Int64) throws {
        try notebook.write { db in try db.execute(sql: "UPDATE news_state SET looked_through = max(looked_through, ?)", arguments: [arrival]) }
    }
}

/// A topic a member watches.
public struct WatchTopic: Hashable, Sendable {
    public var id: Int64
    public var words: String
    /// Part of a committee's name, or nil for every committee.
    public var committee: String?
}

/// A match for a watched topic, kept in the member's notebook.
public struct NewsItem: Hashable, Sendable {
    public var id: Int64
    public var topic: String
    public var topicCommittee: String?
    public var hit: SearchHit
    public var read: Bool

    init(_ row: Row) throws {
        id = try row.decode(forColumn: "id")
        topic = try row.decode(forColumn: "words")
        let committee: String = try row.decode(forColumn: "topic_committee")
        topicCommittee = committee.isEmpty ? nil : committee
        read = (try row.decode(forColumn: "read_at") as String?) != nil
        hit = SearchHit(kind: try row.closed("kind", of: "a news item"), itemID: try row.decode(forColumn: "item_id"),
                        itemTitle: try row.decode(forColumn: "item_title"), meetingID: try row.decode(forColumn: "meeting_id"),
                        meetingDate: (try row.decode(forColumn: "meeting_date") as String?).flatMap { CalendarDate(iso: $0) },
                        committeeName: try row.decode(forColumn: "committee"), refID: try row.decode(forColumn: "ref_id"),
                        paragraph: try row.decode(forColumn: "paragraph"), paragraphNumber: try row.decode(forColumn: "paragraph_number"),
                        page: try row.decode(forColumn: "page"), snippet: Snippet(marked: try row.decode(forColumn: "snippet"), open: "\u{2}", close: "\u{3}"))
    }
}
