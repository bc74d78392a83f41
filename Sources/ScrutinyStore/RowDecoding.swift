import GRDB
import ScrutinyModel

/// Turns rows of the papers store into model values. Each reads the columns its query selects
/// by name (the meeting by a column list that its SELECT is built from); a closed-set value the
/// schema does not allow is reported as a damaged row, never guessed.
extension Row {
    /// The value of a status, kind or outcome column, named `column` in the error.
    func closed<Value: RawRepresentable>(_ column: String, at index: Int? = nil, of what: String) throws -> Value
    where Value.RawValue == String {
        let raw: String? = try index.map { try decode(atIndex: $0) } ?? decode(forColumn: column)
        guard let raw, let value = Value(rawValue: raw) else {
            throw StoreError("\(what) has \(column) “\(raw ?? "NULL")”, which this Scrutiny does not know: "
                             + "the store is damaged, or was written by a newer Scrutiny", kind: .corrupt)
        }
        return value
    }

    /// As `closed`, for a column that may be NULL.
    func closedIfPresent<Value: RawRepresentable>(_ column: String, of what: String) throws -> Value? where Value.RawValue == String {
        (try decode(forColumn: column) as String?) == nil ? nil : try closed(column, of: what)
    }
}

extension Meeting {
    /// The columns `init(row:)` reads, by position, because the meetings list decodes thousands
    /// of rows on the way to the first frame; the SELECT list is made from the same cases.
    enum Column: Int, CaseIterable {
        case id, committeeID, startDate, startMinutes, location, status, hybrid

        var name: String {
            switch self {
            case .id: "id"
            case .committeeID: "committee_id"
            case .startDate: "start_date"
            case .startMinutes: "start_minutes"
            case .location: "location"
            case .status: "status"
            case .hybrid: "hybrid"
            }
        }
    }

    /// The SELECT list for a query on `meeting m`; further columns follow from `Column.allCases.count`.
    static let columns = Column.allCases.map { "m.\($0.name)" }.joined(separator: ", ")

    init(row: Row) throws {
        let date: CalendarDate? = ((try row.decode(atIndex: Column.startDate.rawValue)) as String?).flatMap { CalendarDate(iso: $0) }
        let minutes: Int? = (try row.decode(atIndex: Column.startMinutes.rawValue))
        let id: String = (try row.decode(atIndex: Column.id.rawValue))
        self.init(id: id, committeeID: (try row.decode(atIndex: Column.committeeID.rawValue)),
                  start: date.map { MeetingTime(date: $0, hour: minutes.map { $0 / 60 }, minute: (minutes ?? 0) % 60) },
                  location: (try row.decode(atIndex: Column.location.rawValue)),
                  status: try row.closed("status", at: Column.status.rawValue, of: "meeting \(id)"), hybrid: (try row.decode(atIndex: Column.hybrid.rawValue)))
    }
}

extension Committee {
    init(row: Row) throws {
        let id: String = (try row.decode(forColumn: "id"))
        self.init(id: id, bodyID: (try row.decode(forColumn: "body_id")), name: (try row.decode(forColumn: "name")),
                  kind: try row.closed("kind", of: "committee \(id)"), quorum: (try row.decode(forColumn: "quorum")),
                  resolutionStyle: try row.closed("resolution_style", of: "committee \(id)"),
                  recommendationPrefix: (try row.decode(forColumn: "recommendation_prefix")))
        programmeCriteria = CallInSettings.decode(try row.decode(forColumn: "programme_criteria"))
    }
}

extension AgendaItem {
    init(row: Row, exemptParagraphs: [Int]) throws {
        let expires: CalendarDate? = ((try row.decode(forColumn: "call_in_expires")) as String?).flatMap { CalendarDate(iso: $0) }
        let callIn: CallIn = switch (try row.decode(forColumn: "call_in")) as String {
        case "subject": .subject(expires: expires)
        case "called_in": .calledIn
        default: .none
        }
        self.init(id: (try row.decode(forColumn: "id")), meetingID: (try row.decode(forColumn: "meeting_id")), number: (try row.decode(forColumn: "number")), position: (try row.decode(forColumn: "position")),
                  title: (try row.decode(forColumn: "title")), purpose: (try row.decode(forColumn: "purpose")), kind: (try row.decode(forColumn: "kind")), keyDecision: (try row.decode(forColumn: "key_decision")),
                  decisionMaker: (try row.decode(forColumn: "decision_maker")), decisionStatus: (try row.decode(forColumn: "decision_status")),
                  decisionDate: ((try row.decode(forColumn: "decision_date")) as String?).flatMap { CalendarDate(iso: $0) },
                  portfolio: (try row.decode(forColumn: "portfolio")), author: (try row.decode(forColumn: "author")), reference: (try row.decode(forColumn: "reference")),
                  callIn: callIn, exempt: (try row.decode(forColumn: "exempt")), exemptParagraphs: exemptParagraphs)
        urgent = (try row.decode(forColumn: "urgent") as Bool?) ?? false
    }
}

extension Resolution {
    init(row: Row, namedVotes: [NamedVote]) throws {
        let votesFor: Int? = (try row.decode(forColumn: "votes_for"))
        let votes = try votesFor.map { VoteTally(for: $0, against: (try row.decode(forColumn: "votes_against")), abstain: (try row.decode(forColumn: "votes_abstain"))) }
        let id: String = (try row.decode(forColumn: "id"))
        self.init(id: id, itemID: (try row.decode(forColumn: "item_id")), position: (try row.decode(forColumn: "position")), label: (try row.decode(forColumn: "label")),
                  text: (try row.decode(forColumn: "text")), outcome: try row.closed("outcome", of: "resolution \(id)"),
                  isFinal: (try row.decode(forColumn: "is_final")), votes: votes, unanimous: (try row.decode(forColumn: "unanimous")), namedVotes: namedVotes,
                  recordedBy: (try row.decode(forColumn: "recorded_by")), recordedAt: (try row.decode(forColumn: "recorded_at")))
        inquorate = try row.decode(forColumn: "inquorate")
        excludesPublic = try row.decode(forColumn: "excludes_public")
    }
}

extension Declaration {
    init(row: Row) throws {
        let id: String = (try row.decode(forColumn: "id"))
        self.init(id: id, meetingID: (try row.decode(forColumn: "meeting_id")), itemID: (try row.decode(forColumn: "item_id")), person: (try row.decode(forColumn: "person")),
                  kind: try row.closed("kind", of: "declaration \(id)"), detail: (try row.decode(forColumn: "detail")),
                  action: try row.closed("action", of: "declaration \(id)"))
    }
}
