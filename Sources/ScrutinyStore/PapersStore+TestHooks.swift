import GRDB

extension PapersStore {
    /// A test hook: runs SQL directly, so tests can prove the schema itself refuses bad rows.
    package func executeUnchecked(_ sql: String) throws {
        try pool.write { db in try db.execute(sql: sql) }
    }

    /// A test hook: the first column of the first row of a query.
    package func scalar(_ sql: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: sql) }
    }
}
