import Foundation
import GRDB
import ScrutinyModel

/// The meeting's own course: start, adjournments, the end (the meeting becomes held and the
/// item clocks stop), and amendments made to its record afterwards.
extension PapersStore {
    /// Records the next step of the meeting's course; a step out of order is refused.
    public func record(_ step: CourseEvent.Kind, meetingID: String, now: Int, member: String?) throws {
        try write { db in
            let state = MeetingState(try Self.course(meetingID: meetingID, db))
            guard state.next.contains(step) else {
                throw StoreError("the meeting cannot be \(step.rawValue) now: it is \(Self.describe(state))", kind: .conflict)
            }
            switch step {
            case .adjourned, .ended:
                try Self.stopClock(meetingID: meetingID, now: now, db)
            case .resumed:
                try db.execute(sql: "UPDATE live_meeting SET current_since = ? WHERE meeting_id = ? AND current_item_id IS NOT NULL",
                               arguments: [now, meetingID])
            case .started, .reopened:
                break
            }
            if step == .ended { try db.execute(sql: "UPDATE meeting SET status = 'held' WHERE id = ?", arguments: [meetingID]) }
            try Self.append(step, meetingID: meetingID, now: now, member: member, db)
        }
    }

    static func course(meetingID: String, _ db: Database) throws -> [CourseEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM live_course WHERE meeting_id = ? ORDER BY position", arguments: [meetingID]).map { row in
            CourseEvent(try row.closed("kind", of: "the course of meeting \(meetingID)"), at: try row.decode(forColumn: "at"),
                        clock: try row.decode(forColumn: "clock"), member: try row.decode(forColumn: "member"))
        }
    }

    static func amendments(meetingID: String, _ db: Database) throws -> [Amendment] {
        try Row.fetchAll(db, sql: "SELECT * FROM live_amendment WHERE meeting_id = ? ORDER BY rowid", arguments: [meetingID]).map { row in
            Amendment(at: try row.decode(forColumn: "at"), member: try row.decode(forColumn: "member"), what: try row.decode(forColumn: "what"))
        }
    }

    /// Taking up an item starts a meeting not yet started and resumes an adjourned one; once
    /// it has ended, its items are not taken up again.
    /// Returns whether the item's clock runs: not while a held meeting's record is amended.
    static func beforeTakingUp(meetingID: String, now: Int, _ db: Database) throws -> Bool {
        let state = MeetingState(try course(meetingID: meetingID, db))
        switch state {
        case .notStarted: try append(.started, meetingID: meetingID, now: now, member: nil, db)
        case .adjourned: try append(.resumed, meetingID: meetingID, now: now, member: nil, db)
        case .ended: throw StoreError("the meeting has ended: open it again to amend its record", kind: .conflict)
        case .running, .amending: break
        }
        return state != .amending
    }

    /// Notes a change to the record of a meeting opened again after it ended.
    static func noteAmendment(meetingID: String?, what: String, member: String?, _ db: Database) throws {
        guard let meetingID, MeetingState(try course(meetingID: meetingID, db)) == .amending else { return }
        try db.execute(sql: "INSERT INTO live_amendment (meeting_id, at, member, what) VALUES (?, ?, ?, ?)",
                       arguments: [meetingID, seconds(), member, what])
    }

    private static func append(_ step: CourseEvent.Kind, meetingID: String, now: Int, member: String?, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO live_course (meeting_id, position, kind, at, clock, member)
            VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM live_course WHERE meeting_id = ?), ?, ?, ?, ?)
            """, arguments: [meetingID, meetingID, step.rawValue, now, try Self.councilTime(db).clock(now), member])
    }

    /// Adds the time on the item being taken to its total and stops its clock.
    static func stopClock(meetingID: String, now: Int, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM live_meeting WHERE meeting_id = ?", arguments: [meetingID]),
              let item: String = try row.decode(forColumn: "current_item_id"), let since: Int = try row.decode(forColumn: "current_since")
        else { return }
        try db.execute(sql: """
            INSERT INTO live_item_time (item_id, meeting_id, seconds) VALUES (?, ?, ?)
            ON CONFLICT(item_id) DO UPDATE SET seconds = seconds + excluded.seconds
            """, arguments: [item, meetingID, max(0, now - since)])
        try db.execute(sql: "UPDATE live_meeting SET current_since = NULL WHERE meeting_id = ?", arguments: [meetingID])
    }

    static func meetingID(ofResolution id: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT i.meeting_id FROM resolution r JOIN agenda_item i ON i.id = r.item_id WHERE r.id = ?",
                            arguments: [id])
    }

    private static func describe(_ state: MeetingState) -> String {
        switch state {
        case .notStarted: "not started"
        case .running: "under way"
        case .adjourned: "adjourned"
        case .ended: "ended"
        case .amending: "open to amend its record"
        }
    }

    /// The course, amendments, the marks on resolutions (recorded while inquorate; excluding the
    /// public) and the actions: the parts of the live record added after the first console.
    static func createCourse(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE live_course (
                meeting_id TEXT NOT NULL,
                position INTEGER NOT NULL CHECK (position >= 1),
                kind TEXT NOT NULL CHECK (kind IN ('started','adjourned','resumed','ended','reopened')),
                at INTEGER NOT NULL,
                clock TEXT NOT NULL CHECK (clock GLOB '[0-2][0-9]:[0-5][0-9]'),
                member TEXT,
                PRIMARY KEY (meeting_id, position)
            );
            CREATE TABLE live_amendment (
                meeting_id TEXT NOT NULL,
                at INTEGER NOT NULL,
                member TEXT,
                what TEXT NOT NULL CHECK (what <> '')
            );
            ALTER TABLE resolution ADD COLUMN inquorate INTEGER NOT NULL DEFAULT 0 CHECK (inquorate IN (0,1));
            ALTER TABLE resolution ADD COLUMN excludes_public INTEGER NOT NULL DEFAULT 0 CHECK (excludes_public IN (0,1));
            CREATE TABLE meeting_action (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                meeting_id TEXT NOT NULL,
                item_id TEXT,
                text TEXT NOT NULL,
                owner TEXT NOT NULL DEFAULT '',
                due TEXT CHECK (due IS NULL OR coalesce(date(due, '+0 days') = due, 0)),
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done')),
                recorded_by TEXT,
                recorded_at TEXT,
                done_at TEXT
            );
            CREATE INDEX meeting_action_by_meeting ON meeting_action(meeting_id);
            """)
    }
}
