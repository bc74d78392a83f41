import Foundation
import GRDB
import ScrutinyModel

/// A scrutiny committee's recommendations and the responses to them. Like what is recorded
/// live, they refer to meetings, items and resolutions by id, so a re-import keeps them.
extension PapersStore {
    /// Records a recommendation of `committeeID`, numbered next in its municipal year (the year
    /// of `agreed`, else of `today`), on the response period the council's file sets.
    public func addRecommendation(_ draft: Recommendation, today: CalendarDate) throws -> Recommendation {
        try write { db in
            guard let committee = try Row.fetchOne(db, sql: """
                SELECT c.name, c.recommendation_prefix, b.response_period FROM committee c LEFT JOIN body b ON b.id = c.body_id
                WHERE c.id = ?
                """, arguments: [draft.committeeID]) else { throw StoreError.notFound("committee", draft.committeeID) }
            var recommendation = draft
            let year = MunicipalYear(containing: draft.agreed ?? today)
            let ownPrefix: String? = try committee.decode(forColumn: "recommendation_prefix")
            let prefix = try ownPrefix ?? Recommendation.prefix(committeeName: committee.decode(forColumn: "name"))
            let taken = try Int.fetchOne(db, sql: "SELECT count(*) FROM recommendation WHERE committee_id = ? AND year = ?",
                                         arguments: [draft.committeeID, year.startYear]) ?? 0
            recommendation.id = "rec" + Note.newID().dropFirst()
            recommendation.reference = Recommendation.reference(prefix: prefix, year: year, number: taken + 1)
            recommendation.period = (try committee.decode(forColumn: "response_period") as String?).flatMap(ResponsePeriod.init(text:)) ?? .statutory
            try db.execute(sql: """
                INSERT INTO recommendation (id, reference, committee_id, year, meeting_id, item_id, resolution_id, text, addressee,
                    agreed, sent, period, lead_officer, executive_member)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [recommendation.id, recommendation.reference, recommendation.committeeID, year.startYear,
                                 recommendation.meetingID, recommendation.itemID, recommendation.resolutionID, recommendation.text,
                                 recommendation.addressee, recommendation.agreed?.iso, recommendation.sent?.iso,
                                 recommendation.period.description, recommendation.leadOfficer, recommendation.executiveMember])
            return recommendation
        }
    }

    /// Records the day a recommendation was sent, which starts its response clock.
    public func sendRecommendation(_ key: String, on day: CalendarDate) throws -> Recommendation {
        try write { db in
            let found = try Self.recommendation(key, db)
            try db.execute(sql: "UPDATE recommendation SET sent = ? WHERE id = ?", arguments: [day.iso, found.id])
            return try Self.recommendation(found.id, db)
        }
    }

    /// Records the response to a recommendation, replacing one recorded before.
    public func respond(to key: String, with response: RecommendationResponse) throws -> Recommendation {
        try write { db in
            let found = try Self.recommendation(key, db)
            try db.execute(sql: """
                INSERT OR REPLACE INTO recommendation_response (recommendation_id, received, responder, venue, decision, reason, text)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [found.id, response.received.iso, response.responder, response.venue, response.decision.rawValue,
                                 response.reason, response.text])
            return try Self.recommendation(found.id, db)
        }
    }

    /// Every committee's name, by id.
    public func committeeNames() throws -> [String: String] {
        try read { db in try Self.committeeNames(db) }
    }

