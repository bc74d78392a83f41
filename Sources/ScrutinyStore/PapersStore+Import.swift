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

extension PapersStore {
    /// Writes one file's papers in a single transaction: all of it or, on any error, none.
    ///
    /// `name` identifies the file across imports (its path as given); `checksum` is of its bytes.
    public func importBundle(_ bundle: PaperBundle, name: String, format: String,
                             checksum: String) throws -> ImportOutcome {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM import_source WHERE checksum = ?", arguments: [checksum]) == true {
                return .unchanged
            }
            let previous = try Int64.fetchOne(db, sql: "SELECT id FROM import_source WHERE name = ?", arguments: [name])
            let sourceID: Int64
            var live = LiveRecords()
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
            var writer = BundleWriter(db: db, sourceID: sourceID, sourceName: name)
            try writer.write(bundle)
            try live.restore(db)
            return previous == nil ? .added(bundle.summary) : .replaced(bundle.summary)
        }
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
