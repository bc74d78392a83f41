import GRDB
import ScrutinyModel

extension PapersStore {
    /// Every meeting with its committee's name and item count, by committee name then date.
    public func meetings() throws -> [MeetingListing] {
        try read { db in
            try Row.fetchAll(db, sql: """
                \(Self.listingColumns) FROM meeting m JOIN committee c ON c.id = m.committee_id
                ORDER BY c.name, m.start_date, m.start_minutes, m.id
                """).map(Self.listing)
        }
    }

    /// The meetings list; given `recentPast`, as its first screen needs it, read through the
    /// committee-and-date index a committee at a time, so that it costs the same at any size of
    /// archive: each committee's meetings to come or of no known date, its latest past ones
    /// (all of that day's, should several share it), and how many earlier ones there are.
    /// Given `rows` too, only the committees that fill that many rows above and below the
    /// next meeting to come (else the first committee's) are read: what a first frame shows.
    public func meetingList(today: CalendarDate, recentPast: Int?, filling rows: Int?) throws -> MeetingList {
        guard let recentPast else { return MeetingList(listings: try meetings()) }
        return try read { db in
            let committees = try Row.fetchAll(db, sql: "SELECT id, name FROM committee")
                .map { (id: $0["id"] as String, name: $0["name"] as String) }.sorted { $0.name < $1.name }
            var fetched: [Int: (listings: [MeetingListing], earlier: Int)] = [:]
            // Reads a committee's meetings; returns about how many rows the list gives them.
            func rowsOf(_ index: Int) throws -> Int {
                let recent = try recentMeetings(committeeID: committees[index].id, today: today, recentPast: recentPast, db)
                fetched[index] = recent
                return recent.listings.isEmpty ? 0 : recent.listings.count + 2 + (recent.earlier > 0 ? 1 : 0)
            }
            var range = committees.indices
            if let rows, !committees.isEmpty {
                let upcoming = try Row.fetchAll(db, sql: """
                    \(Self.listingColumns) FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.start_date >= ?
                    """, arguments: [today.iso]).map(Self.listing)
                let next = MeetingSchedule.upcoming(upcoming, today: today).first?.committeeName
                let here = committees.firstIndex { $0.name == next } ?? 0
                var (low, high, above, below) = (here, here, 0, try rowsOf(here))
                while below < rows && high + 1 < committees.count { high += 1; below += try rowsOf(high) }
                while above < rows && low > 0 { low -= 1; above += try rowsOf(low) }
                range = low..<high + 1
            }
            var listings: [MeetingListing] = [], unread: [String: Int] = [:]
            for index in range {
                let recent = try fetched[index] ?? recentMeetings(committeeID: committees[index].id, today: today, recentPast: recentPast, db)
                listings += recent.listings
                unread[committees[index].name] = recent.earlier
            }
            return MeetingList(listings: listings, unreadPast: unread, committeesUnread: range.count < committees.count)
        }
    }

