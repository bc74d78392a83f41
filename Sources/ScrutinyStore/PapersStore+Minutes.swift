import GRDB
import ScrutinyModel

extension PapersStore {
    /// The first resolution of a later meeting of the same committee that approves `meeting`'s
    /// minutes: one that names its day, or that approves "the previous meeting's" when it is the
    /// one just before.
    static func minutesApproval(of meeting: Meeting, _ db: Database) throws -> MinutesApproval? {
        guard let day = meeting.start?.date else { return nil }
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.id, r.text, m.id AS meeting_id, m.start_date,
                (SELECT max(p.start_date) FROM meeting p WHERE p.committee_id = m.committee_id AND p.start_date < m.start_date
                    AND p.status <> 'cancelled') AS previous_day
            FROM resolution r JOIN agenda_item i ON i.id = r.item_id JOIN meeting m ON m.id = i.meeting_id
            WHERE m.committee_id = ? AND m.start_date > ? AND r.text LIKE '%minutes%' AND r.text LIKE '%record%'
            ORDER BY m.start_date, i.position, r.position
            """, arguments: [meeting.committeeID, day.iso])
        for row in rows {
            guard let read = MinutesApproval.read(try row.decode(forColumn: "text")) else { continue }
            let previous = (try row.decode(forColumn: "previous_day") as String?).flatMap { CalendarDate(iso: $0) }
            guard read.day == day || (read.day == nil && previous == day) else { continue }
            return MinutesApproval(meetingID: try row.decode(forColumn: "meeting_id"),
                                   day: (try row.decode(forColumn: "start_date") as String?).flatMap { CalendarDate(iso: $0) },
                                   resolutionID: try row.decode(forColumn: "id"), amendments: read.amendments)
        }
        return nil
    }

    /// The day of the committee's next meeting after `meeting`, cancelled ones aside.
    static func nextMeetingDay(after meeting: Meeting, _ db: Database) throws -> CalendarDate? {
        guard let day = meeting.start?.date else { return nil }
        return try String.fetchOne(db, sql: """
            SELECT min(start_date) FROM meeting WHERE committee_id = ? AND start_date > ? AND status <> 'cancelled'
            """, arguments: [meeting.committeeID, day.iso]).flatMap { CalendarDate(iso: $0) }
    }
}
