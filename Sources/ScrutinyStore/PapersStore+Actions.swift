import Foundation
import GRDB
import ScrutinyModel

/// Actions recorded at meetings, each open until marked done. The console writes one at each
/// keystroke, as it does a resolution.
extension PapersStore {
    /// Writes an action as it stands (new or changed).
    public func save(_ action: MeetingAction, by member: String?) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO meeting_action (id, meeting_id, item_id, text, owner, due, status, recorded_by, recorded_at, done_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? = 'done' THEN ? END)
                ON CONFLICT(id) DO UPDATE SET item_id = excluded.item_id, text = excluded.text, owner = excluded.owner,
                    due = excluded.due, status = excluded.status,
                    done_at = CASE WHEN excluded.status = 'done' THEN coalesce(meeting_action.done_at, excluded.done_at) END
                """, arguments: [action.id, action.meetingID, action.itemID, action.text, action.owner, action.due?.iso,
                                 action.status.rawValue, action.recordedBy ?? member, action.recordedAt ?? Self.isoNow(),
                                 action.status.rawValue, Self.isoNow()])
        }
    }

    /// Marks an action done or open again, by its id or the start of it.
    @discardableResult
    public func markAction(_ id: String, done: Bool) throws -> MeetingAction {
        try write { db in
            let matches = try String.fetchAll(db, sql: "SELECT id FROM meeting_action WHERE id = ? OR id LIKE ? ESCAPE '\\' ORDER BY id",
                                              arguments: [id, id.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"])
            let found = matches.contains(id) ? id : matches.count == 1 ? matches[0] : nil
            guard let found else {
                throw matches.isEmpty ? StoreError.notFound("action", id)
                    : StoreError("\"\(id)\" starts \(matches.count) actions' ids; give more of it", kind: .refused)
            }
            try db.execute(sql: "UPDATE meeting_action SET status = ?, done_at = ? WHERE id = ?",
                           arguments: [done ? "done" : "open", done ? Self.isoNow() : nil, found])
            return try Self.actions(db, where: "a.id = ?", [found])[0].action
        }
    }

    /// Removes an action; one closed with no text is dropped this way too.
    public func deleteAction(id: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM meeting_action WHERE id = ?", arguments: [id]) }
    }

    /// Actions, oldest meeting first: every one, or only the open ones, or one meeting's.
    public func actions(openOnly: Bool = false, meetingID: String? = nil) throws -> [ActionListing] {
        try read { db in
            var conditions = ["1"], arguments: [(any DatabaseValueConvertible)?] = []
            if openOnly { conditions.append("a.status = 'open'") }
            if let meetingID {
                conditions.append("a.meeting_id = ?")
                arguments.append(meetingID)
            }
            return try Self.actions(db, where: conditions.joined(separator: " AND "), StatementArguments(arguments))
        }
    }

    /// The actions carried onto a meeting as matters arising: those recorded at its committee's
    /// earlier meetings that were still open when it began.
    static func mattersArising(before meeting: Meeting, _ db: Database) throws -> [ActionListing] {
        guard let day = meeting.start?.date.iso else { return [] }
        return try actions(db, where: "m.committee_id = ? AND m.start_date < ? AND (a.status = 'open' OR a.done_at >= ?)",
                           [meeting.committeeID, day, day])
    }

    static func actions(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [ActionListing] {
        try Row.fetchAll(db, sql: """
            SELECT a.*, c.name AS committee_name, m.start_date, m.start_minutes, i.number AS item_number, i.title AS item_title,
                (i.exempt = 1 OR EXISTS (SELECT 1 FROM item_exemption e WHERE e.item_id = i.id)) AS item_exempt
            FROM meeting_action a LEFT JOIN meeting m ON m.id = a.meeting_id LEFT JOIN committee c ON c.id = m.committee_id
            LEFT JOIN agenda_item i ON i.id = a.item_id
            WHERE \(condition) AND trim(a.text) <> ''
            ORDER BY m.start_date, m.start_minutes, a.rowid
            """, arguments: arguments).map { row in
            let id: String = try row.decode(forColumn: "id")
            var action = MeetingAction(id: id, meetingID: try row.decode(forColumn: "meeting_id"), itemID: try row.decode(forColumn: "item_id"),
                                       text: try row.decode(forColumn: "text"), owner: try row.decode(forColumn: "owner"),
                                       due: (try row.decode(forColumn: "due") as String?).flatMap { CalendarDate(iso: $0) },
                                       status: try row.closed("status", of: "action \(id)"), recordedBy: try row.decode(forColumn: "recorded_by"),
                                       recordedAt: try row.decode(forColumn: "recorded_at"))
            action.doneOn = (try row.decode(forColumn: "done_at") as String?).flatMap { CalendarDate(iso: String($0.prefix(10))) }
            let minutes: Int? = try row.decode(forColumn: "start_minutes")
            let start = (try row.decode(forColumn: "start_date") as String?).flatMap { CalendarDate(iso: $0) }.map { day in
                MeetingTime(date: day, hour: minutes.map { $0 / 60 }, minute: (minutes ?? 0) % 60)
            }
            let number: String? = try row.decode(forColumn: "item_number")
            let title: String? = try row.decode(forColumn: "item_title")
            var listing = ActionListing(action: action, committeeName: (try row.decode(forColumn: "committee_name")) ?? action.meetingID,
                                        meetingStart: start, itemHeading: title.map { (number?.isEmpty == false ? "\(number!). " : "") + $0 })
            listing.itemExempt = (try row.decode(forColumn: "item_exempt") as Bool?) ?? false
            return listing
        }
    }

    private static func isoNow() -> String { ISO8601DateFormatter().string(from: Date()) }
}
