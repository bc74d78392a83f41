import Foundation
import GRDB
import ScrutinyModel

/// A council's call-in settings are kept on its row as JSON.
extension CallInSettings {
    /// The settings of the council `committeeID` belongs to; the defaults when it has none.
    static func of(committeeID: String, _ db: Database) throws -> CallInSettings {
        let row = try Row.fetchOne(db, sql: """
            SELECT b.call_in_rules, b.working_calendar FROM committee c JOIN body b ON b.id = c.body_id WHERE c.id = ?
            """, arguments: [committeeID])
        return CallInSettings(rules: decode(row?["call_in_rules"]) ?? CallInRules(), calendar: decode(row?["working_calendar"]) ?? WorkingCalendar())
    }

    static func json<T: Encodable>(_ value: T?) throws -> String? {
        try value.map { value in
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        }
    }

    static func decode<T: Decodable>(_ text: String?) -> T? {
        text.flatMap { try? JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }
}

extension PapersStore {
    static func addCallInRules(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE body ADD COLUMN call_in_rules TEXT;
            ALTER TABLE body ADD COLUMN working_calendar TEXT;
            ALTER TABLE agenda_item ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0,1));
            """)
    }

    /// What the Upcoming calendar shows between the meetings from `today`, soonest first: call-in
    /// periods running or to come, called-in decisions to be heard or reconsidered, and the work
    /// programme's topics planned for each meeting.
    public func deadlines(from today: CalendarDate) throws -> [Deadline] {
        (try callInDeadlines(from: today) + programmeDeadlines(from: today)).sorted { ($0.day, $0.minutes ?? 24 * 60) < ($1.day, $1.minutes ?? 24 * 60) }
    }

    /// Meetings by day, so that the deadlines of the last 90 days are read without a scan of
    /// every item (migration v23).
    static func indexMeetingsByDay(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX IF NOT EXISTS meeting_by_date ON meeting(start_date)")
    }

    /// Call-in periods still running or to come on `today`, and called-in decisions to be heard or
    /// reconsidered; urgent decisions the rules exempt are left out, and periods of meetings more
    /// than 90 days back are not looked at (found through the meetings by day, then their items:
    /// CROSS JOIN keeps SQLite to that order rather than reading every item).
    func callInDeadlines(from today: CalendarDate) throws -> [Deadline] {
        try read { db in
            var settings: [String: CallInSettings] = [:]
            let requests = try Self.callInRequests(db, where: "r.outcome IS NULL OR r.outcome = 'referred back'", [])
            let calledIn = Set(requests.map(\.itemID))
            var deadlines = try requests.compactMap { request -> Deadline? in
                let due = request.outcome == nil ? request.hearingDue : request.reconsiderationDue
                guard let due, due >= today, let row = try Row.fetchOne(db, sql: """
                    SELECT c.name, i.number, i.title FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN committee c ON c.id = m.committee_id
                    WHERE i.id = ?
                    """, arguments: [request.itemID]) else { return nil }
                let number: String = try row.decode(forColumn: "number")
                let name: String = try row.decode(forColumn: "name"), title: String = try row.decode(forColumn: "title")
                return Deadline(kind: request.outcome == nil ? .hearing : .reconsideration, day: due,
                                what: "\(name): \(number.isEmpty ? "" : number + ". ")\(title)", targetID: request.itemID)
            }
            deadlines += try Row.fetchAll(db, sql: """
                SELECT i.*, m.committee_id, m.start_date, c.name AS committee_name,
                    (SELECT min(d.published) FROM document d WHERE d.item_id = i.id AND d.kind = 'decision') AS decision_published
                FROM meeting m CROSS JOIN agenda_item i ON i.meeting_id = m.id JOIN committee c ON c.id = m.committee_id
                WHERE i.call_in = 'subject' AND (m.start_date IS NULL OR m.start_date >= date(?, '-90 days'))
                """, arguments: [today.iso]).compactMap { row -> Deadline? in
                let committeeID: String = try row.decode(forColumn: "committee_id")
                if settings[committeeID] == nil { settings[committeeID] = try CallInSettings.of(committeeID: committeeID, db) }
                let item = try AgendaItem(row: row, exemptParagraphs: [])
                func day(_ column: String) throws -> CalendarDate? { (try row.decode(forColumn: column) as String?).flatMap { CalendarDate(iso: $0) } }
                guard !calledIn.contains(item.id), let clock = settings[committeeID]!.clock(item, published: try day("decision_published"), meetingDay: try day("start_date")),
                      !clock.waived, clock.expires.date >= today else { return nil }
                let committee: String = try row.decode(forColumn: "committee_name")
                return Deadline(kind: .callIn, day: clock.expires.date, minutes: clock.expires.minutes,
                                what: "\(committee): \(item.number.isEmpty ? "" : item.number + ". ")\(item.title)", targetID: item.id)
            }
            return deadlines
        }
    }
}
