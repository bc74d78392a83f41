import Foundation
import GRDB
import ScrutinyModel

/// The council servers a store syncs from, and each answer fetched: when, and its checksum, so
/// that a later sync asks again only for what may have changed.
extension PapersStore {
    static func createSync(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sync_source (
                kind TEXT NOT NULL CHECK (kind IN ('moderngov','oparl')),
                url TEXT NOT NULL CHECK (url <> ''),
                committees TEXT NOT NULL DEFAULT '[]',
                from_day TEXT,
                to_day TEXT,
                last_run INTEGER,
                PRIMARY KEY (kind, url)
            );
            CREATE TABLE sync_fetch (
                url TEXT PRIMARY KEY NOT NULL,
                fetched_at INTEGER NOT NULL,
                checksum TEXT NOT NULL
            );
            """)
    }

    /// A server synced from, with what was asked of it.
    public struct SyncSource: Hashable, Sendable {
        public var kind: String
        public var url: String
        public var committees: [String]
        public var from: CalendarDate?
        public var to: CalendarDate?
        /// Seconds since 1970 of the last sync that finished.
        public var lastRun: Int?

        public init(kind: String, url: String, committees: [String], from: CalendarDate?, to: CalendarDate?, lastRun: Int? = nil) {
            self.kind = kind
            self.url = url
            self.committees = committees
            self.from = from
            self.to = to
            self.lastRun = lastRun
        }
    }

    /// Keeps `source`, replacing what was kept for the same server.
    public func remember(_ source: SyncSource) throws {
        try write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO sync_source (kind, url, committees, from_day, to_day, last_run) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [source.kind, source.url, try CallInSettings.json(source.committees), source.from?.iso, source.to?.iso, source.lastRun])
        }
    }

    public func syncSources() throws -> [SyncSource] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM sync_source ORDER BY kind, url").map { row in
                func day(_ column: String) throws -> CalendarDate? { (try row.decode(forColumn: column) as String?).flatMap { CalendarDate(iso: $0) } }
                return SyncSource(kind: try row.decode(forColumn: "kind"), url: try row.decode(forColumn: "url"),
                                  committees: CallInSettings.decode(try row.decode(forColumn: "committees")) ?? [],
                                  from: try day("from_day"), to: try day("to_day"), lastRun: try row.decode(forColumn: "last_run"))
            }
        }
    }

    /// When `url` was last fetched and imported whole, in seconds since 1970, and its checksum.
    public func lastFetch(of url: String) throws -> (at: Int, checksum: String)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT fetched_at, checksum FROM sync_fetch WHERE url = ?", arguments: [url]).map {
                (try $0.decode(forColumn: "fetched_at"), try $0.decode(forColumn: "checksum"))
            }
        }
    }

    /// Records that `url` was fetched at `time` and what it held was imported.
    public func recordFetch(of url: String, at time: Int, checksum: String) throws {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO sync_fetch (url, fetched_at, checksum) VALUES (?, ?, ?)", arguments: [url, time, checksum])
        }
    }
}
