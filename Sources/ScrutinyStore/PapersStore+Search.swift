import GRDB
import ScrutinyModel

extension PapersStore {
    /// Searches documents, item titles, questions, responses and resolutions: the words as they
    /// stand first, then other forms of them (`EnglishStemmer`: "digitally excluded" for "digital
    /// exclusion"), narrowed by any filters in the text (`SearchFilters`).
    ///
    /// Selective queries come back best match first; a query matching very many entries comes
    /// back newest first. `asYouType` treats the last word as a prefix.
    public func search(_ text: String, limit: Int = 20, asYouType: Bool = false) throws -> [SearchHit] {
        let (words, filters) = try SearchFilters.split(text)
        return try search(words, filters: filters, limit: limit, asYouType: asYouType)
    }

    func search(_ words: String, filters: SearchFilters, limit: Int, asYouType: Bool) throws -> [SearchHit] {
        guard !SearchQuery(words).isEmpty, limit > 0, filters.admitsPapers else { return [] }
        return try read { db in try search(words, filters: filters, limit: limit, asYouType: asYouType, db) }
    }

    private func search(_ words: String, filters: SearchFilters, limit: Int, asYouType: Bool, _ db: Database) throws -> [SearchHit] {
        let exact = try hits(words, stemmed: false, filters: filters, limit: limit, asYouType: asYouType, db)
        guard exact.count < limit else { return exact.map(\.hit) }
        // Every exact match is also a stemmed one: asking for that many more leaves room for the rest.
        let other = try hits(words, stemmed: true, filters: filters, limit: limit + exact.count, asYouType: asYouType,
                             skipping: Set(exact.map(\.rowid)), db)
        return (exact + other.prefix(limit - exact.count)).map(\.hit)
    }

