import Foundation
import GRDB
import ScrutinyModel

/// What `scrutiny doctor` reports about a store.
public struct StoreHealth: Sendable {
    public var path: String
    public var schemaVersion: Int
    public var expectedSchemaVersion: Int
    /// Rows per table, by table name.
    public var counts: [(table: String, rows: Int)]
    /// "ok", or SQLite's list of problems.
    public var integrity: String
    public var journalMode: String
    /// Permission bits of the folder, the store and its WAL files that exist, by path.
    public var modes: [(path: String, mode: Int)]
}

extension PapersStore {
    /// The store's own name, made when it was created (or first opened by this Scrutiny): a
    /// member's notebook belongs to the store of this name. An older store this account cannot
    /// bring up to date is named by its path.
    public func identity() throws -> String {
        try read { db in
            guard try db.tableExists("store_identity") else {
                var hash = FNV1a()
                hash.add(path)
                return "path-" + hash.hex
            }
            guard let id = try String.fetchOne(db, sql: "SELECT id FROM store_identity") else {
                throw StoreError("the store \(path) has lost its name (its store_identity row): it is damaged", kind: .corrupt)
            }
            return id
        }
    }

    static let countedTables = ["committee", "person", "meeting", "agenda_item", "document", "paragraph",
                                "question", "response", "resolution", "attendance", "declaration", "note", "flag",
                                "import_source"]

    /// Checks the store: schema version, row counts, `PRAGMA integrity_check`, file modes.
    public func health() throws -> StoreHealth {
        try read { db in
            // Every migration recorded, this program's or a newer one's.
            let applied = try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0
            var counts: [(String, Int)] = []
            for table in Self.countedTables {
                counts.append((table, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0))
            }
            let problems = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let journal = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?"
            let folder = (path as NSString).deletingLastPathComponent
            let files = [folder.isEmpty ? "." : folder, path, path + "-wal", path + "-shm"]
            let modes = files.compactMap { file -> (String, Int)? in
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
                      let mode = attributes[.posixPermissions] as? Int else { return nil }
                return (file, mode)
            }
            return StoreHealth(path: path, schemaVersion: applied, expectedSchemaVersion: Schema.version,
                               counts: counts, integrity: problems.joined(separator: "\n"), journalMode: journal,
                               modes: modes)
        }
    }
}
