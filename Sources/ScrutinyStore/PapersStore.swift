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
        try Self.prepareFile(at: path)
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Schema.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError("cannot open the papers store \(path): \(error.message ?? "\(error)")")
        }
    }

    /// Whether a store file already exists at `path`.
    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Creates the folder (0700) and an empty file (0600) before SQLite opens it, so the
    /// database and its WAL files are never readable by others.
    private static func prepareFile(at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let manager = FileManager.default
        if !folder.isEmpty && !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError("cannot create the folder \(folder) for the papers store: \(error.localizedDescription)")
            }
        }
        if !manager.fileExists(atPath: path) {
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError("cannot create the papers store \(path): permission denied or disk full")
            }
        }
    }

    /// Runs a read and turns SQLite's errors into a `StoreError`.
    func read<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(work)
        } catch let error as DatabaseError {
            throw StoreError("reading the papers store failed: \(error.message ?? "\(error)")")
        }
    }

    /// Runs a write transaction and turns SQLite's errors into a `StoreError`.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(work)
        } catch let error as DatabaseError {
            throw StoreError("writing to the papers store failed: \(error.message ?? "\(error)")")
        }
    }
}
