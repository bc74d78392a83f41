import GRDB
import ScrutinyModel

/// Where a note's target sits in the papers: its meeting and item, and for a paragraph the
/// quote to keep with the note.
public struct NotePlace: Hashable, Sendable {
    public var meetingID: String
    public var itemID: String?
    public var quote: String?
}

extension PapersStore {
    var sharedNotes: NoteRecords { NoteRecords(visibility: .shared) }

    /// Finds the meeting and item of what a note is to be written on.
    public func place(of target: NoteTarget) throws -> NotePlace {
        try read { db in
            let found: Row?
            switch target {
            case .meeting(let id):
                found = try Row.fetchOne(db, sql: "SELECT id AS meeting_id, NULL AS item_id FROM meeting WHERE id = ?", arguments: [id])
            case .item(let id):
                found = try Row.fetchOne(db, sql: "SELECT meeting_id, id AS item_id FROM agenda_item WHERE id = ?", arguments: [id])
            case .paragraph(let document, let position, _):
                found = try Row.fetchOne(db, sql: """
                    SELECT i.meeting_id, i.id AS item_id, p.text AS quote
                    FROM document d JOIN agenda_item i ON i.id = d.item_id
                    JOIN paragraph p ON p.document_id = d.id AND p.position = ?
                    WHERE d.id = ?
                    """, arguments: [position, document])
            case .question(let id), .response(let id), .resolution(let id):
                found = try Row.fetchOne(db, sql: """
                    SELECT i.meeting_id, i.id AS item_id FROM \(target.kind) x JOIN agenda_item i ON i.id = x.item_id
                    WHERE x.id = ?
                    """, arguments: [id])
            }
            guard let found else {
                if case .paragraph(let document, let position, _) = target {
                    throw StoreError("there is no paragraph \(position) in the document \(document)")
                }
                throw StoreError.notFound(target.kind, target.id)
            }
            return NotePlace(meetingID: (try found.decode(forColumn: "meeting_id")), itemID: (try found.decode(forColumn: "item_id")),
                             quote: ((try found.decode(forColumn: "quote")) as String?).map { NoteTarget.quote($0) })
        }
    }

    /// The position in its document of the paragraph numbered `number` (the ¶ shown everywhere).
    public func paragraphPosition(document: String, number: Int) throws -> Int {
        try read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [document]) != nil else {
                throw StoreError.notFound("document", document)
            }
            guard let position = try Int.fetchOne(db, sql: "SELECT position FROM paragraph WHERE document_id = ? AND number = ?",
                                                  arguments: [document, number]) else {
                throw StoreError("there is no ¶\(number) in the document \(document) (headings have no number: give --position)")
            }
            return position
        }
    }

    /// Notes with where they were written, for lists and reports. A note whose paper has gone
    /// from the store is still listed, without its place.
    public func listings(_ notes: [Note]) throws -> [NoteListing] {
        try read { db in
            // Notes gather on few meetings and items: each is looked up once.
            var meetings: [String: Row?] = [:]
            var items: [String: String?] = [:]
            var labels: [NoteTarget: (String, Int?)] = [:]
            return try notes.map { note in
                var listing = NoteListing(note: note, committeeID: nil, committeeName: nil, meetingDate: nil,
                                          itemHeading: nil, targetLabel: "the meeting")
                if let meetingID = note.meetingID {
                    if meetings[meetingID] == nil {
                        meetings[meetingID] = try Row.fetchOne(db, sql: """
                            SELECT m.start_date, c.id, c.name FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ?
                            """, arguments: [meetingID])
                    }
                    if let row = meetings[meetingID] ?? nil {
                        listing.committeeID = (try row.decode(forColumn: "id"))
                        listing.committeeName = (try row.decode(forColumn: "name"))
                        listing.meetingDate = ((try row.decode(forColumn: "start_date")) as String?).flatMap { CalendarDate(iso: $0) }
                    }
                }
                if let itemID = note.itemID {
                    if items[itemID] == nil {
                        items[itemID] = try Row.fetchOne(db, sql: "SELECT number, title FROM agenda_item WHERE id = ?",
                                                         arguments: [itemID]).map { row -> String in
                            let number: String = (try row.decode(forColumn: "number"))
                            let title: String = (try row.decode(forColumn: "title"))
                            return number.isEmpty ? title : "\(number). \(title)"
                        }
                    }
                    listing.itemHeading = items[itemID] ?? nil
                }
                if labels[note.target] == nil { labels[note.target] = try label(note.target, db) }
                (listing.targetLabel, listing.paragraphNumber) = labels[note.target] ?? ("", nil)
                return listing
            }
        }
    }

    /// "the item", "¶12 of Report of the Director", "question Q2", "resolution (a)", with a
    /// paragraph's number; a place whose paper has gone from the store is said to have gone.
    private func label(_ target: NoteTarget, _ db: Database) throws -> (String, Int?) {
        switch target {
        case .meeting: return (NotePlaceName.meeting, nil)
        case .item: return (NotePlaceName.item, nil)
        case .paragraph(let document, let position, _):
            let row = try Row.fetchOne(db, sql: """
                SELECT d.title, p.number, p.kind, p.text FROM document d LEFT JOIN paragraph p ON p.document_id = d.id AND p.position = ?
                WHERE d.id = ?
                """, arguments: [position, document])
            guard let row else { return ("a paragraph of a document no longer in the store", nil) }
            let number: Int? = try row.decode(forColumn: "number")
            let heading: String? = ((try row.decode(forColumn: "kind")) as String?) == "heading" ? (try row.decode(forColumn: "text")) : nil
            return (NotePlaceName.paragraph(number: number, heading: heading, of: (try row.decode(forColumn: "title"))), number)
        case .question(let id):
            let position = try Int.fetchOne(db, sql: "SELECT position FROM question WHERE id = ?", arguments: [id])
            return (position.map(NotePlaceName.question) ?? "a question no longer in the store", nil)
        case .response(let id):
            guard let row = try Row.fetchOne(db, sql: "SELECT speaker FROM response WHERE id = ?", arguments: [id]) else {
                return ("a response no longer in the store", nil)
            }
            return (NotePlaceName.response(speaker: (try row.decode(forColumn: "speaker"))), nil)
        case .resolution(let id):
            let label = try String.fetchOne(db, sql: "SELECT label FROM resolution WHERE id = ?", arguments: [id])
            return (label.map(NotePlaceName.resolution) ?? "a resolution no longer in the store", nil)
        }
    }
}
