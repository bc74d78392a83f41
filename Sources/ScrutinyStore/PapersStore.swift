import Foundation
import GRDB
import ScrutinyModel

/// The papers store: one SQLite file of meetings, items, documents and what was resolved,
/// shared by everyone who reads the same papers.
///
/// Writes are transactions; WAL with `synchronous=FULL` keeps every committed write across a
/// crash, and a busy timeout lets two processes share the file without "database is locked".
public final class PapersStore: Sendable {
    public let path: String
    let pool: DatabasePool
    /// How many entries a search may match before it stops ranking and answers newest first:
    /// ranking every match of a very common word costs more than a member would wait.
    let commonTermThreshold: Int

    /// Opens the store at `path`, creating it (0600, in a 0700 folder) and migrating it to the
    /// current schema when needed.
    public convenience init(path: String) throws {
        try self.init(path: path, commonTermThreshold: 5_000)
    }

    /// A test hook: a low threshold lets a small store take the common-term path.
    package init(path: String, commonTermThreshold: Int) throws {
        self.path = path
        self.commonTermThreshold = commonTermThreshold
        pool = try StoreFile.open(path, what: "the papers store")
        // A store a newer Scrutiny has migrated is not written by this one.
        let superseded = try StoreFile.guarded("opening the papers store \(path)") { try pool.read(Schema.migrator.hasBeenSuperseded) }
        if superseded {
            throw StoreError("the papers store \(path) was made by a newer Scrutiny; this one can neither read nor change it safely",
                             kind: .newerSchema)
        }
        try StoreFile.guarded("opening the papers store \(path)") { try Schema.migrator.migrate(pool) }
    }

    /// Whether a store file already exists at `path`.
    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Runs a read and turns SQLite's errors into a `StoreError`.
    func read<T>(_ work: (Database) throws -> T) throws -> T {
        try StoreFile.guarded("reading the papers store") { try pool.read(work) }
    }

    /// Runs a write transaction and turns SQLite's errors into a `StoreError`.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        try StoreFile.guarded("writing to the papers store") { try pool.write(work) }
    }
}
