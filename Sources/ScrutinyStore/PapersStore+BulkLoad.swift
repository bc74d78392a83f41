import GRDB

extension PapersStore {
    /// A benchmark hook: the limit an import is measured against. Loads every row of the store at
    /// `source` into this new, empty store in one transaction, as SQLite alone would: each table
    /// by `INSERT … SELECT`, the full-text index from the same text, and the stemmed index from
    /// that text stemmed here. The same schema, pragmas and indexes as an import writes.
    package func bulkLoad(from source: String) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS source", arguments: [source])
            defer { try? db.execute(sql: "DETACH DATABASE source") }
            try db.inTransaction(.immediate) {
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM source.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
                        AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' AND name NOT LIKE '%search%'
                        AND name NOT IN ('store_identity') ORDER BY rowid
                    """) + ["search_entry"]
                for table in tables {
                    try db.execute(sql: "INSERT OR IGNORE INTO main.\(table) SELECT * FROM source.\(table)")
                }
                try db.execute(sql: "INSERT INTO main.search (rowid, title, body) SELECT rowid, title, body FROM source.search")
                let stemmed = try db.makeStatement(sql: "INSERT INTO main.search_stemmed (rowid, title, body) VALUES (?, ?, ?)")
                let rows = try Row.fetchCursor(db, sql: "SELECT rowid, title, body FROM source.search")
                while let row = try rows.next() {
                    let title: String = row[1], body: String = row[2]
                    try stemmed.execute(arguments: [row[0] as Int64, EnglishStemmer.stemmedText(title), EnglishStemmer.stemmedText(body)])
                }
                return .commit
            }
        }
    }

    /// A benchmark hook: the segments of the full-text indexes (plain, stemmed): the fewer, the
    /// fewer b-trees a search reads.
    package func searchSegments() throws -> (plain: Int, stemmed: Int) {
        try pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM search_idx") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM search_stemmed_idx") ?? 0)
        }
    }
}