    /// A committee's meetings to come or of no known date, its latest `recentPast` past ones
    /// (all of that day's, should several share it), and the count of its earlier ones.
    private func recentMeetings(committeeID id: String, today: CalendarDate, recentPast: Int,
                                _ db: Database) throws -> (listings: [MeetingListing], earlier: Int) {
        let days = try String.fetchAll(db.cachedStatement(sql: """
            SELECT start_date FROM meeting WHERE committee_id = ? AND start_date < ? ORDER BY start_date DESC LIMIT ?
            """), arguments: [id, today.iso, recentPast])
        let from = days.count == recentPast ? days[recentPast - 1] : ""
        let listings = try Row.fetchAll(db.cachedStatement(sql: """
            \(Self.listingColumns) FROM meeting m JOIN committee c ON c.id = m.committee_id
            WHERE m.committee_id = ? AND (m.start_date IS NULL OR m.start_date >= ?)
            """), arguments: [id, from]).map(Self.listing)
        let earlier = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM meeting WHERE committee_id = ? AND start_date < ?"),
                                       arguments: [id, from]) ?? 0
        return (listings, earlier)
    }

    /// A meeting with its committee, agenda, attendance and declarations.
    public func meeting(id: String) throws -> MeetingDetail {
        try read { db in try meeting(id: id, db) }
    }

    func meeting(id: String, _ db: Database) throws -> MeetingDetail {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(Meeting.columns) FROM meeting m WHERE m.id = ?", arguments: [id]) else {
            throw StoreError.notFound("meeting", id)
        }
        let meeting = try Meeting(row: row)
        let committee = try Row.fetchOne(db, sql: "SELECT * FROM committee WHERE id = ?",
                                         arguments: [meeting.committeeID]).map(Committee.init(row:))
        let items = try Row.fetchAll(db, sql: """
            SELECT i.*,
                (SELECT count(*) FROM document d WHERE d.item_id = i.id) AS document_count,
                (SELECT count(*) FROM question q WHERE q.item_id = i.id) AS question_count,
                (SELECT count(*) FROM resolution r WHERE r.item_id = i.id) AS resolution_count,
                (SELECT count(*) FROM note n WHERE n.item_id = i.id) AS note_count,
                (SELECT count(*) FROM recommendation x WHERE x.item_id = i.id) AS recommendation_count,
                (SELECT min(d.published) FROM document d WHERE d.item_id = i.id AND d.kind = 'decision') AS decision_published
            FROM agenda_item i WHERE i.meeting_id = ? ORDER BY i.position
            """, arguments: [id]).map { row in
            var listing = ItemListing(item: try AgendaItem(row: row, exemptParagraphs: try exemptions((try row.decode(forColumn: "id")), db)),
                                      documentCount: (try row.decode(forColumn: "document_count")),
                                      questionCount: (try row.decode(forColumn: "question_count")),
                                      resolutionCount: (try row.decode(forColumn: "resolution_count")),
                                      noteCount: (try row.decode(forColumn: "note_count")))
            listing.recommendationCount = try row.decode(forColumn: "recommendation_count")
            listing.decisionPublished = (try row.decode(forColumn: "decision_published") as String?).flatMap { CalendarDate(iso: $0) }
            listing.callInRequest = try Self.callInRequests(db, where: "r.item_id = ?", [listing.item.id]).first
            return listing
        }
        let attendance = try AttendanceRecords.fetchAll(meetingID: id, db)
        let seats = try Row.fetchAll(db, sql: """
            SELECT p.name, m.role FROM membership m JOIN person p ON p.id = m.person_id
            WHERE m.committee_id = ? AND m.role IN ('Chair', 'Vice-Chair')
            """, arguments: [meeting.committeeID])
            .reduce(into: [String: String]()) { seats, row in seats[try row.decode(forColumn: "name")] = try row.decode(forColumn: "role") }
        let declarations = try Row.fetchAll(db, sql: "SELECT * FROM declaration WHERE meeting_id = ? ORDER BY rowid",
                                            arguments: [id]).map(Declaration.init(row:))
        var detail = MeetingDetail(meeting: meeting, committee: committee ?? Committee(id: meeting.committeeID, name: meeting.committeeID),
                                   items: items, attendance: attendance, declarations: declarations, seats: seats)
        detail.course = try Self.course(meetingID: id, db)
        detail.amendments = try Self.amendments(meetingID: id, db)
        detail.mattersArising = try Self.mattersArising(before: meeting, db)
        detail.callIn = try CallInSettings.of(committeeID: meeting.committeeID, db)
        detail.minutesApproval = try Self.minutesApproval(of: meeting, db)
        detail.nextMeetingDay = try Self.nextMeetingDay(after: meeting, db)
        return detail
    }

    /// An agenda item with its documents, questions, responses, resolutions and declarations.
    public func item(id: String) throws -> ItemDetail {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM agenda_item WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound("agenda item", id)
            }
            let item = try AgendaItem(row: row, exemptParagraphs: try exemptions(id, db))
            guard let meetingRow = try Row.fetchOne(db, sql: """
                \(Self.listingColumns) FROM meeting m JOIN committee c ON c.id = m.committee_id WHERE m.id = ?
                """, arguments: [item.meetingID]) else { throw StoreError.notFound("meeting", item.meetingID) }
            let documents = try Row.fetchAll(db, sql: "SELECT * FROM document WHERE item_id = ? ORDER BY position",
                                             arguments: [id]).map { try document(row: $0, db) }
            let questions = try Row.fetchAll(db, sql: "SELECT * FROM question WHERE item_id = ? ORDER BY position",
                                             arguments: [id]).map { row in
                Question(id: (try row.decode(forColumn: "id")), itemID: id, position: (try row.decode(forColumn: "position")), speaker: (try row.decode(forColumn: "speaker")), text: (try row.decode(forColumn: "text")))
            }
            let responses = try Row.fetchAll(db, sql: "SELECT * FROM response WHERE item_id = ? ORDER BY position",
                                             arguments: [id]).map { row in
                let answers = try String.fetchAll(db, sql: """
                    SELECT a.question_id FROM response_answer a JOIN question q ON q.id = a.question_id
                    WHERE a.response_id = ? ORDER BY q.position
                    """, arguments: [(try row.decode(forColumn: "id")) as String])
                return Response(id: (try row.decode(forColumn: "id")), itemID: id, position: (try row.decode(forColumn: "position")), speaker: (try row.decode(forColumn: "speaker")),
                                text: (try row.decode(forColumn: "text")), answers: answers)
            }
            let resolutions = try Self.resolutions(db, where: "item_id = ?", [id])
            let declarations = try Row.fetchAll(db, sql: "SELECT * FROM declaration WHERE item_id = ? ORDER BY rowid",
                                                arguments: [id]).map(Declaration.init(row:))
            var detail = ItemDetail(item: item, meeting: try Self.listing(meetingRow), documents: documents, questions: questions,
                                    responses: responses, resolutions: resolutions, declarations: declarations,
                                    actions: try Self.actions(db, where: "a.item_id = ?", [id]).map(\.action))
            detail.recommendations = try Self.recommendations(db, where: "r.item_id = ?", [id])
            detail.callIn = try CallInSettings.of(committeeID: detail.meeting.meeting.committeeID, db)
            detail.callInRequest = try Self.callInRequests(db, where: "r.item_id = ?", [id]).first
            return detail
        }
    }

    /// One document with its paragraphs.
    public func document(id: String) throws -> Document {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound("document", id)
            }
            return try document(row: row, db)
        }
    }

    private func document(row: Row, _ db: Database) throws -> Document {
        let id: String = (try row.decode(forColumn: "id"))
        let paragraphs = try Row.fetchAll(db, sql: "SELECT number, kind, text, page FROM paragraph WHERE document_id = ? ORDER BY position",
                                          arguments: [id]).map { paragraph in
            Paragraph(kind: try paragraph.closed("kind", of: "a paragraph of document \(id)"), number: (try paragraph.decode(forColumn: "number")),
                      text: (try paragraph.decode(forColumn: "text")), page: (try paragraph.decode(forColumn: "page")))
        }
        return Document(id: id, itemID: (try row.decode(forColumn: "item_id")), kind: try row.closed("kind", of: "document \(id)"),
                        title: (try row.decode(forColumn: "title")), published: ((try row.decode(forColumn: "published")) as String?).flatMap { CalendarDate(iso: $0) },
                        source: (try row.decode(forColumn: "source")), exempt: (try row.decode(forColumn: "exempt")), paragraphs: paragraphs)
    }

    /// Resolutions matching `condition`, by item and position, with their named votes.
    static func resolutions(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Resolution] {
        try Row.fetchAll(db, sql: "SELECT * FROM resolution WHERE \(condition) ORDER BY item_id, position",
                         arguments: arguments).map { row in
            let votes = try Row.fetchAll(db, sql: "SELECT person, vote FROM named_vote WHERE resolution_id = ? ORDER BY rowid",
                                         arguments: [(try row.decode(forColumn: "id")) as String]).map { vote in
                NamedVote(person: (try vote.decode(forColumn: "person")), vote: try vote.closed("vote", of: "a named vote on resolution \((try row.decode(forColumn: "id")) as String)"))
            }
            return try Resolution(row: row, namedVotes: votes)
        }
    }

    private func exemptions(_ itemID: String, _ db: Database) throws -> [Int] {
        try Int.fetchAll(db, sql: "SELECT paragraph FROM item_exemption WHERE item_id = ? ORDER BY paragraph",
                         arguments: [itemID])
    }

    /// A meeting's columns, then its committee's name and how many items it has.
    static let listingColumns = """
        SELECT \(Meeting.columns), c.name, (SELECT count(*) FROM agenda_item i WHERE i.meeting_id = m.id)
        """

    static func listing(_ row: Row) throws -> MeetingListing {
        MeetingListing(meeting: try Meeting(row: row), committeeName: (try row.decode(atIndex: Meeting.Column.allCases.count)),
                       itemCount: (try row.decode(atIndex: Meeting.Column.allCases.count + 1)))
    }
}
