import Foundation
import GRDB
import ScrutinyModel

/// The note being written, kept in the member's notebook (private, whatever the note will be)
/// so that a killed process or a dropped line loses no word; the next start offers it back.
extension MemberNotes {
    public func keepDraft(_ draft: NoteDraft, label: String) throws {
        let json = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
        try notebook.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO note_draft (only_row, label, draft, kept_at) VALUES (1, ?, ?, ?)",
                           arguments: [label, json, timestamp()])
        }
    }

    /// The draft kept, if it can still be saved here: its place is in this papers store and,
    /// for a change, its note is still there. One that cannot be read is left where it is.
    public func keptDraft() throws -> KeptNoteDraft? {
        let row = try notebook.read { db in try Row.fetchOne(db, sql: "SELECT label, draft, kept_at FROM note_draft") }
        guard let row else { return nil }
        let json: String = try row.decode(forColumn: "draft")
        guard let draft = try? JSONDecoder().decode(NoteDraft.self, from: Data(json.utf8)) else { return nil }
        if let id = draft.id {
            guard try note(id: id) != nil else { return nil }
        } else {
            guard (try? papers.place(of: draft.target)) != nil else { return nil }
        }
        return KeptNoteDraft(draft: draft, label: try row.decode(forColumn: "label"), keptAt: try row.decode(forColumn: "kept_at"))
    }

    public func dropDraft() throws {
        try notebook.write { db in try db.execute(sql: "DELETE FROM note_draft") }
    }
}
