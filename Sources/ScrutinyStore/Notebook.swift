import Foundation
import GRDB
import ScrutinyModel

/// A member's own file of private notes (0600, in a 0700 folder), apart from the papers
/// store, so that a store shared by several members never holds one member's private notes.
/// A notebook knows whose it is and refuses to open for anyone else.
public final class Notebook: Sendable {
    public let path: String
    public let member: String
    let pool: DatabasePool
    let records = NoteRecords(visibility: .private)

    public init(path: String, member: String) throws {
        self.path = path
        self.member = member
        pool = try StoreFile.open(path, what: "the notebook")
        try Self.refuseIfNotANotebook(pool, path: path)
        // Private notes stay private even if the file's mode was widened since.
        chmod(path, 0o600)
        var migrator = DatabaseMigrator()
        migrator.registerMigration(Self.migrations[0], migrate: NoteSchema.createNotebook)
        migrator.registerMigration(Self.migrations[1], migrate: NoteSchema.addAccount)
        migrator.registerMigration(Self.migrations[2], migrate: NoteSchema.addDraft)
        migrator.registerMigration(Self.migrations[3]) { db in
            // The papers store the notes are on; an older notebook belongs to the first that opens it.
            try db.execute(sql: "ALTER TABLE owner ADD COLUMN papers_store TEXT")
        }
        migrator.registerMigration(Self.migrations[4], migrate: MemberNotes.createNews)
        let owner = try StoreFile.guarded("opening the notebook \(path)") {
            try StoreFile.migrate(migrator, pool)
            // Written once, when the notebook is new: opening it again writes nothing (no sync to wait for).
            if let owner = try pool.read({ db in try String.fetchOne(db, sql: "SELECT member FROM owner") }) { return owner }
            return try pool.write { db -> String in
                try db.execute(sql: "INSERT OR IGNORE INTO owner (only_row, member) VALUES (1, ?)", arguments: [member])
                return try String.fetchOne(db, sql: "SELECT member FROM owner") ?? member
            }
        }
        guard owner == member else {
            throw StoreError("the notebook \(path) belongs to \(owner), not \(member)", kind: .conflict)
        }
    }

    /// The notebook's migrations, by name; a file that has had any other is not a notebook.
    static let migrations = ["v1-notebook", "v2-note-account", "v3-note-draft", "v4-papers-store", "v5-news"]

    /// A file that holds anything but a notebook (the papers store, another program's database)
    /// is left as it is — mode and tables — rather than made into one.
    private static func refuseIfNotANotebook(_ pool: DatabasePool, path: String) throws {
        let foreign = try StoreFile.guarded("opening the notebook \(path)") {
            try pool.read { db -> Bool in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                guard !tables.isEmpty else { return false }
                guard tables.contains("grdb_migrations") else { return true }
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").contains { !migrations.contains($0) }
            }
        }
        if foreign {
            throw StoreError("\(path) is not a notebook (it holds other tables, such as a papers store's); "
                             + "give --notebook a new file or an existing notebook", kind: .refused)
        }
    }

    /// The default notebook of `member` for the papers store named `papersStore`: one file per
    /// member and store beside the member's own data. A notebook of an earlier Scrutiny (one
    /// per member) stays with the store it was first used with.
    public static func defaultPath(dataFolder: String, member: String, papersStore: String) -> String {
        let folder = "\(dataFolder)/scrutiny/notebooks"
        let own = "\(folder)/\(Slug.make(member))-\(papersStore).sqlite"
        let earlier = "\(folder)/\(Slug.make(member)).sqlite"
        guard !FileManager.default.fileExists(atPath: own), FileManager.default.fileExists(atPath: earlier) else { return own }
        let claimed: String?
        do { claimed = try Self.papersStore(ofNotebookAt: earlier) } catch { return own }
        return claimed == nil || claimed == papersStore ? earlier : own
    }

    /// The papers store a notebook file belongs to; nil when it has not been claimed yet.
    private static func papersStore(ofNotebookAt path: String) throws -> String? {
        let reader = try StoreFile.openReadOnly(path, what: "the notebook")
        return try reader.read { db in
            guard try db.columns(in: "owner").contains(where: { $0.name == "papers_store" }) else { return nil }
            return try String.fetchOne(db, sql: "SELECT papers_store FROM owner")
        }
    }

    /// Makes the notebook the papers store `papersStore`'s, if it is no other's yet: notes written
    /// against one store stay in that store's notebook, never shown against another.
    public func belong(to papersStore: String, papersPath: String) throws {
        // Read first: a notebook already claimed is not written (and not synced to disk) at every start.
        var claimed = try read { db in try String.fetchOne(db, sql: "SELECT papers_store FROM owner") }
        if claimed == nil {
            claimed = try write { db -> String in
                try db.execute(sql: "UPDATE owner SET papers_store = ? WHERE papers_store IS NULL", arguments: [papersStore])
                return try String.fetchOne(db, sql: "SELECT papers_store FROM owner") ?? papersStore
            }
        }
        guard claimed == papersStore else {
            throw StoreError("the notebook \(path) holds \(member)'s notes on another papers store, not \(papersPath); "
                             + "give --notebook a new file for this store, or leave it out to use your notebook for it", kind: .conflict)
        }
    }

    /// A number that changes whenever another process (the command line) commits to the notebook.
    public func changeCount() throws -> Int {
        try StoreFile.guarded("watching the notebook") {
            try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
        }
    }

    /// How many private notes the notebook holds.
    public func noteCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM note") ?? 0 }
    }

    func read<T>(_ work: (Database) throws -> T) throws -> T {
        try StoreFile.guarded("reading the notebook") { try pool.read(work) }
    }

    func write<T>(_ work: (Database) throws -> T) throws -> T {
        try StoreFile.guarded("writing to the notebook") { try pool.write(work) }
    }
}