    static func committeeNames(_ db: Database) throws -> [String: String] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM committee").reduce(into: [:]) { names, row in names[try row.decode(forColumn: "id")] = try row.decode(forColumn: "name") }
    }

    /// Every recommendation, or one committee's, by reference.
    public func recommendations(committeeID: String? = nil) throws -> [Recommendation] {
        try read { db in
            try Self.recommendations(db, where: committeeID == nil ? "1" : "r.committee_id = ?",
                                     committeeID.map { [$0] } ?? [])
        }
    }

    /// One recommendation, by its id or its reference ("RDSC (25/26) 01", any case).
    public func recommendation(_ key: String) throws -> Recommendation {
        try read { db in try Self.recommendation(key, db) }
    }

    static func recommendation(_ key: String, _ db: Database) throws -> Recommendation {
        guard let found = try recommendations(db, where: "r.id = ? OR lower(r.reference) = lower(?)", [key, key]).first else {
            throw StoreError.notFound("recommendation", key)
        }
        return found
    }

    static func recommendations(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Recommendation] {
        func day(_ row: Row, _ column: String) throws -> CalendarDate? {
            (try row.decode(forColumn: column) as String?).flatMap { CalendarDate(iso: $0) }
        }
        return try withProgress(try Row.fetchAll(db, sql: """
            SELECT r.*, s.received, s.responder, s.venue, s.decision, s.reason, s.text AS response_text
            FROM recommendation r LEFT JOIN recommendation_response s ON s.recommendation_id = r.id
            WHERE \(condition) ORDER BY r.committee_id, r.year, r.rowid
            """, arguments: arguments).map { row in
            let id: String = try row.decode(forColumn: "id")
            var recommendation = Recommendation(
                id: id, reference: try row.decode(forColumn: "reference"), committeeID: try row.decode(forColumn: "committee_id"),
                meetingID: try row.decode(forColumn: "meeting_id"), itemID: try row.decode(forColumn: "item_id"),
                resolutionID: try row.decode(forColumn: "resolution_id"), text: try row.decode(forColumn: "text"),
                addressee: try row.decode(forColumn: "addressee"), agreed: try day(row, "agreed"), sent: try day(row, "sent"),
                period: ResponsePeriod(text: try row.decode(forColumn: "period")) ?? .statutory,
                leadOfficer: try row.decode(forColumn: "lead_officer"), executiveMember: try row.decode(forColumn: "executive_member"))
            if let signed = try day(row, "signed_off") {
                recommendation.signOff = SignOff(date: signed, meetingID: try row.decode(forColumn: "signed_off_meeting_id"))
            }
            if let received = try day(row, "received") {
                recommendation.response = RecommendationResponse(
                    received: received, responder: try row.decode(forColumn: "responder"), venue: try row.decode(forColumn: "venue"),
                    decision: try row.closed("decision", of: "the response to \(id)"), reason: try row.decode(forColumn: "reason"),
                    text: try row.decode(forColumn: "response_text"))
            }
            return recommendation
        }, db)
    }

    /// Recommendations and responses, and where the council's file sets a response period and
    /// a committee's prefix for references.
    static func createRecommendations(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE body ADD COLUMN response_period TEXT;
            ALTER TABLE committee ADD COLUMN recommendation_prefix TEXT CHECK (recommendation_prefix IS NULL OR recommendation_prefix <> '');
            CREATE TABLE recommendation (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                reference TEXT NOT NULL UNIQUE CHECK (reference <> ''),
                committee_id TEXT NOT NULL,
                year INTEGER NOT NULL,
                meeting_id TEXT,
                item_id TEXT,
                resolution_id TEXT,
                text TEXT NOT NULL CHECK (text <> ''),
                addressee TEXT NOT NULL CHECK (addressee <> ''),
                agreed TEXT CHECK (agreed IS NULL OR coalesce(date(agreed, '+0 days') = agreed, 0)),
                sent TEXT CHECK (sent IS NULL OR coalesce(date(sent, '+0 days') = sent, 0)),
                period TEXT NOT NULL,
                lead_officer TEXT,
                executive_member TEXT
            );
            CREATE TABLE recommendation_response (
                recommendation_id TEXT PRIMARY KEY NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
                received TEXT NOT NULL CHECK (coalesce(date(received, '+0 days') = received, 0)),
                responder TEXT NOT NULL CHECK (responder <> ''),
                venue TEXT,
                decision TEXT NOT NULL CHECK (decision IN ('accepted','partially_accepted','accepted_in_principle','rejected','deferred')),
                reason TEXT,
                text TEXT NOT NULL DEFAULT ''
            );
            """)
    }
}

extension PapersStore {
    /// Resolutions of scrutiny committees that read as recommendations and are neither made
    /// into one nor dismissed: for the clerk to confirm.
    public func recommendationProposals() throws -> [RecommendationProposal] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.id, r.text, r.item_id, m.id AS meeting_id, m.committee_id, m.start_date FROM resolution r
                JOIN agenda_item i ON i.id = r.item_id JOIN meeting m ON m.id = i.meeting_id JOIN committee c ON c.id = m.committee_id
                WHERE c.kind = 'scrutiny' AND r.text LIKE '%recommend%'
                    AND NOT EXISTS (SELECT 1 FROM recommendation x WHERE x.resolution_id = r.id)
                    AND NOT EXISTS (SELECT 1 FROM recommendation_dismissed d WHERE d.resolution_id = r.id)
                ORDER BY m.start_date, i.position, r.position
                """).compactMap { row in
                let text: String = try row.decode(forColumn: "text")
                return try RecommendationProposal.addressee(in: text).map { try Self.proposal(row, addressee: $0) }
            }
        }
    }

    /// The recommendation a resolution makes, whatever its words: for `recs add --resolution`.
    public func proposal(resolutionID: String) throws -> RecommendationProposal {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT r.id, r.text, r.item_id, m.id AS meeting_id, m.committee_id, m.start_date FROM resolution r
                JOIN agenda_item i ON i.id = r.item_id JOIN meeting m ON m.id = i.meeting_id WHERE r.id = ?
                """, arguments: [resolutionID]) else { throw StoreError.notFound("resolution", resolutionID) }
            return try Self.proposal(row, addressee: RecommendationProposal.addressee(in: try row.decode(forColumn: "text")) ?? nil)
        }
    }

    private static func proposal(_ row: Row, addressee: String?) throws -> RecommendationProposal {
        RecommendationProposal(resolutionID: try row.decode(forColumn: "id"), committeeID: try row.decode(forColumn: "committee_id"),
                               meetingID: try row.decode(forColumn: "meeting_id"), itemID: try row.decode(forColumn: "item_id"),
                               day: (try row.decode(forColumn: "start_date") as String?).flatMap { CalendarDate(iso: $0) },
                               text: try row.decode(forColumn: "text"), addressee: addressee)
    }

    /// Says a resolution that reads as a recommendation is not one, so it is not offered again.
    public func dismissProposal(resolutionID: String) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM resolution WHERE id = ?", arguments: [resolutionID]) == true else {
                throw StoreError.notFound("resolution", resolutionID)
            }
            try db.execute(sql: "INSERT OR IGNORE INTO recommendation_dismissed (resolution_id) VALUES (?)", arguments: [resolutionID])
        }
    }
}

