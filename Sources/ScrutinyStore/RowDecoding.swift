import GRDB
import ScrutinyModel

/// Turns rows of the papers store into model values. Each reads the columns its query selects
/// by name; an unknown stored value (a newer writer's) falls back rather than crashing.
extension Meeting {
    /// The columns `init(row:)` reads, in order, from a query on `meeting m`. By position,
    /// because the meetings list decodes thousands of rows on the way to the first frame.
    static let columns = "m.id, m.committee_id, m.start_date, m.start_minutes, m.location, m.status, m.hybrid"

    init(row: Row) {
        let date: CalendarDate? = (row[2] as String?).flatMap { CalendarDate(iso: $0) }
        let minutes: Int? = row[3]
        self.init(id: row[0], committeeID: row[1],
                  start: date.map { MeetingTime(date: $0, hour: minutes.map { $0 / 60 }, minute: (minutes ?? 0) % 60) },
                  location: row[4], status: Meeting.Status(rawValue: row[5]) ?? .scheduled, hybrid: row[6])
    }
}

extension Committee {
    init(row: Row) {
        self.init(id: row["id"], bodyID: row["body_id"], name: row["name"],
                  kind: Committee.Kind(rawValue: row["kind"]) ?? .other, quorum: row["quorum"],
                  resolutionStyle: ResolutionLabelStyle(rawValue: row["resolution_style"]) ?? .letter)
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
    init(row: Row, namedVotes: [NamedVote]) {
        let votesFor: Int? = row["votes_for"]
        let votes = votesFor.map { VoteTally(for: $0, against: row["votes_against"], abstain: row["votes_abstain"]) }
        self.init(id: row["id"], itemID: row["item_id"], position: row["position"], label: row["label"],
                  text: row["text"], outcome: Resolution.Outcome(rawValue: row["outcome"]) ?? .agreed,
                  isFinal: row["is_final"], votes: votes, unanimous: row["unanimous"], namedVotes: namedVotes,
                  recordedBy: row["recorded_by"], recordedAt: row["recorded_at"])
    }
}

extension Declaration {
    init(row: Row) {
        self.init(id: row["id"], meetingID: row["meeting_id"], itemID: row["item_id"], person: row["person"],
                  kind: Declaration.Kind(rawValue: row["kind"]) ?? .nonRegistrable, detail: row["detail"],
                  action: Declaration.Action(rawValue: row["action"]) ?? .remained)
    }
}

extension Attendance {
    init(row: Row) {
        self.init(meetingID: row["meeting_id"], person: row["person"],
                  status: Attendance.Status(rawValue: row["status"]) ?? .present,
                  arrived: row["arrived"], left: row["left_at"])
    }
}
