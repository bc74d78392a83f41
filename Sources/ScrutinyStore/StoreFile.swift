import Foundation
import GRDB

/// Opening an SQLite file the way every Scrutiny file is opened: created 0600 in a 0700
/// folder before SQLite touches it, WAL with `synchronous=FULL`, and a busy timeout so two
/// processes share it without "database is locked".
enum StoreFile {
    /// - Parameter what: how errors name the file: "the papers store", "the notebook".
    static func open(_ path: String, what: String) throws -> DatabasePool {
        try prepare(path, what: what)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration())
            // GRDB turns on WAL after our setup and sets synchronous=NORMAL on the writer as it
            // does: every commit is synced to disk, so FULL again.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            return pool
        } catch let error as DatabaseError {
            throw StoreError.sqlite(error, doing: "opening \(what) \(path)")
        }
    }

    /// Opens an existing file for reading only: a file or folder this account cannot write (a
    /// read-only mount, an immutable file, a store shared read-only). Where even the WAL's
    /// shared-memory file cannot be made, the file is read as immutable, as SQLite allows.
    static func openReadOnly(_ path: String, what: String) throws -> any DatabaseWriter {
        var config = configuration()
        config.readonly = true
        let folder = (path as NSString).deletingLastPathComponent
        if access(folder.isEmpty ? "." : folder, W_OK) == 0, let pool = try? DatabasePool(path: path, configuration: config),
           (try? pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }) != nil {
            return pool
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        do {
            return try DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.sqlite(error, doing: "opening \(what) \(path) for reading")
        }
    }

    /// This process's login account, from the password database (not $USER, which anyone can set).
    static var loginAccount: String {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "uid-\(geteuid())" }
        return String(cString: name)
    }

    /// Whether this account can write the existing file at `path` and the folder it is in
    /// (where the WAL's files go).
    static func isWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// The size the write-ahead log is cut back to after a checkpoint: 64 MiB.
    static let walLimit = 64 << 20

    /// How long a process waits for another's write before saying the store is busy.
    static let busyLimit: Duration = .seconds(10)

    /// Waiting for the lock another process holds: looks again every 2 ms, for up to
    /// `busyLimit`. SQLite's own busy timeout backs off to looking every 100 ms, so a waiter
    /// misses the short moments an import leaves the lock free between its batches and a chair's
    /// keystroke could wait seconds behind it; looking often lets writers take turns.
    @Sendable private static func busyWait(tries: Int) -> Bool {
        usleep(2_000)
        return Duration.milliseconds(2 * (tries + 1)) < busyLimit
    }

    private static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .callback(busyWait)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Deleted notes leave no words behind in freed pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // 8 MiB of pages per connection (SQLite's default is 2): a search on a large store
            // reads its postings and snippets from here instead of from the file each time.
            try db.execute(sql: "PRAGMA cache_size = -8192")
            // Once the write-ahead log has been checkpointed and starts again, its file is cut back
            // to this size: it does not stay as large as the largest import ever made it.
            try db.execute(sql: "PRAGMA journal_size_limit = \(walLimit)")
        }
        return config
    }

    private static func prepare(_ path: String, what: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let manager = FileManager.default
        if !folder.isEmpty && !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError("cannot create the folder \(folder) for \(what): \(error.localizedDescription)", kind: .cannotOpen)
            }
        }
        if !manager.fileExists(atPath: path) {
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError("cannot create \(what) \(path): permission denied or disk full", kind: .cannotOpen)
            }
        }
    }

    /// Brings a file to the current schema. Two processes opening a new file at the same moment
    /// both see it unmigrated and the later one's first step fails on what the first created; it
    /// looks again, and finds that step done.
    static func migrate(_ migrator: DatabaseMigrator, _ writer: any DatabaseWriter) throws {
        do {
            try migrator.migrate(writer)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            guard try !writer.read(migrator.hasCompletedMigrations) else { return }
            try migrator.migrate(writer)
        }
    }

    /// Turns SQLite's errors in `work` into a `StoreError` that says what was being done.
    static func guarded<T>(_ doing: String, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as DatabaseError {
            throw StoreError.sqlite(error, doing: doing)
        } catch let error as RowDecodingError {
            // A value of the wrong type where the schema allows only one: a damaged row.
            throw StoreError("\(doing) failed: a row is damaged (\(error))", kind: .corrupt)
        }
    }
}
