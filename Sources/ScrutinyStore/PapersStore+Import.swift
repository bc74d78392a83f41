import Foundation
import GRDB
import ScrutinyModel

/// What importing one file did.
public enum ImportOutcome: Equatable, Sendable {
    /// The file was new; the summary says what it held.
    case added(String)
    /// The file had been imported before and has changed; its old content was replaced.
    case replaced(String)
    /// The same content was imported before; nothing changed.
    case unchanged
}

/// Files imported in one transaction, so a folder of thousands costs few commits (each
/// commit, and each savepoint, makes the full-text index write out what it holds). A refused
/// file throws, which undoes the whole batch: the caller then imports its files one at a time.
public struct ImportBatch {
    let store: PapersStore
    let db: Database

    /// - Parameter texts: what the bundle puts in the search index, worked out beforehand, outside the lock.
    public func importBundle(_ bundle: PaperBundle, name: String, format: String, checksum: String,
                             texts: SearchTexts = SearchTexts()) throws -> ImportOutcome {
        try StoreFile.guarded("writing to the papers store") {
            try store.importBundle(bundle, name: name, format: format, checksum: checksum, texts: texts, db)
        }
    }
}

extension PapersStore {
    /// Writes one file's papers in a single transaction: all of it or, on any error, none.
    public func importBundle(_ bundle: PaperBundle, name: String, format: String, checksum: String,
                             texts: SearchTexts = SearchTexts()) throws -> ImportOutcome {
        try write { db in try importBundle(bundle, name: name, format: format, checksum: checksum, texts: texts, db) }
    }

    /// Runs `work` in one write transaction, committed when it returns and undone when it throws.
    public func importing<T>(_ work: (ImportBatch) throws -> T) throws -> T {
        try write { db in try work(ImportBatch(store: self, db: db)) }
    }

    /// Copies the write-ahead log into the store without waiting for anyone; once the log has
    /// grown past `restartAt`, waits (up to the busy timeout, holding other writers back) for the
    /// readers still in it so the next write starts it afresh: with members always reading,
    /// SQLite's own passive checkpoints never let the log start again, and a long import would
    /// grow it without bound. Best effort: a checkpoint that cannot finish now is tried after the
    /// next batch.
    public func checkpointAfterBatch() {
        _ = try? pool.writeWithoutTransaction { db in
            guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)") else { return }
            let pages: Int = row[1] ?? 0, pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
            if pages * pageSize > Self.restartAt { try db.execute(sql: "PRAGMA wal_checkpoint(RESTART)") }
        }
    }

    /// The log's size past which a checkpoint waits for readers so it can start again: 16 MiB.
    static let restartAt = 16 << 20

    fileprivate func importBundle(_ bundle: PaperBundle, name: String, format: String, checksum: String,
                                  texts: SearchTexts, _ db: Database) throws -> ImportOutcome {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM import_source WHERE checksum = ?", arguments: [checksum]) == true {
            return .unchanged
        }
        let previous = try Int64.fetchOne(db, sql: "SELECT id FROM import_source WHERE name = ?", arguments: [name])
        let sourceID: Int64
        var live = LiveRecords()
        let before = try previous.map { try Self.contentChecksums(ofSource: $0, db) } ?? [:]
        let knownMeetings = try Self.existingMeetings(bundle.meetings.map(\.id), db)
        if let previous {
            live = try LiveRecords.held(onSource: previous, db)
            try removeContent(ofSource: previous, db)
            try db.execute(sql: "UPDATE import_source SET checksum = ?, format = ?, imported_at = ? WHERE id = ?",
                           arguments: [checksum, format, Timestamp.now(), previous])
            sourceID = previous
        } else {
            try db.execute(sql: "INSERT INTO import_source (name, format, checksum, imported_at) VALUES (?, ?, ?, ?)",
                           arguments: [name, format, checksum, Timestamp.now()])
            sourceID = db.lastInsertedRowID
        }
        var writer = BundleWriter(db: db, sourceID: sourceID, sourceName: name, texts: texts)
        try writer.write(bundle)
        try live.restore(db)
        try Self.recordArrivals(of: bundle, knownMeetings: knownMeetings, before: before, db)
        return previous == nil ? .added(bundle.summary) : .replaced(bundle.summary)
    }

    private static func existingMeetings(_ ids: [String], _ db: Database) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return Set(try String.fetchAll(db, sql: "SELECT id FROM meeting WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                       arguments: StatementArguments(ids)))
    }

    /// Deletes what a source brought, and its search entries; shared rows (committees,
    /// meetings) stay.
    private func removeContent(ofSource id: Int64, _ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM search WHERE rowid IN (
                SELECT e.rowid FROM search_entry e JOIN agenda_item i ON i.id = e.item_id WHERE i.source_id = ?);
            DELETE FROM search_entry WHERE item_id IN (SELECT id FROM agenda_item WHERE source_id = ?);
            DELETE FROM agenda_item WHERE source_id = ?;
            DELETE FROM attendance WHERE source_id = ?;
            DELETE FROM declaration WHERE source_id = ?;
            """, arguments: [id, id, id, id, id])
    }
}
