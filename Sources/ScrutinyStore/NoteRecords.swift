import GRDB
import ScrutinyModel

/// Reading and writing notes in a database holding the notes tables: the papers store (shared
/// notes) or a notebook (private notes). `visibility` says which, for the notes read back.
struct NoteRecords {
    let visibility: Note.Visibility

    private static let columns = """
        n.*, (SELECT group_concat(flag_id, char(31)) FROM note_flag WHERE note_id = n.id) AS flag_ids
        """

    func insert(_ note: Note, _ db: Database) throws {
        let (position, quote) = Self.paragraphParts(note.target)
        try db.execute(sql: """
            INSERT INTO note (id, author, account, target_kind, target_id, paragraph, quote, text, priority, status, follow_up,
                              created_at, updated_at, meeting_id, item_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [note.id, note.author, note.account, note.target.kind, note.target.id, position, quote, note.text,
                             note.priority, note.status.rawValue, note.followUp?.iso, note.createdAt, note.updatedAt,
                             note.meetingID, note.itemID])
        try insertFlags(note, db)
    }

    /// Changes what a member can change: text, flags, priority, status, follow-up.
    func update(_ note: Note, _ db: Database) throws {
        try db.execute(sql: """
            UPDATE note SET text = ?, priority = ?, status = ?, follow_up = ?, updated_at = ? WHERE id = ?
            """, arguments: [note.text, note.priority, note.status.rawValue, note.followUp?.iso, note.updatedAt, note.id])
        try db.execute(sql: "DELETE FROM note_flag WHERE note_id = ?", arguments: [note.id])
        try insertFlags(note, db)
    }

    /// Deletes a note (or the copy a change of visibility left behind) and its words: the
    /// full-text index is merged again so no segment keeps them, and with `secure_delete` on
    /// (`StoreFile.open`) the freed pages are overwritten.
    func delete(id: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [id])
        try db.execute(sql: "INSERT INTO note_search (note_search) VALUES ('optimize')")
    }

    func fetch(id: String, _ db: Database) throws -> Note? {
        try Row.fetchOne(db, sql: "SELECT \(Self.columns) FROM note n WHERE n.id = ?", arguments: [id]).map(note)
    }

    /// Notes the filter admits, newest first. (Committees are filtered by the caller, which
    /// knows the meetings.)
    func fetchAll(_ filter: NoteFilter, _ db: Database) throws -> [Note] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let itemID = filter.itemID {
            conditions.append("n.item_id = ?")
            arguments += [itemID]
        }
        if let meetingID = filter.meetingID {
            conditions.append("n.meeting_id = ?")
            arguments += [meetingID]
        }
        if let status = filter.status {
            conditions.append("n.status = ?")
            arguments += [status.rawValue]
        }
        if let flag = filter.flag {
            conditions.append("EXISTS (SELECT 1 FROM note_flag f WHERE f.note_id = n.id AND f.flag_id = ?)")
            arguments += [flag]
        }
        if filter.unflagged {
            conditions.append("NOT EXISTS (SELECT 1 FROM note_flag f WHERE f.note_id = n.id)")
        }
        let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: "SELECT \(Self.columns) FROM note n \(condition) ORDER BY n.created_at DESC, n.id",
                                arguments: arguments).map(note)
    }

    /// How many notes are on each meeting, counted in SQL: the meetings list asks at every load.
    /// Notes by meeting: of the meetings named (the first screen's few, found through the index
    /// one by one, not the whole archive's), or of every meeting.
    func countsByMeeting(_ meetingIDs: [String]?, _ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        if let meetingIDs {
            let statement = try db.cachedStatement(sql: "SELECT count(*) FROM note WHERE meeting_id = ?")
            for id in meetingIDs {
                let count = try Int.fetchOne(statement, arguments: [id]) ?? 0
                if count > 0 { counts[id, default: 0] += count }
            }
            return counts
        }
        for row in try Row.fetchAll(db, sql: "SELECT meeting_id, count(*) FROM note WHERE meeting_id IS NOT NULL GROUP BY meeting_id") {
            counts[try row.decode(atIndex: 0), default: 0] += try row.decode(atIndex: 1)
        }
        return counts
    }

    /// Notes matching a search, best first, with a snippet (of the text, else of the quote).
    func search(_ query: SearchQuery, limit: Int, _ db: Database) throws -> [(Note, Snippet)] {
        try Row.fetchAll(db, sql: """
            SELECT \(Self.columns)
            FROM (SELECT note_id, rank FROM note_search WHERE note_search MATCH ? ORDER BY rank LIMIT ?) AS hit
            JOIN note n ON n.id = hit.note_id
            ORDER BY hit.rank
            """, arguments: [query.match, limit]).map { row in
            let note = try note(row)
            let quote: String? = try row.decode(forColumn: "quote")
            let snippet = query.snippet(of: note.text)
            return (note, snippet.highlights.isEmpty && quote != nil ? query.snippet(of: quote ?? "") : snippet)
        }
    }

    private func insertFlags(_ note: Note, _ db: Database) throws {
        for flag in Set(note.flags) {
            try db.execute(sql: "INSERT INTO note_flag (note_id, flag_id) VALUES (?, ?)", arguments: [note.id, flag])
        }
    }

    private func note(_ row: Row) throws -> Note {
        let id: String = (try row.decode(forColumn: "id"))
        guard let target = NoteTarget(kind: (try row.decode(forColumn: "target_kind")), id: (try row.decode(forColumn: "target_id")), position: (try row.decode(forColumn: "paragraph")), quote: (try row.decode(forColumn: "quote"))) else {
            throw StoreError("note \(id) is on a “\((try row.decode(forColumn: "target_kind")) as String? ?? "NULL")”, which this Scrutiny does not know: "
                             + "the notebook is damaged, or was written by a newer Scrutiny", kind: .corrupt)
        }
        let flags = ((try row.decode(forColumn: "flag_ids")) as String?).map { $0.split(separator: "\u{1F}").map(String.init) } ?? []
        return Note(id: id, author: (try row.decode(forColumn: "author")), account: (try row.decode(forColumn: "account")), target: target, meetingID: (try row.decode(forColumn: "meeting_id")),
                    itemID: (try row.decode(forColumn: "item_id")), text: (try row.decode(forColumn: "text")), flags: flags, priority: (try row.decode(forColumn: "priority")),
                    status: try row.closed("status", of: "note \(id)"),
                    followUp: ((try row.decode(forColumn: "follow_up")) as String?).flatMap { CalendarDate(iso: $0) },
                    visibility: visibility, createdAt: (try row.decode(forColumn: "created_at")), updatedAt: (try row.decode(forColumn: "updated_at")))
    }

    private static func paragraphParts(_ target: NoteTarget) -> (Int?, String?) {
        if case .paragraph(_, let position, let quote) = target { return (position, quote) }
        return (nil, nil)
    }
}
