import Foundation
import GRDB

/// A copy of the store taken with SQLite's online backup, which copies a consistent state while
/// members read and the chair writes (a file copy of a live WAL store may catch it half-written),
/// then checked: opened on its own, SQLite's integrity check, and the same meetings, items,
/// documents and resolutions as the store.
extension PapersStore {
    public struct Backup: Sendable {
        public var path: String
        public var bytes: Int
        public var integrity: String
        /// Rows in the store and in the copy, by table, for the check.
        public var counts: [(table: String, store: Int, copy: Int)]

        public var matches: Bool { integrity == "ok" && counts.allSatisfy { $0.store == $0.copy } }
    }

    static let backupCheckedTables = ["meeting", "agenda_item", "document", "paragraph", "resolution", "note", "recommendation"]

    /// Copies the store to the new file at `destination` (0600) and checks the copy.
    public func backup(to destination: String) throws -> Backup {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StoreError("\(destination) exists already: a backup is written to a new file", kind: .refused)
        }
        let partial = destination + ".part"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let copy = try DatabaseQueue(path: partial)
            try pool.backup(to: copy)
            try copy.close()
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw StoreError("the backup to \(destination) failed: \(error)", kind: .failed)
        }
        chmod(partial, 0o600)
        try FileManager.default.moveItem(atPath: partial, toPath: destination)
        let copy = try PapersStore.forReading(path: destination)
        let tables = Self.backupCheckedTables
        let mine = try read { db in try tables.map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0 } }
        let theirs = try copy.read { db in try tables.map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0 } }
        let integrity = try copy.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? Int) ?? 0
        return Backup(path: destination, bytes: bytes, integrity: integrity,
                      counts: tables.indices.map { (tables[$0], mine[$0], theirs[$0]) })
    }
}
