import GRDB
import ScrutinyModel

/// Adds entries to the full-text index. An entry's rowid is its meeting's day number
/// (shifted) followed by a sequence within that day, so rowid order is date order.
struct SearchIndexer {
    let db: Database
    var texts = SearchTexts()
    /// The next free rowid per day key, so a bulk import asks SQLite once per day.
    private var nextRowID: [Int64: Int64] = [:]

    static let perDay: Int64 = 1 << 24
    /// Day numbers are shifted so undated entries (key 0) sort before every dated one.
    static let dayOffset = 100_000

    init(db: Database) {
        self.db = db
    }

    static func dayKey(_ day: CalendarDate?) -> Int64 {
        guard let day else { return 0 }
        return Int64(max(1, day.dayNumber + dayOffset))
    }

    mutating func add(kind: String, itemID: String, refID: String, paragraph: Int?,
                      title: String, body: String, day: CalendarDate?) throws {
        let rowID = try allocate(day)
        try db.cachedStatement(sql: "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [rowID, title, body])
        try db.cachedStatement(sql: "INSERT INTO search_stemmed (rowid, title, body) VALUES (?, ?, ?)")
            .execute(arguments: [rowID, texts.stemmed(title), texts.stemmed(body)])
        try db.cachedStatement(sql: """
            INSERT INTO search_entry (rowid, kind, item_id, ref_id, paragraph) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [rowID, kind, itemID, refID, paragraph])
    }

    private mutating func allocate(_ day: CalendarDate?) throws -> Int64 {
        let key = Self.dayKey(day)
        let next: Int64
        if let cached = nextRowID[key] {
            next = cached
        } else {
            let low = key * Self.perDay
            let highest = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM search_entry WHERE rowid BETWEEN ? AND ?",
                                             arguments: [low, low + Self.perDay - 1])
            next = (highest ?? low - 1) + 1
        }
        guard next < (key + 1) * Self.perDay else {
            throw StoreError("the search index is full for \(day?.iso ?? "undated papers")")
        }
        nextRowID[key] = next + 1
        return next
    }
}
