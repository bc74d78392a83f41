import GRDB
import ScrutinyModel

/// Turns rows of the papers store into model values. Each reads the columns its query selects
/// by name (the meeting by a column list that its SELECT is built from); a closed-set value the
/// schema does not allow is reported as a damaged row, never guessed.
extension Row {
    /// The value of a status, kind or outcome column, named `column` in the error.
    func closed<Value: RawRepresentable>(_ column: String, at index: Int? = nil, of what: @autoclosure () -> String) throws -> Value
    where Value.RawValue == String {
        let raw: String? = index.map { self[$0] } ?? self[column]
        guard let raw, let value = Value(rawValue: raw) else {
            throw StoreError("\(what()) has \(column) “\(raw ?? "NULL")”, which this Scrutiny does not know: "
                             + "the store is damaged, or was written by a newer Scrutiny", kind: .corrupt)
        }
        return value
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
        let date: CalendarDate? = (row[Column.startDate.rawValue] as String?).flatMap { CalendarDate(iso: $0) }
        let minutes: Int? = row[Column.startMinutes.rawValue]
        let id: String = row[Column.id.rawValue]
        self.init(id: id, committeeID: row[Column.committeeID.rawValue],
                  start: date.map { MeetingTime(date: $0, hour: minutes.map { $0 / 60 }, minute: (minutes ?? 0) % 60) },
                  location: row[Column.location.rawValue],
                  status: try row.closed("status", at: Column.status.rawValue, of: "meeting \(id)"), hybrid: row[Column.hybrid.rawValue])
    }
}

extension Committee {
    init(row: Row) throws {
        let id: String = row["id"]
        self.init(id: id, bodyID: row["body_id"], name: row["name"],
                  kind: try row.closed("kind", of: "committee \(id)"), quorum: row["quorum"],
                  resolutionStyle: try row.closed("resolution_style", of: "committee \(id)"))
    }
}

extension AgendaItem {
    init(row: Row, exemptParagraphs: [Int]) {
        let expires: CalendarDate? = (row["call_in_expires"] as String?).flatMap { CalendarDate(iso: $0) }
        let callIn: CallIn = switch row["call_in"] as String {
        case "subject": .subject(expires: expires)
        case "called_in": .calledIn
        default: .none
        }
        self.init(id: row["id"], meetingID: row["meeting_id"], number: row["number"], position: row["position"],
                  title: row["title"], purpose: row["purpose"], kind: row["kind"], keyDecision: row["key_decision"],
                  decisionMaker: row["decision_maker"], decisionStatus: row["decision_status"],
                  decisionDate: (row["decision_date"] as String?).flatMap { CalendarDate(iso: $0) },
                  portfolio: row["portfolio"], author: row["author"], reference: row["reference"],
                  callIn: callIn, exempt: row["exempt"], exemptParagraphs: exemptParagraphs)
    }
}

extension Resolution {
    init(row: Row, namedVotes: [NamedVote]) throws {
        let votesFor: Int? = row["votes_for"]
        let votes = votesFor.map { VoteTally(for: $0, against: row["votes_against"], abstain: row["votes_abstain"]) }
        let id: String = row["id"]
        self.init(id: id, itemID: row["item_id"], position: row["position"], label: row["label"],
                  text: row["text"], outcome: try row.closed("outcome", of: "resolution \(id)"),
                  isFinal: row["is_final"], votes: votes, unanimous: row["unanimous"], namedVotes: namedVotes,
                  recordedBy: row["recorded_by"], recordedAt: row["recorded_at"])
    }
}

extension Declaration {
    init(row: Row) throws {
        let id: String = row["id"]
        self.init(id: id, meetingID: row["meeting_id"], itemID: row["item_id"], person: row["person"],
                  kind: try row.closed("kind", of: "declaration \(id)"), detail: row["detail"],
                  action: try row.closed("action", of: "declaration \(id)"))
    }
}

extension Attendance {
    init(row: Row) throws {
        let person: String = row["person"]
        self.init(meetingID: row["meeting_id"], person: person,
                  status: try row.closed("status", of: "the attendance of \(person)"),
                  arrived: row["arrived"], left: row["left_at"])
    }
}
