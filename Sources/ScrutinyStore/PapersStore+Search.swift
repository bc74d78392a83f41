import GRDB
import ScrutinyModel

extension PapersStore {
    /// Searches documents, item titles, questions, responses and resolutions.
    ///
    /// Selective queries come back best match first; a query matching very many entries comes
    /// back newest first. `asYouType` treats the last word as a prefix.
    public func search(_ text: String, limit: Int = 20, asYouType: Bool = false) throws -> [SearchHit] {
        guard !SearchQuery(text).isEmpty, limit > 0 else { return [] }
        return try read { db in
            let (query, common) = try plan(text, asYouType: asYouType, db)
            let order = common ? "rowid DESC" : "rank"
            // Prepared once per order; read by position.
            return try Row.fetchAll(db.cachedStatement(sql: """
                SELECT hit.snippet, hit.long_body, e.kind, e.item_id, e.ref_id, e.paragraph, p.number AS paragraph_number, i.title,
                       m.id AS meeting_id, m.start_date, c.name AS committee_name
                FROM (\(Self.fullText(order: order))) AS hit
                JOIN search_entry e ON e.rowid = hit.rowid
                JOIN agenda_item i ON i.id = e.item_id
                JOIN meeting m ON m.id = i.meeting_id
                JOIN committee c ON c.id = m.committee_id
                LEFT JOIN paragraph p ON p.document_id = e.ref_id AND p.position = e.paragraph
                ORDER BY \(common ? "hit.rowid DESC" : "hit.rank")
                """), arguments: [query.match, limit]).map { row in
                SearchHit(kind: try row.closed("kind", of: "a search entry of item \((try row.decode(forColumn: "item_id")) as String)"), itemID: (try row.decode(forColumn: "item_id")),
                          itemTitle: (try row.decode(forColumn: "title")), meetingID: (try row.decode(forColumn: "meeting_id")),
                          meetingDate: ((try row.decode(forColumn: "start_date")) as String?).flatMap { CalendarDate(iso: $0) }, committeeName: (try row.decode(forColumn: "committee_name")),
                          refID: (try row.decode(forColumn: "ref_id")), paragraph: (try row.decode(forColumn: "paragraph")), paragraphNumber: (try row.decode(forColumn: "paragraph_number")),
                          snippet: try snippet(row, query))
            }
        }
    }

    /// The full-text step of `search` as one statement, with the match expression and order the
    /// store would use: for timing SQLite on its own in the sqlite3 shell (`scrutiny-bench`).
    public func fullTextStatement(_ text: String, limit: Int = 20, asYouType: Bool = false) throws -> String? {
        guard !SearchQuery(text).isEmpty else { return nil }
        let (query, common) = try read { db in try plan(text, asYouType: asYouType, db) }
        let order = common ? "rowid DESC" : "rank"
        let quoted = "'" + query.match.replacingOccurrences(of: "'", with: "''") + "'"
        return Self.fullText(order: order)
            .replacingOccurrences(of: "MATCH ?", with: "MATCH \(quoted)").replacingOccurrences(of: "LIMIT ?", with: "LIMIT \(limit)")
    }

    /// SQLite's snippet() weighs every match in an entry against every other, so an entry longer
    /// than this many characters (a paragraph that is a whole report) has its snippet made in
    /// one pass instead (`SearchQuery.snippet`).
    static let longEntry = 20_000

    private static func fullText(order: String) -> String {
        """
        SELECT rowid, CASE WHEN length(body) > \(longEntry) THEN NULL ELSE snippet(search, 1, char(2), char(3), '…', 16) END AS snippet,
               CASE WHEN length(body) > \(longEntry) THEN body END AS long_body, rank
        FROM search WHERE search MATCH ? ORDER BY \(order) LIMIT ?
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
    private func plan(_ text: String, asYouType: Bool, _ db: Database) throws -> (SearchQuery, common: Bool) {
        let exact = SearchQuery(text)
        let exactIsCommon = try isCommon(exact, db)
        let typed = SearchQuery(text, asYouType: asYouType)
        if typed == exact || exactIsCommon { return (exact, exactIsCommon) }
        return (typed, try isCommon(typed, db))
    }

    /// True when the query matches more entries than the threshold. Counting stops at the
    /// threshold, so this costs the same however common the words are.
    private func isCommon(_ query: SearchQuery, _ db: Database) throws -> Bool {
        let count = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)
            """), arguments: [query.match, commonTermThreshold + 1]) ?? 0
        return count > commonTermThreshold
    }
}
