import Foundation
import GRDB
import ScrutinyModel

/// Each committee's work programme: topics numbered per municipal year, scored against the
/// committee's criteria, planned for a meeting, linked to the items that heard them and the
/// recommendations made; reviews with their evidence sessions. Like recommendations, they refer
/// to meetings and items by id, so a re-import keeps them.
extension PapersStore {
    static func createProgramme(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE committee ADD COLUMN programme_criteria TEXT;
            CREATE TABLE programme_topic (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                reference TEXT NOT NULL UNIQUE CHECK (reference <> ''),
                committee_id TEXT NOT NULL,
                year INTEGER NOT NULL,
                title TEXT NOT NULL CHECK (title <> ''),
                source TEXT,
                scores TEXT NOT NULL DEFAULT '{}',
                target_meeting_id TEXT,
                lead TEXT,
                status TEXT NOT NULL CHECK (status IN ('proposed','planned','heard','deferred','dropped','completed')),
                notes TEXT,
                review TEXT
            );
            CREATE TABLE programme_link (
                topic_id TEXT NOT NULL REFERENCES programme_topic(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('item','recommendation')),
                ref_id TEXT NOT NULL,
                PRIMARY KEY (topic_id, kind, ref_id)
            );
            """)
    }

    /// Puts a topic on `draft.committeeID`'s programme for its year, numbered next; its scores
    /// must be the committee's criteria and its target a meeting of the committee.
    public func addTopic(_ draft: ProgrammeTopic) throws -> ProgrammeTopic {
        try write { db in
            let committee = try Self.programmeCommittee(draft.committeeID, db)
            try Self.check(draft, committee: committee, db)
            let taken = try Int.fetchOne(db, sql: "SELECT count(*) FROM programme_topic WHERE committee_id = ? AND year = ?",
                                         arguments: [draft.committeeID, draft.year.startYear]) ?? 0
            var topic = draft
            let prefix = committee.recommendationPrefix ?? Recommendation.prefix(committeeName: committee.name)
            topic.reference = ProgrammeTopic.reference(prefix: prefix, year: draft.year, number: taken + 1)
            topic.id = Slug.make("\(committee.id) wp \(draft.year.startYear) \(taken + 1)")
            if topic.status == .proposed, topic.targetMeetingID != nil { topic.status = .planned }
            try db.execute(sql: """
                INSERT INTO programme_topic (id, reference, committee_id, year, title, source, scores, target_meeting_id, lead, status, notes, review)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [topic.id, topic.reference, topic.committeeID, topic.year.startYear, topic.title, topic.source,
                                 try CallInSettings.json(topic.scores), topic.targetMeetingID, topic.lead, topic.status.rawValue,
                                 topic.notes, try CallInSettings.json(topic.review)])
            try Self.link(topic, db)
            return try Self.topic(topic.id, db)
        }
    }

    /// Writes back a topic changed: its scores, target, lead, status, notes, review and links.
    public func updateTopic(_ changed: ProgrammeTopic) throws -> ProgrammeTopic {
        try write { db in
            let before = try Self.topic(changed.id, db)
            try Self.check(changed, committee: try Self.programmeCommittee(before.committeeID, db), db)
            try db.execute(sql: """
                UPDATE programme_topic SET title = ?, source = ?, scores = ?, target_meeting_id = ?, lead = ?, status = ?, notes = ?, review = ?
                WHERE id = ?
                """, arguments: [changed.title, changed.source, try CallInSettings.json(changed.scores), changed.targetMeetingID, changed.lead,
                                 changed.status.rawValue, changed.notes, try CallInSettings.json(changed.review), changed.id])
            try db.execute(sql: "DELETE FROM programme_link WHERE topic_id = ?", arguments: [changed.id])
            try Self.link(changed, db)
            return try Self.topic(changed.id, db)
        }
    }

    /// One topic, by its id or reference ("RDSC WP 25/26 03", any case).
    public func topic(_ key: String) throws -> ProgrammeTopic {
        try read { db in try Self.topic(key, db) }
    }

    /// The topics of every committee, or one's, or one year's: by committee, year and number.
    public func topics(committeeID: String? = nil, year: MunicipalYear? = nil) throws -> [ProgrammeTopic] {
        try read { db in
            var conditions = ["1"], arguments: [any DatabaseValueConvertible] = []
            if let committeeID { conditions.append("t.committee_id = ?"); arguments.append(committeeID) }
            if let year { conditions.append("t.year = ?"); arguments.append(year.startYear) }
            return try Self.topics(db, where: conditions.joined(separator: " AND "), StatementArguments(arguments))
        }
    }

    /// A committee's criteria for scoring topics, when it has them.
    public func programmeCriteria(committeeID: String) throws -> ProgrammeCriteria? {
        try read { db in try Self.programmeCommittee(committeeID, db).programmeCriteria }
    }

    /// Topics planned for meetings on or after `today`, on their meeting's day, for the Upcoming calendar.
    func programmeDeadlines(from today: CalendarDate) throws -> [Deadline] {
        try read { db in
            try Self.topics(db, where: "t.status = 'planned' AND m.start_date >= ?", [today.iso]).compactMap { topic in
                topic.targetDay.map { Deadline(kind: .programme, day: $0, what: "\(topic.reference): \(topic.title)", targetID: topic.id) }
            }
        }
    }

    static func topic(_ key: String, _ db: Database) throws -> ProgrammeTopic {
        guard let found = try topics(db, where: "t.id = ? OR lower(t.reference) = lower(?)", [key, key]).first else {
            throw StoreError.notFound("work programme topic", key)
        }
        return found
    }

    static func topics(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [ProgrammeTopic] {
        try Row.fetchAll(db, sql: """
            SELECT t.*, m.start_date AS target_day FROM programme_topic t LEFT JOIN meeting m ON m.id = t.target_meeting_id
            WHERE \(condition) ORDER BY t.committee_id, t.year, t.reference
            """, arguments: arguments).map { row in
            let id: String = try row.decode(forColumn: "id")
            var topic = ProgrammeTopic(
                id: id, reference: try row.decode(forColumn: "reference"), committeeID: try row.decode(forColumn: "committee_id"),
                year: MunicipalYear(startYear: try row.decode(forColumn: "year")), title: try row.decode(forColumn: "title"),
                source: try row.decode(forColumn: "source"), scores: CallInSettings.decode(try row.decode(forColumn: "scores")) ?? [:],
                targetMeetingID: try row.decode(forColumn: "target_meeting_id"), lead: try row.decode(forColumn: "lead"),
                status: try row.closed("status", of: "work programme topic \(id)"), notes: try row.decode(forColumn: "notes"),
                review: CallInSettings.decode(try row.decode(forColumn: "review")))
            topic.targetDay = (try row.decode(forColumn: "target_day") as String?).flatMap { CalendarDate(iso: $0) }
            let links = try Row.fetchAll(db, sql: "SELECT kind, ref_id FROM programme_link WHERE topic_id = ? ORDER BY rowid", arguments: [id])
            let linked = try links.map { (kind: try $0.decode(forColumn: "kind") as String, id: try $0.decode(forColumn: "ref_id") as String) }
            topic.items = linked.filter { $0.kind == "item" }.map(\.id)
            // Recommendations made on an item that heard it belong to it too.
            let made = try String.fetchAll(db, sql: """
                SELECT reference FROM recommendation WHERE item_id IN (SELECT ref_id FROM programme_link WHERE topic_id = ? AND kind = 'item')
                ORDER BY reference
                """, arguments: [id])
            topic.recommendations = linked.filter { $0.kind == "recommendation" }.map(\.id)
            topic.recommendations += made.filter { !topic.recommendations.contains($0) }
            return topic
        }
    }

    private static func programmeCommittee(_ id: String, _ db: Database) throws -> Committee {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM committee WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound("committee", id)
        }
        return try Committee(row: row)
    }

    /// Refuses scores that are not the committee's criteria, a target that is not its meeting,
    /// and links to items or recommendations the store does not have.
    private static func check(_ topic: ProgrammeTopic, committee: Committee, _ db: Database) throws {
        if !topic.scores.isEmpty {
            guard let criteria = committee.programmeCriteria else {
                throw StoreError("\(committee.name) scores no criteria: its council file gives none (programme criteria:)")
            }
            for (name, value) in topic.scores where criteria.names.firstIndex(of: name) == nil || !(0...criteria.maximum).contains(value) {
                throw StoreError("\(name)=\(value) is not a score against \(committee.name)'s criteria: \(criteria.names.joined(separator: "; ")), 0 to \(criteria.maximum)")
            }
        }
        if let target = topic.targetMeetingID {
            let owner = try String.fetchOne(db, sql: "SELECT committee_id FROM meeting WHERE id = ?", arguments: [target])
            guard let owner else { throw StoreError.notFound("meeting", target) }
            guard owner == committee.id else { throw StoreError("\(target) is not a meeting of \(committee.name)") }
        }
        for item in topic.items where try Row.fetchOne(db, sql: "SELECT 1 FROM agenda_item WHERE id = ?", arguments: [item]) == nil {
            throw StoreError.notFound("agenda item", item)
        }
    }

    /// Links the topic to the items that heard it and the recommendations named on it (by reference).
    private static func link(_ topic: ProgrammeTopic, _ db: Database) throws {
        let made = try String.fetchAll(db, sql: "SELECT reference FROM recommendation WHERE item_id IN (\(topic.items.map { _ in "?" }.joined(separator: ",")))",
                                       arguments: StatementArguments(topic.items))
        for item in topic.items {
            try db.execute(sql: "INSERT OR IGNORE INTO programme_link (topic_id, kind, ref_id) VALUES (?, 'item', ?)", arguments: [topic.id, item])
        }
        for key in topic.recommendations where !made.contains(key) {
            let reference = try recommendation(key, db).reference
            try db.execute(sql: "INSERT OR IGNORE INTO programme_link (topic_id, kind, ref_id) VALUES (?, 'recommendation', ?)",
                           arguments: [topic.id, reference])
        }
    }
}