    /// Every statement `search` runs for `text` (the counts that decide the order, each index's
    /// matches with their items, meetings and snippets), its arguments written in: for timing
    /// SQLite on its own, in the sqlite3 shell, doing all that the store asks of it (`scrutiny-bench`).
    public func searchStatements(_ text: String, limit: Int = 20, asYouType: Bool = false) throws -> [String] {
        let (words, filters) = try SearchFilters.split(text)
        guard !SearchQuery(words).isEmpty, limit > 0, filters.admitsPapers else { return [] }
        final class Ran: @unchecked Sendable { var statements: [String] = [] }
        let ran = Ran()
        try read { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { ran.statements.append(statement.expandedSQL) }
            }
            defer { db.trace(options: []) { _ in } }
            _ = try search(words, filters: filters, limit: limit, asYouType: asYouType, db)
        }
        // Statements run inside SQLite (FTS5's own, shown as comments) are part of those above them.
        return ran.statements.filter { !$0.hasPrefix("--") && !$0.hasPrefix("BEGIN") && !$0.hasPrefix("COMMIT") && !$0.hasPrefix("ROLLBACK") }
    }

    /// SQLite's snippet() weighs every match in an entry against every other, so an entry longer
    /// than this many characters (a paragraph that is a whole report) has its snippet made in
    /// one pass instead (`SearchQuery.snippet`).
    static let longEntry = 20_000

    /// The entries found in one index, but for those `skipping` (found already), whose snippets
    /// are not made.
    private func hits(_ words: String, stemmed: Bool, filters: SearchFilters, limit: Int, asYouType: Bool,
                      skipping: Set<Int64> = [], _ db: Database) throws -> [(rowid: Int64, hit: SearchHit)] {
        let (query, common) = try plan(words, asYouType: asYouType, stemmed: stemmed, db)
        let table = stemmed ? "search_stemmed" : "search"
        let conditions = filters.conditions
        // Prepared once per table, order and filter shape; read by name.
        return try Row.fetchAll(db.cachedStatement(sql: """
            SELECT hit.rowid, hit.snippet, hit.long_body, e.kind, e.item_id, e.ref_id, e.paragraph, p.number AS paragraph_number, p.page AS paragraph_page, i.title,
                   m.id AS meeting_id, m.start_date, c.name AS committee_name
            FROM (\(Self.fullText(table: table, order: common ? "rowid DESC" : "rank", filters: filters))) AS hit
            JOIN search_entry e ON e.rowid = hit.rowid
            JOIN agenda_item i ON i.id = e.item_id
            JOIN meeting m ON m.id = i.meeting_id
            JOIN committee c ON c.id = m.committee_id
            LEFT JOIN paragraph p ON p.document_id = e.ref_id AND p.position = e.paragraph
            ORDER BY \(common ? "hit.rowid DESC" : "hit.rank")
            """), arguments: [query.match] + conditions.arguments + [limit]).compactMap { row in
            let rowid: Int64 = try row.decode(forColumn: "rowid")
            guard !skipping.contains(rowid) else { return nil }
            let hit = SearchHit(
                kind: try row.closed("kind", of: "a search entry of item \((try row.decode(forColumn: "item_id")) as String)"),
                itemID: (try row.decode(forColumn: "item_id")), itemTitle: (try row.decode(forColumn: "title")),
                meetingID: (try row.decode(forColumn: "meeting_id")),
                meetingDate: ((try row.decode(forColumn: "start_date")) as String?).flatMap { CalendarDate(iso: $0) },
                committeeName: (try row.decode(forColumn: "committee_name")), refID: (try row.decode(forColumn: "ref_id")),
                paragraph: (try row.decode(forColumn: "paragraph")), paragraphNumber: (try row.decode(forColumn: "paragraph_number")),
                page: (try row.decode(forColumn: "paragraph_page")), snippet: try snippet(row, query))
            return (rowid, hit)
        }
    }

    /// The entries matching, in `order`, at most `limit`: with SQLite's snippet of the exact index,
    /// or the text to make one from (the stemmed index holds stems, not the words to show).
    private static func fullText(table: String, order: String, filters: SearchFilters) -> String {
        let marked = table == "search"
            ? "CASE WHEN length(search.body) > \(longEntry) THEN NULL ELSE snippet(search, 1, char(2), char(3), '…', 16) END AS snippet, "
                + "CASE WHEN length(search.body) > \(longEntry) THEN search.body END AS long_body"
            : "NULL AS snippet, (SELECT body FROM search WHERE search.rowid = search_stemmed.rowid) AS long_body"
        // The rank only when it orders: FTS5 works it out from how many entries hold each word,
        // a pass over every match (831,000 for "council" in a million documents).
        let rank = order == "rank" ? ", \(table).rank" : ""
        // Unjoined, the order is written as FTS5 knows it (`rank`, `rowid`), so it sorts in the index.
        guard !filters.isEmpty else {
            return "SELECT rowid, \(marked)\(rank) FROM \(table) WHERE \(table) MATCH ? ORDER BY \(order) LIMIT ?"
        }
        return """
            SELECT \(table).rowid, \(marked)\(rank) FROM \(table)
            JOIN search_entry e ON e.rowid = \(table).rowid JOIN agenda_item i ON i.id = e.item_id
            JOIN meeting m ON m.id = i.meeting_id JOIN committee c ON c.id = m.committee_id
            LEFT JOIN document d ON d.id = e.ref_id AND e.kind = 'paragraph'
            WHERE \(table) MATCH ? AND \(filters.conditions.sql) ORDER BY \(table).\(order) LIMIT ?
            """
    }

    private func snippet(_ row: Row, _ query: SearchQuery) throws -> Snippet {
        if let marked: String = try row.decode(forColumn: "snippet") { return Snippet(marked: marked, open: "\u{2}", close: "\u{3}") }
        return query.snippet(of: try row.decode(forColumn: "long_body") ?? "")
    }

    /// The query to run, and whether it is common (newest first). While typing, the last word
    /// also matches longer words; but a word already very common by itself is taken as it
    /// stands, since matching every longer word would cost far more and add little to the
    /// newest results.
    private func plan(_ text: String, asYouType: Bool, stemmed: Bool, _ db: Database) throws -> (SearchQuery, common: Bool) {
        let table = stemmed ? "search_stemmed" : "search"
        let exact = SearchQuery(text, stemmed: stemmed)
        let exactIsCommon = try isCommon(exact, in: table, db)
        let typed = SearchQuery(text, asYouType: asYouType, stemmed: stemmed)
        if typed == exact || exactIsCommon { return (exact, exactIsCommon) }
        return (typed, try isCommon(typed, in: table, db))
    }

    /// True when the query matches more entries than the threshold. Counting stops at the
    /// threshold, so this costs the same however common the words are.
    private func isCommon(_ query: SearchQuery, in table: String, _ db: Database) throws -> Bool {
        let count = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT 1 FROM \(table) WHERE \(table) MATCH ? LIMIT ?)
            """), arguments: [query.match, commonTermThreshold + 1]) ?? 0
        return count > commonTermThreshold
    }
}
