import GRDB
import ScrutinyModel

/// Attendance rows and their movements (each arrival and departure, in order).
enum AttendanceRecords {
    static func fetchAll(meetingID: String, _ db: Database) throws -> [Attendance] {
        var movements: [String: [Attendance.Movement]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM attendance_movement WHERE meeting_id = ? ORDER BY person, position",
                                    arguments: [meetingID]) {
            let person: String = try row.decode(forColumn: "person")
            movements[person, default: []].append(
                Attendance.Movement(try row.closed("kind", of: "a movement of \(person)"), at: try row.decode(forColumn: "at")))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM attendance WHERE meeting_id = ? ORDER BY rowid", arguments: [meetingID]).map { row in
            let person: String = try row.decode(forColumn: "person")
            return Attendance(meetingID: try row.decode(forColumn: "meeting_id"), person: person,
                              status: try row.closed("status", of: "the attendance of \(person)"),
                              role: try row.closed("role", of: "the attendance of \(person)"),
                              standingInFor: try row.decode(forColumn: "standing_in_for"), title: try row.decode(forColumn: "title"),
                              movements: movements[person] ?? [])
        }
    }

    /// Writes a record with its movements: from a file (`sourceID`), kept when the meeting
    /// already has one for that person; recorded live (nil), replacing what was there.
    static func write(_ record: Attendance, sourceID: Int64?, _ db: Database) throws {
        let conflict = sourceID == nil ? """
            DO UPDATE SET source_id = NULL, status = excluded.status, role = excluded.role,
                standing_in_for = excluded.standing_in_for, title = excluded.title
            """ : "DO NOTHING"
        try db.execute(sql: """
            INSERT INTO attendance (meeting_id, source_id, person, status, role, standing_in_for, title) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(meeting_id, person) \(conflict)
            """, arguments: [record.meetingID, sourceID, record.person, record.status.rawValue, record.role.rawValue,
                             record.standingInFor, record.title])
        guard db.changesCount > 0 else { return }
        try db.execute(sql: "DELETE FROM attendance_movement WHERE meeting_id = ? AND person = ?", arguments: [record.meetingID, record.person])
        for (position, movement) in record.movements.enumerated() {
            try append(movement, person: record.person, meetingID: record.meetingID, position: position + 1, db)
        }
    }

    static func append(_ movement: Attendance.Movement, person: String, meetingID: String, position: Int? = nil, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO attendance_movement (meeting_id, person, position, kind, at)
            VALUES (?, ?, coalesce(?, (SELECT coalesce(max(position), 0) + 1 FROM attendance_movement WHERE meeting_id = ? AND person = ?)), ?, ?)
            """, arguments: [meetingID, person, position, meetingID, person, movement.kind.rawValue, movement.at])
    }

    /// Who came, in what capacity, and each coming and going; the movements replace the single
    /// arrival and departure kept before.
    static func migrateToMovements(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE attendance_with_roles (
                meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                source_id INTEGER REFERENCES import_source(id) ON DELETE CASCADE,
                person TEXT NOT NULL CHECK (person <> ''),
                status TEXT NOT NULL CHECK (status IN ('present','apologies','absent')),
                role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member','substitute','co_opted','councillor','officer','other')),
                standing_in_for TEXT CHECK (standing_in_for IS NULL OR (role = 'substitute' AND standing_in_for <> '')),
                title TEXT,
                PRIMARY KEY (meeting_id, person)
            );
            CREATE TABLE attendance_movement (
                meeting_id TEXT NOT NULL,
                person TEXT NOT NULL,
                position INTEGER NOT NULL CHECK (position >= 1),
                kind TEXT NOT NULL CHECK (kind IN ('arrived','left')),
                at TEXT NOT NULL CHECK (at GLOB '[0-2][0-9]:[0-5][0-9]'),
                PRIMARY KEY (meeting_id, person, position),
                FOREIGN KEY (meeting_id, person) REFERENCES attendance(meeting_id, person) ON DELETE CASCADE ON UPDATE CASCADE
            );
            INSERT INTO attendance_with_roles (rowid, meeting_id, source_id, person, status)
                SELECT rowid, meeting_id, source_id, person, status FROM attendance;
            INSERT INTO attendance_movement (meeting_id, person, position, kind, at)
                SELECT meeting_id, person, 1, 'arrived', arrived FROM attendance WHERE arrived GLOB '[0-2][0-9]:[0-5][0-9]';
            INSERT INTO attendance_movement (meeting_id, person, position, kind, at)
                SELECT meeting_id, person, CASE WHEN arrived GLOB '[0-2][0-9]:[0-5][0-9]' THEN 2 ELSE 1 END, 'left', left_at
                FROM attendance WHERE left_at GLOB '[0-2][0-9]:[0-5][0-9]';
            DROP TABLE attendance;
            ALTER TABLE attendance_with_roles RENAME TO attendance;
            """)
    }
}
