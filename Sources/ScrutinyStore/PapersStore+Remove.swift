import GRDB
import ScrutinyModel

/// What removing papers takes from the store, counted before anything goes (a dry run says
/// this and stops).
public struct Removal: Hashable, Sendable, Encodable {
    public var meetings: [String] = []
    public var items = 0
    public var documents = 0
    /// Resolutions the chair recorded in the room, and resolutions still being written: the
    /// record of a meeting, which no re-import brings back.
    public var liveResolutions = 0
    public var openDrafts = 0
    /// Files imported whose papers go; importing one again brings its papers back.
    public var sources: [String] = []
    /// Shared notes on what goes: they stay, listed as on papers no longer in the store.
    public var sharedNotes = 0
    /// The committees of the meetings that go.
    var committees: [String] = []

    private enum CodingKeys: String, CodingKey {
        case meetings, items, documents, liveResolutions, openDrafts, sources, sharedNotes
    }

    /// "2 meetings, 9 items, 14 documents; 3 resolutions recorded live".
    public var summary: String {
        var parts = ["\(meetings.count) meeting\(meetings.count == 1 ? "" : "s")", "\(items) item\(items == 1 ? "" : "s")",
                     "\(documents) document\(documents == 1 ? "" : "s")"]
        if !sources.isEmpty { parts.append("\(sources.count) imported file\(sources.count == 1 ? "" : "s")") }
        var text = parts.joined(separator: ", ")
        if liveResolutions + openDrafts > 0 {
            text += "; with them \(liveResolutions) resolution\(liveResolutions == 1 ? "" : "s") recorded live"
                + (openDrafts > 0 ? " (\(openDrafts) still being written)" : "")
        }
        if sharedNotes > 0 { text += "; \(sharedNotes) shared note\(sharedNotes == 1 ? "" : "s") on them stay" }
        return text
    }
}

