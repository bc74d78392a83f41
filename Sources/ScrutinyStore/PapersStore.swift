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
    let pool: any DatabaseWriter
    /// Why the store is open for reading only (this account cannot write it, or a newer
    /// Scrutiny made it); nil when it can be written. Every write is refused with this reason.
    public let readOnlyReason: String?
    private let newerSchema: Bool
    /// What a check in the background found wrong with the file; every write is refused once set.
    private let damage = DamageReport()
    /// How many entries a search may match before it stops ranking and answers newest first:
    /// ranking every match of a very common word costs more than a member would wait.
    let commonTermThreshold: Int
    /// The login account this process runs as: a resolution being written is held by the
    /// account and the name together, so typing another member's name takes nothing of theirs.
    let account: String

    /// This process's login account, from the password database (not $USER, which anyone can set).
    public static var loginAccount: String { StoreFile.loginAccount }
    /// This opening of the store, as the console that holds the resolutions it writes.
    let session: ConsoleSession
    private let presence: StorePresence

    /// Says, for as long as this process runs, that a member has the store open on a screen:
    /// an import then writes in short batches so their writes wait a moment at most.
    public func announceSession() { presence.announce() }

    /// Whether a member has the store open on a screen in another process.
    public var othersInSession: Bool { presence.othersPresent }

    /// Opens the store at `path`, creating it (0600, in a 0700 folder) and migrating it to the
    /// current schema when needed.
    public convenience init(path: String) throws {
        try self.init(path: path, commonTermThreshold: 5_000)
    }

    /// Opens the store for a command that only reads it: through a read-only connection, so
    /// that not a byte of the file is written (GRDB's WAL set-up would write one), when the
    /// store exists at this program's schema; otherwise as `init(path:)` does.
    public static func forReading(path: String) throws -> PapersStore {
        try PapersStore(path: path, commonTermThreshold: 5_000, forReading: true)
    }

    /// A test hook: a low threshold lets a small store take the common-term path, and another
    /// account stands for a second member on the same machine.
    package init(path: String, commonTermThreshold: Int, account: String = StoreFile.loginAccount, forReading: Bool = false,
                 session: ConsoleSession = .current()) throws {
        self.path = path
        presence = StorePresence(storePath: path)
        self.session = session
        self.commonTermThreshold = commonTermThreshold
        self.account = account
        if forReading, Self.exists(at: path) {
            // A store that cannot even be read this way is reported as it is, never opened to write.
            let reader = try StoreFile.openReadOnly(path, what: "the papers store")
            let (current, newer) = try Self.schemaState(reader, path: path)
            if current || newer {
                pool = reader
                newerSchema = newer
                // The connection refuses writes, and no command that opens it so writes.
                readOnlyReason = newer ? Self.newerReason : nil
                return
            }
            // An older store is brought up to date below, as any command would — once SQLite's
            // check has found it whole (a damaged record of migrations looks like an older store).
            try Self.quickCheck(reader, path: path)
        }
        let writable = !Self.exists(at: path) || StoreFile.isWritable(path)
        let pool = writable ? try StoreFile.open(path, what: "the papers store") as any DatabaseWriter
            : try StoreFile.openReadOnly(path, what: "the papers store")
        self.pool = pool
        let (current, superseded) = try Self.schemaState(pool, path: path)
        newerSchema = superseded
        // A store a newer Scrutiny has migrated is read, never written, by this one.
        if superseded {
            readOnlyReason = Self.newerReason
        } else if !writable {
            readOnlyReason = "this account cannot write \(path) or its folder"
                + (current ? "" : "; it was made by an older Scrutiny and needs updating where it can be written")
        } else {
            readOnlyReason = nil
            try StoreFile.guarded("opening the papers store \(path)") { try StoreFile.migrate(Schema.migrator, pool) }
        }
    }

    /// Whether a store file already exists at `path`.
    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Runs a read and turns SQLite's errors into a `StoreError`.
    func read<T>(_ work: (Database) throws -> T) throws -> T {
        try StoreFile.guarded("reading the papers store") { try pool.read(work) }
    }

    /// Runs a write transaction and turns SQLite's errors into a `StoreError`; refused at once
    /// when the store is open for reading only.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        try checkWritable()
        return try StoreFile.guarded("writing to the papers store") { try pool.write(work) }
    }

    /// SQLite's quick check of the whole file, before a write as large as an import: a damaged
    /// store is not written into (which would spread the damage), and the error says how to
    /// recover.
    public func checkIntact() throws {
        try Self.quickCheck(pool, path: path)
    }

    /// The same check of the file at `path`, through a read-only connection, whatever its schema.
    public static func checkIntact(path: String) throws {
        try quickCheck(try StoreFile.openReadOnly(path, what: "the papers store"), path: path)
    }

    private static func quickCheck(_ reader: any DatabaseWriter, path: String) throws {
        let problems = try StoreFile.guarded("checking the papers store") {
            try reader.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(5)") }
        }
        guard problems == ["ok"] else {
            throw StoreError("the papers store \(path) is damaged (\(problems.joined(separator: "; "))), so nothing was written; "
                             + "restore it from a backup, or copy it aside and run: sqlite3 \(path) .recover | sqlite3 recovered.sqlite",
                             kind: .corrupt)
        }
    }

    /// Whether the store is at this program's schema, and whether a newer Scrutiny has migrated it.
    private static func schemaState(_ reader: any DatabaseWriter, path: String) throws -> (current: Bool, newer: Bool) {
        try StoreFile.guarded("opening the papers store \(path)") {
            try reader.read { db in (try Schema.migrator.hasCompletedMigrations(db), try Schema.migrator.hasBeenSuperseded(db)) }
        }
    }

    static let newerReason = "it was made by a newer Scrutiny, so this one reads it but changes nothing; use the newer Scrutiny to change it"

    /// Whether the store can be changed, and if not why, as `doctor` says it.
    public var access: String {
        if let readOnlyReason { return "reading only, \(readOnlyReason)" }
        return StoreFile.isWritable(path) ? "read and write" : "reading only, this account cannot write \(path) or its folder"
    }

    /// Runs SQLite's quick check on a thread of its own (half a second on a store of 10,000
    /// documents), so that the UI opens at once yet writes nothing into a damaged store: once
    /// the check has failed, every write is refused as `corrupt`, saying how to recover.
    public func checkIntactInTheBackground() {
        let thread = Thread { [self] in
            do {
                try checkIntact()
            } catch let error as StoreError where error.kind == .corrupt {
                damage.set(error)
            } catch {
                // A check that could not run (the store busy) finds nothing.
            }
        }
        thread.start()
    }

    /// Throws, saying why, when the store is open for reading only or was found damaged.
    public func checkWritable() throws {
        if let found = damage.found { throw found }
        if let readOnlyReason {
            throw StoreError("the papers store is open for reading only: \(readOnlyReason)", kind: newerSchema ? .newerSchema : .readOnly)
        }
    }
}

/// What the background check found, read by every write.
private final class DamageReport: @unchecked Sendable {
    private let lock = NSLock()
    private var error: StoreError?

    var found: StoreError? { lock.withLock { error } }

    func set(_ error: StoreError) { lock.withLock { self.error = error } }
}
