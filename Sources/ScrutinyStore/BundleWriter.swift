import Foundation
import GRDB
import ScrutinyModel

/// Writes a `PaperBundle` inside an open transaction, indexing what it writes for search.
struct BundleWriter {
    let db: Database
    let sourceID: Int64
    let sourceName: String
    private var index: SearchIndexer

    init(db: Database, sourceID: Int64, sourceName: String, texts: SearchTexts = SearchTexts()) {
        self.db = db
        self.sourceID = sourceID
        self.sourceName = sourceName
        self.index = SearchIndexer(db: db)
        index.texts = texts
    }

    /// A bulk import runs the same few statements thousands of times: each is prepared once.
    private func run(sql: String, arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    private func fetch<T: DatabaseValueConvertible>(_ type: T.Type, sql: String, arguments: StatementArguments) throws -> T? {
        try T.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
    }

    mutating func write(_ bundle: PaperBundle) throws {
        if let body = bundle.body {
            try run(sql: """
                INSERT INTO body (id, name, response_period, time_zone, call_in_rules, working_calendar) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name,
                    response_period = coalesce(excluded.response_period, body.response_period),
                    time_zone = coalesce(excluded.time_zone, body.time_zone),
                    call_in_rules = coalesce(excluded.call_in_rules, body.call_in_rules),
                    working_calendar = coalesce(excluded.working_calendar, body.working_calendar)
                """, arguments: [body.id, body.name, body.responsePeriod?.description, body.timeZone,
                                 try CallInSettings.json(body.callInRules), try CallInSettings.json(body.workingCalendar)])
        }
        for committee in bundle.committees { try upsert(committee) }
        for recommendation in bundle.recommendations { try PapersStore.write(recommendation, db) }
        for person in bundle.people {
            try run(sql: """
                INSERT INTO person (id, name, role, title, party, ward) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role,
                    title = coalesce(excluded.title, person.title), party = coalesce(excluded.party, person.party),
                    ward = coalesce(excluded.ward, person.ward)
                """, arguments: [person.id, person.name, person.role.rawValue, person.title, person.party, person.ward])
        }
        for membership in bundle.memberships {
            try run(sql: "INSERT OR REPLACE INTO membership (committee_id, person_id, role) VALUES (?, ?, ?)",
                           arguments: [membership.committeeID, membership.personID, membership.role])
        }
        for meeting in bundle.meetings { try upsert(meeting) }
        var dayOfMeeting: [String: CalendarDate?] = [:]
        for item in bundle.items {
            let day = try dayOfMeeting[item.meetingID] ?? meetingDay(item.meetingID)
            dayOfMeeting[item.meetingID] = day
            try insert(item, day: day)
        }
        let itemDays = Dictionary(uniqueKeysWithValues: bundle.items.map { ($0.id, dayOfMeeting[$0.meetingID] ?? nil) })
        var documentPosition: [String: Int] = [:]
        for document in bundle.documents {
            let position = documentPosition[document.itemID, default: 0] + 1
            documentPosition[document.itemID] = position
            try insert(document, position: position, day: itemDays[document.itemID] ?? nil)
        }
        // Text read out of a document (a council page's questions and resolutions) is found
        // through its paragraph, so that search shows it once and jumps to it in place.
        let inDocuments = index.texts.inDocuments ?? Self.inDocuments(bundle)
        var next = 0
        func indexed() -> Bool {
            defer { next += 1 }
            return !inDocuments[next]
        }
        for question in bundle.questions {
            try insert(question, day: itemDays[question.itemID] ?? nil, index: indexed())
        }
        for response in bundle.responses {
            try insert(response, day: itemDays[response.itemID] ?? nil, index: indexed())
        }
        for resolution in bundle.resolutions {
            try insert(resolution, day: itemDays[resolution.itemID] ?? nil, index: indexed())
        }
        // Attendance recorded in the room (or by an earlier file) stands.
        for record in bundle.attendance {
            try AttendanceRecords.write(record, sourceID: sourceID, db)
        }
        for declaration in bundle.declarations {
            try run(sql: """
                INSERT INTO declaration (id, meeting_id, source_id, item_id, person, kind, detail, action)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [declaration.id, declaration.meetingID, sourceID, declaration.itemID, declaration.person,
                                 declaration.kind.rawValue, declaration.detail, declaration.action.rawValue])
        }
    }

    private func upsert(_ committee: Committee) throws {
        try run(sql: """
            INSERT INTO committee (id, body_id, name, kind, quorum, resolution_style, recommendation_prefix, programme_criteria)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET body_id = coalesce(excluded.body_id, committee.body_id),
                name = excluded.name, kind = excluded.kind, quorum = coalesce(excluded.quorum, committee.quorum),
                recommendation_prefix = coalesce(excluded.recommendation_prefix, committee.recommendation_prefix),
                programme_criteria = coalesce(excluded.programme_criteria, committee.programme_criteria),
                resolution_style = excluded.resolution_style
            """, arguments: [committee.id, committee.bodyID, committee.name, committee.kind.rawValue,
                             committee.quorum, committee.resolutionStyle.rawValue, committee.recommendationPrefix,
                             try CallInSettings.json(committee.programmeCriteria)])
    }

    /// A new meeting is a plain insert: an upsert would make SQLite open a statement journal,
    /// which makes the full-text index write out everything pending, once a file.
    private func upsert(_ meeting: Meeting) throws {
        let values: StatementArguments = [meeting.committeeID, meeting.start?.date.iso, meeting.start?.minutes,
                                          meeting.location, meeting.status.rawValue, meeting.hybrid, meeting.id]
        guard try fetch(Bool.self, sql: "SELECT 1 FROM meeting WHERE id = ?", arguments: [meeting.id]) == true else {
            return try run(sql: """
                INSERT INTO meeting (committee_id, start_date, start_minutes, location, status, hybrid, id)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: values)
        }
        // A thinner answer (a list of meetings) never takes back what a fuller one recorded:
        // "scheduled" leaves a held or cancelled meeting as it is.
        try run(sql: """
            UPDATE meeting SET committee_id = ?1, start_date = coalesce(?2, start_date),
                start_minutes = coalesce(?3, start_minutes), location = coalesce(?4, location),
                status = CASE WHEN ?5 = 'scheduled' THEN status ELSE ?5 END, hybrid = ?6
            WHERE id = ?7
            """, arguments: values)
    }

    private func meetingDay(_ meetingID: String) throws -> CalendarDate? {
        guard let text = try String?.fetchOne(db, sql: "SELECT start_date FROM meeting WHERE id = ?", arguments: [meetingID]) ?? nil
        else { return nil }
        return CalendarDate(iso: text)
    }

    private mutating func insert(_ item: AgendaItem, day: CalendarDate?) throws {
        if let owner = try fetch(String.self, sql: """
            SELECT coalesce(s.name, 'an earlier session') FROM agenda_item i LEFT JOIN import_source s ON s.id = i.source_id
            WHERE i.id = ?
            """, arguments: [item.id]) {
            throw StoreError("item \"\(item.id)\" (\(item.title)) is already in the store from \(owner)", kind: .conflict)
        }
        var position = item.position
        let taken = try fetch(Bool.self, sql: "SELECT 1 FROM agenda_item WHERE meeting_id = ? AND position = ?",
                                      arguments: [item.meetingID, position]) ?? false
        if taken {
            position = try fetch(Int.self, sql: "SELECT max(position) + 1 FROM agenda_item WHERE meeting_id = ?",
                                        arguments: [item.meetingID]) ?? 1
        }
        try run(sql: """
            INSERT INTO agenda_item (id, meeting_id, source_id, number, position, title, purpose, kind, key_decision,
                decision_maker, decision_status, decision_date, portfolio, author, reference, call_in, call_in_expires, exempt, urgent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [item.id, item.meetingID, sourceID, item.number, position, item.title, item.purpose,
                             item.kind, item.keyDecision, item.decisionMaker, item.decisionStatus,
                             item.decisionDate?.iso, item.portfolio, item.author, item.reference,
                             item.callIn.name, item.callIn.expires?.iso, item.isExempt, item.urgent])
        for paragraph in Set(item.exemptParagraphs).sorted() {
            try run(sql: "INSERT INTO item_exemption (item_id, paragraph) VALUES (?, ?)",
                           arguments: [item.id, paragraph])
        }
        let text = [item.title, item.purpose].compactMap { $0 }.joined(separator: "\n")
        try index.add(kind: "item", itemID: item.id, refID: item.id, paragraph: nil,
                      title: item.title, body: text, day: day)
    }

    private mutating func insert(_ document: Document, position: Int, day: CalendarDate?) throws {
        try run(sql: """
            INSERT INTO document (id, item_id, position, kind, title, published, source, checksum, exempt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [document.id, document.itemID, position, document.kind.rawValue, document.title,
                             document.published?.iso, document.source, document.checksum, document.exempt])
        let statement = try db.cachedStatement(sql: """
            INSERT INTO paragraph (document_id, position, number, kind, text, page) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (offset, paragraph) in document.paragraphs.enumerated() {
            try statement.execute(arguments: [document.id, offset + 1, paragraph.number, paragraph.kind.rawValue, paragraph.text, paragraph.page])
            try index.add(kind: "paragraph", itemID: document.itemID, refID: document.id, paragraph: offset + 1,
                          title: document.title, body: paragraph.text, day: day)
        }
    }

    private mutating func insert(_ question: Question, day: CalendarDate?, index: Bool) throws {
        try run(sql: "INSERT INTO question (id, item_id, position, speaker, text) VALUES (?, ?, ?, ?, ?)",
                       arguments: [question.id, question.itemID, question.position, question.speaker, question.text])
        guard index else { return }
        try self.index.add(kind: "question", itemID: question.itemID, refID: question.id, paragraph: nil,
                      title: question.speaker ?? "Question", body: question.text, day: day)
    }

    private mutating func insert(_ response: Response, day: CalendarDate?, index: Bool) throws {
        try run(sql: "INSERT INTO response (id, item_id, position, speaker, text) VALUES (?, ?, ?, ?, ?)",
                       arguments: [response.id, response.itemID, response.position, response.speaker, response.text])
        for question in response.answers {
            try run(sql: "INSERT INTO response_answer (response_id, question_id) VALUES (?, ?)",
                           arguments: [response.id, question])
        }
        guard index else { return }
        try self.index.add(kind: "response", itemID: response.itemID, refID: response.id, paragraph: nil,
                      title: response.speaker ?? "Response", body: response.text, day: day)
    }

    private mutating func insert(_ resolution: Resolution, day: CalendarDate?, index: Bool) throws {
        try run(sql: """
            INSERT INTO resolution (id, item_id, position, label, text, outcome, is_final, votes_for, votes_against,
                votes_abstain, unanimous, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [resolution.id, resolution.itemID, resolution.position, resolution.label, resolution.text,
                             resolution.outcome.rawValue, resolution.isFinal, resolution.votes?.forCount,
                             resolution.votes?.against, resolution.votes?.abstain, resolution.unanimous,
                             resolution.recordedBy, resolution.recordedAt])
        for vote in resolution.namedVotes {
            try run(sql: "INSERT INTO named_vote (resolution_id, person, vote) VALUES (?, ?, ?)",
                           arguments: [resolution.id, vote.person, vote.vote.rawValue])
        }
        guard index else { return }
        try self.index.add(kind: "resolution", itemID: resolution.itemID, refID: resolution.id, paragraph: nil,
                      title: "Resolved \(resolution.label)", body: resolution.text, day: day)
    }

    /// For each question, response and resolution of the bundle, in that order, whether its text
    /// is in a document of its item. An item's paragraphs are searched as one text's bytes (NUL
    /// apart, which no text holds), every text of an item in one pass over them.
    static func inDocuments(_ bundle: PaperBundle) -> [Bool] {
        var documentText: [String: [UInt8]] = [:]
        for document in bundle.documents {
            for paragraph in document.paragraphs { documentText[document.itemID, default: []] += Array(paragraph.text.utf8) + [0] }
        }
        let texts = bundle.questions.map { ($0.itemID, $0.text) } + bundle.responses.map { ($0.itemID, $0.text) }
            + bundle.resolutions.map { ($0.itemID, $0.text) }
        var inDocuments = [Bool](repeating: false, count: texts.count)
        for (itemID, haystack) in documentText {
            let wanted = texts.indices.filter { texts[$0].0 == itemID }
            let found = occurring(wanted.map { Array(texts[$0].1.utf8) }, in: haystack)
            for (index, hit) in zip(wanted, found) { inDocuments[index] = hit }
        }
        return inDocuments
    }

    /// For each needle, whether it occurs in `haystack`, byte for byte, in one pass: needles
    /// are found by their first eight bytes at each place, then compared whole. Short
    /// needles are looked for on their own.
    static func occurring(_ needles: [[UInt8]], in haystack: [UInt8]) -> [Bool] {
        var found = needles.map(\.isEmpty)
        var byOpening: [UInt64: [Int]] = [:]
        for (index, needle) in needles.enumerated() where needle.count > haystack.count { found[index] = false }
        haystack.withUnsafeBufferPointer { h in
            func window(_ bytes: UnsafeRawPointer) -> UInt64 { bytes.loadUnaligned(as: UInt64.self) }
            for (index, needle) in needles.enumerated() where !needle.isEmpty && needle.count <= h.count {
                if needle.count >= 8 {
                    byOpening[needle.withUnsafeBytes { window($0.baseAddress!) }, default: []].append(index)
                } else {
                    found[index] = needle.withUnsafeBufferPointer { n in
                        (0...(h.count - n.count)).contains { at in memcmp(h.baseAddress! + at, n.baseAddress!, n.count) == 0 }
                    }
                }
            }
            guard !byOpening.isEmpty, h.count >= 8 else { return }
            for at in 0...(h.count - 8) {
                guard let candidates = byOpening[window(h.baseAddress! + at)] else { continue }
                for index in candidates where !found[index] && at + needles[index].count <= h.count {
                    found[index] = needles[index].withUnsafeBufferPointer { memcmp(h.baseAddress! + at, $0.baseAddress!, $0.count) == 0 }
                }
            }
        }
        return found
    }
}