/// Removing a meeting, an imported file's papers, or the sample council, in one transaction.
extension PapersStore {
    /// What removing the meeting would take; `confirm` removes it.
    public func remove(meeting id: String, confirm: Bool) throws -> Removal {
        try write(confirm) { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM meeting WHERE id = ?", arguments: [id]) == true else {
                throw StoreError.notFound("meeting", id)
            }
            let sources = try Int64.fetchAll(db, sql: """
                SELECT source_id FROM agenda_item WHERE meeting_id = ? AND source_id IS NOT NULL
                UNION SELECT source_id FROM attendance WHERE meeting_id = ? AND source_id IS NOT NULL
                UNION SELECT source_id FROM declaration WHERE meeting_id = ? AND source_id IS NOT NULL
                """, arguments: [id, id, id])
            return try removeMeetings([id], sources: sources, db)
        }
    }

    /// What removing every paper an imported file brought would take (the file by the name it
    /// was imported as); `confirm` removes them, and meetings left empty with them.
    public func remove(source name: String, confirm: Bool) throws -> Removal {
        try remove(sources: [name], confirm: confirm)
    }

    /// The same for the files whose bytes have these checksums (the sample papers, say).
    public func remove(sourcesWithChecksums checksums: Set<String>, confirm: Bool) throws -> Removal {
        let names = try read { db in
            try Row.fetchAll(db, sql: "SELECT name, checksum FROM import_source").compactMap { row -> String? in
                checksums.contains(try row.decode(forColumn: "checksum")) ? try row.decode(forColumn: "name") : nil
            }
        }
        return try remove(sources: names, confirm: confirm, all: true)
    }

    private func remove(sources names: [String], confirm: Bool, all: Bool = false) throws -> Removal {
        try write(confirm) { db in
            var ids: [Int64] = []
            for name in names {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM import_source WHERE name = ?", arguments: [name]) else {
                    throw StoreError("no file was imported as \(name); `scrutiny doctor` and `scrutiny meetings` say what the store holds",
                                     kind: .notFound)
                }
                ids.append(id)
            }
            let list = ids.map(String.init).joined(separator: ",")
            // A meeting goes with the files when nothing of it would be left from any other.
            let meetings = try String.fetchAll(db, sql: """
                SELECT m.id FROM meeting m WHERE
                  EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id AND i.source_id IN (\(list)))
                  AND NOT EXISTS (SELECT 1 FROM agenda_item i WHERE i.meeting_id = m.id AND (i.source_id IS NULL OR i.source_id NOT IN (\(list))))
                """)
            var removal = try removeMeetings(meetings, sources: ids, db)
            // What the files brought to meetings that stay: their items, attendance and declarations.
            removal.items += try Int.fetchOne(db, sql: "SELECT count(*) FROM agenda_item WHERE source_id IN (\(list))") ?? 0
            try db.execute(sql: """
                DELETE FROM search WHERE rowid IN (
                    SELECT e.rowid FROM search_entry e JOIN agenda_item i ON i.id = e.item_id WHERE i.source_id IN (\(list)));
                DELETE FROM search_entry WHERE item_id IN (SELECT id FROM agenda_item WHERE source_id IN (\(list)));
                DELETE FROM agenda_item WHERE source_id IN (\(list));
                DELETE FROM attendance WHERE source_id IN (\(list));
                DELETE FROM declaration WHERE source_id IN (\(list));
                DELETE FROM import_source WHERE id IN (\(list));
                """)
            if all {
                // The council itself goes when nothing of it is left: the committees whose meetings
                // went, once they have none, and the people who sat on those alone.
                let committees = "(" + removal.committees.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ",") + ")"
                try db.execute(sql: """
                    CREATE TEMP TABLE leaving AS SELECT id FROM committee WHERE id IN \(committees) AND id NOT IN (SELECT committee_id FROM meeting);
                    CREATE TEMP TABLE leaving_people AS SELECT person_id AS id FROM membership WHERE committee_id IN (SELECT id FROM leaving)
                      EXCEPT SELECT person_id FROM membership WHERE committee_id NOT IN (SELECT id FROM leaving);
                    DELETE FROM committee WHERE id IN (SELECT id FROM leaving);
                    DELETE FROM person WHERE id IN (SELECT id FROM leaving_people);
                    DROP TABLE leaving; DROP TABLE leaving_people;
                    """)
            }
            return removal
        }
    }

    /// Counts, then deletes, the meetings with everything on them (items, documents, resolutions,
    /// attendance, declarations, live records, search entries) and the import records of `sources`.
    private func removeMeetings(_ ids: [String], sources: [Int64], _ db: Database) throws -> Removal {
        var removal = Removal()
        removal.meetings = ids
        removal.sources = try sources.compactMap { try String.fetchOne(db, sql: "SELECT name FROM import_source WHERE id = ?", arguments: [$0]) }
        guard !ids.isEmpty else { return removal }
        let meetings = "(" + ids.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }.joined(separator: ",") + ")"
        let items = "(SELECT id FROM agenda_item WHERE meeting_id IN \(meetings))"
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        removal.items = try count("SELECT count(*) FROM agenda_item WHERE meeting_id IN \(meetings)")
        removal.documents = try count("SELECT count(*) FROM document WHERE item_id IN \(items)")
        removal.liveResolutions = try count("SELECT count(*) FROM resolution WHERE live = 1 AND item_id IN \(items)")
        removal.openDrafts = try count("SELECT count(*) FROM live_draft WHERE meeting_id IN \(meetings)")
        removal.sharedNotes = try count("SELECT count(*) FROM note WHERE meeting_id IN \(meetings)")
        removal.committees = try String.fetchAll(db, sql: "SELECT DISTINCT committee_id FROM meeting WHERE id IN \(meetings)")
        try db.execute(sql: """
            DELETE FROM search WHERE rowid IN (SELECT rowid FROM search_entry WHERE item_id IN \(items));
            DELETE FROM search_entry WHERE item_id IN \(items);
            DELETE FROM live_item_time WHERE meeting_id IN \(meetings);
            DELETE FROM live_draft WHERE meeting_id IN \(meetings);
            DELETE FROM live_meeting WHERE meeting_id IN \(meetings);
            DELETE FROM meeting WHERE id IN \(meetings);
            """)
        if !sources.isEmpty {
            try db.execute(sql: "DELETE FROM import_source WHERE id IN (\(sources.map(String.init).joined(separator: ",")))")
        }
        return removal
    }

    /// Runs `work` in a write transaction, kept when `confirm` and undone otherwise: a dry run
    /// counts exactly what the removal would take, by taking it and giving it back.
    private func write<T>(_ confirm: Bool, _ work: (Database) throws -> T) throws -> T {
        var result: T?
        try StoreFile.guarded("writing to the papers store") {
            try (pool as any DatabaseWriter).writeWithoutTransaction { db in
                try db.inTransaction {
                    result = try work(db)
                    return confirm ? .commit : .rollback
                }
            }
        }
        return result!
    }
}
