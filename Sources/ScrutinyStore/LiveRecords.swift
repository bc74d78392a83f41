import GRDB
import ScrutinyModel

/// What was recorded live on a file's items, held while the file is imported again: its
/// items are deleted and written anew, and these go back on them.
struct LiveRecords {
    var resolutions: [Resolution] = []
    var declarations: [Declaration] = []

    /// Reads the live records on the items of import source `id`.
    static func held(onSource id: Int64, _ db: Database) throws -> LiveRecords {
        var records = LiveRecords()
        records.resolutions = try PapersStore.resolutions(
            db, where: "live = 1 AND item_id IN (SELECT id FROM agenda_item WHERE source_id = ?)", [id])
        records.declarations = try Row.fetchAll(db, sql: """
            SELECT * FROM declaration WHERE source_id IS NULL AND item_id IN (SELECT id FROM agenda_item WHERE source_id = ?)
            """, arguments: [id]).map(Declaration.init(row:))
        return records
    }

    /// Puts the records back; an item the new file no longer has stops the import, so
    /// nothing recorded in the room is lost.
    func restore(_ db: Database) throws {
        for itemID in Set(resolutions.map(\.itemID) + declarations.compactMap(\.itemID)).sorted() {
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM agenda_item WHERE id = ?", arguments: [itemID]) == true else {
                throw StoreError("the new file no longer has item \"\(itemID)\", on which resolutions or declarations "
                                 + "were recorded in the meeting; put the item back in the file to import it", kind: .conflict)
            }
        }
        for var resolution in resolutions {
            let taken = try Bool.fetchOne(db, sql: "SELECT 1 FROM resolution WHERE item_id = ? AND position = ?",
                                          arguments: [resolution.itemID, resolution.position]) == true
            if taken {
                resolution.position = try Int.fetchOne(db, sql: "SELECT max(position) + 1 FROM resolution WHERE item_id = ?",
                                                       arguments: [resolution.itemID]) ?? 1
            }
            try PapersStore.write(resolution, db)
        }
        for declaration in declarations {
            try db.execute(sql: """
                INSERT INTO declaration (id, meeting_id, source_id, item_id, person, kind, detail, action)
                VALUES (?, ?, NULL, ?, ?, ?, ?, ?)
                """, arguments: [declaration.id, declaration.meetingID, declaration.itemID, declaration.person,
                                 declaration.kind.rawValue, declaration.detail, declaration.action.rawValue])
        }
    }
}
