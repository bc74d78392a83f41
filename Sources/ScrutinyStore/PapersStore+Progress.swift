import Foundation
import GRDB
import ScrutinyModel

/// Carrying a recommendation out: its plan, the updates on it and the committee's sign-off.
extension PapersStore {
    /// Adds a step to a recommendation's plan.
    public func addPlanStep(_ step: PlanStep, to key: String) throws -> Recommendation {
        try change(key) { id, db in
            try db.execute(sql: """
                INSERT INTO recommendation_plan (recommendation_id, position, text, owner, target)
                VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM recommendation_plan WHERE recommendation_id = ?), ?, ?, ?)
                """, arguments: [id, id, step.text, step.owner, step.target?.iso])
        }
    }

    /// Records a dated update on progress, with the rating and assessment it gives.
    public func addUpdate(_ update: ProgressUpdate, to key: String) throws -> Recommendation {
        try change(key) { id, db in
            try db.execute(sql: """
                INSERT INTO recommendation_update (recommendation_id, day, text, rating, assessment, revised_date, author)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, update.date.iso, update.text, update.rating?.rawValue, update.assessment?.rawValue,
                                 update.revisedDate?.iso, update.by])
        }
    }

    /// Records the committee's sign-off (nil: takes it back).
    public func signOff(_ key: String, _ signOff: SignOff?) throws -> Recommendation {
        try change(key) { id, db in
            try db.execute(sql: "UPDATE recommendation SET signed_off = ?, signed_off_meeting_id = ? WHERE id = ?",
                           arguments: [signOff?.date.iso, signOff?.meetingID, id])
        }
    }

    private func change(_ key: String, _ work: (String, Database) throws -> Void) throws -> Recommendation {
        try write { db in
            let id = try Self.recommendation(key, db).id
            try work(id, db)
            return try Self.recommendation(id, db)
        }
    }

    /// The plan and updates of the recommendations read.
    static func withProgress(_ recommendations: [Recommendation], _ db: Database) throws -> [Recommendation] {
        func day(_ row: Row, _ column: String) throws -> CalendarDate? {
            (try row.decode(forColumn: column) as String?).flatMap { CalendarDate(iso: $0) }
        }
        var read = recommendations
        for index in read.indices {
            let id = read[index].id
            read[index].plan = try Row.fetchAll(db, sql: "SELECT * FROM recommendation_plan WHERE recommendation_id = ? ORDER BY position",
                                                arguments: [id]).map { row in
                PlanStep(text: try row.decode(forColumn: "text"), owner: try row.decode(forColumn: "owner"), target: try day(row, "target"))
            }
            read[index].updates = try Row.fetchAll(db, sql: "SELECT * FROM recommendation_update WHERE recommendation_id = ? ORDER BY day, rowid",
                                                   arguments: [id]).map { row in
                ProgressUpdate(date: try day(row, "day")!, text: try row.decode(forColumn: "text"),
                               rating: try row.closedIfPresent("rating", of: "an update on \(id)"),
                               assessment: (try row.decode(forColumn: "assessment") as Int?).flatMap(Assessment.init(rawValue:)),
                               revisedDate: try day(row, "revised_date"), by: try row.decode(forColumn: "author"))
            }
        }
        return read
    }

    /// Writes a recommendation whole, as a recommendations file carries it: the row (new, or
    /// replacing the one with its id), its response, plan, updates and sign-off.
    static func write(_ made: Recommendation, _ db: Database) throws {
        let year = made.year?.startYear ?? 0
        try db.execute(sql: """
            INSERT INTO recommendation (id, reference, committee_id, year, meeting_id, item_id, resolution_id, text, addressee,
                agreed, sent, period, lead_officer, executive_member, signed_off, signed_off_meeting_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET reference = excluded.reference, committee_id = excluded.committee_id, year = excluded.year,
                meeting_id = excluded.meeting_id, item_id = excluded.item_id, resolution_id = excluded.resolution_id,
                text = excluded.text, addressee = excluded.addressee, agreed = excluded.agreed, sent = excluded.sent,
                period = excluded.period, lead_officer = excluded.lead_officer, executive_member = excluded.executive_member,
                signed_off = excluded.signed_off, signed_off_meeting_id = excluded.signed_off_meeting_id
            """, arguments: [made.id, made.reference, made.committeeID, year, made.meetingID, made.itemID, made.resolutionID, made.text,
                             made.addressee, made.agreed?.iso, made.sent?.iso, made.period.description, made.leadOfficer,
                             made.executiveMember, made.signOff?.date.iso, made.signOff?.meetingID])
        for table in ["recommendation_response", "recommendation_plan", "recommendation_update"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE recommendation_id = ?", arguments: [made.id])
        }
        if let response = made.response {
            try db.execute(sql: """
                INSERT INTO recommendation_response (recommendation_id, received, responder, venue, decision, reason, text)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [made.id, response.received.iso, response.responder, response.venue, response.decision.rawValue,
                                 response.reason, response.text])
        }
        for (index, step) in made.plan.enumerated() {
            try db.execute(sql: "INSERT INTO recommendation_plan (recommendation_id, position, text, owner, target) VALUES (?, ?, ?, ?, ?)",
                           arguments: [made.id, index + 1, step.text, step.owner, step.target?.iso])
        }
        for update in made.updates {
            try db.execute(sql: """
                INSERT INTO recommendation_update (recommendation_id, day, text, rating, assessment, revised_date, author)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [made.id, update.date.iso, update.text, update.rating?.rawValue, update.assessment?.rawValue,
                                 update.revisedDate?.iso, update.by])
        }
    }

    static func createProgress(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE recommendation ADD COLUMN signed_off TEXT CHECK (signed_off IS NULL OR coalesce(date(signed_off, '+0 days') = signed_off, 0));
            ALTER TABLE recommendation ADD COLUMN signed_off_meeting_id TEXT;
            CREATE TABLE recommendation_plan (
                recommendation_id TEXT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 1),
                text TEXT NOT NULL CHECK (text <> ''),
                owner TEXT NOT NULL DEFAULT '',
                target TEXT CHECK (target IS NULL OR coalesce(date(target, '+0 days') = target, 0)),
                PRIMARY KEY (recommendation_id, position)
            );
            CREATE TABLE recommendation_dismissed (
                resolution_id TEXT PRIMARY KEY NOT NULL
            );
            CREATE TABLE recommendation_update (
                recommendation_id TEXT NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
                day TEXT NOT NULL CHECK (coalesce(date(day, '+0 days') = day, 0)),
                text TEXT NOT NULL CHECK (text <> ''),
                rating TEXT CHECK (rating IS NULL OR rating IN ('green','amber','red')),
                assessment INTEGER CHECK (assessment IS NULL OR assessment BETWEEN 1 AND 4),
                revised_date TEXT CHECK (revised_date IS NULL OR coalesce(date(revised_date, '+0 days') = revised_date, 0)),
                author TEXT
            );
            """)
    }
}
