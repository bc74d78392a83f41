import GRDB

extension PapersStore {
    /// A test hook: runs SQL directly, so tests can prove the schema itself refuses bad rows.
    package func executeUnchecked(_ sql: String) throws {
        try pool.write { db in try db.execute(sql: sql) }
    }

    /// A test hook: a PRAGMA's value as the writer connection (the one that commits) has it.
    package func writerPragma(_ name: String) throws -> String? {
        try pool.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
    }

    /// A test hook: copies the WAL into the file and empties it, so the file's bytes are the store.
    package func checkpoint() throws {
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// A test hook: the first column of the first row of a query.
    package func scalar(_ sql: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: sql) }
    }
}

extension PapersStore {
    /// A test hook: every row of the papers' tables as text, sorted, without the columns that
    /// only record where a row came from (its import file, whether it was recorded live).
    /// Two stores holding the same papers give the same dump.
    package func papersDump() throws -> [String] {
        let tables = ["body", "committee", "person", "membership", "meeting", "agenda_item", "item_exemption", "document",
                      "paragraph", "question", "response", "response_answer", "resolution", "named_vote", "attendance",
                      "declaration", "flag", "note", "note_flag"]
        let bookkeeping: Set<String> = ["source_id", "live"]
        return try pool.read { db in
            try tables.flatMap { table in
                let columns = try db.columns(in: table).map(\.name).filter { !bookkeeping.contains($0) }
                let list = columns.map { "quote(\($0))" }.joined(separator: " || '|' || ")
                return try String.fetchAll(db, sql: "SELECT '\(table)|' || \(list) FROM \(table)").sorted()
            }
        }
    }
}
