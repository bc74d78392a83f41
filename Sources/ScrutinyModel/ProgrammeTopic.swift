/// A topic on a committee's work programme for a municipal year: where it came from, how it
/// scores against the committee's criteria, the meeting it is planned for, who leads, where it
/// stands, and — once heard — the items that heard it and the recommendations made on it. A
/// task-and-finish review is a topic with terms of reference, members, evidence sessions and a
/// final report.
public struct ProgrammeTopic: Hashable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case proposed, planned, heard, deferred, dropped, completed
    }

    public var id: String
    /// "RDSC WP 25/26 03".
    public var reference: String
    public var committeeID: String
    public var year: MunicipalYear
    public var title: String
    /// Where it came from: "member suggestion", "resident", "call-in", "Cabinet forward plan".
    public var source: String?
    public var scores: [String: Int]
    public var targetMeetingID: String?
    /// The target meeting's day, as the store knows it.
    public var targetDay: CalendarDate?
    public var lead: String?
    public var status: Status
    public var notes: String?
    /// The agenda items that heard it, and the references of recommendations made on it.
    public var items: [String] = []
    public var recommendations: [String] = []
    public var review: Review?

    public init(id: String = "", reference: String = "", committeeID: String, year: MunicipalYear, title: String, source: String? = nil,
                scores: [String: Int] = [:], targetMeetingID: String? = nil, lead: String? = nil, status: Status = .proposed,
                notes: String? = nil, review: Review? = nil) {
        self.id = id
        self.reference = reference
        self.committeeID = committeeID
        self.year = year
        self.title = title
        self.source = source
        self.scores = scores
        self.targetMeetingID = targetMeetingID
        self.lead = lead
        self.status = status
        self.notes = notes
        self.review = review
    }

    /// A task-and-finish group's review of the topic.
    public struct Review: Hashable, Sendable, Codable {
        public var terms: String
        public var members: [String]
        public var reportDue: CalendarDate?
        /// The final report: where it was presented (an item id) or its title.
        public var finalReport: String?
        public var sessions: [EvidenceSession]

        public init(terms: String, members: [String] = [], reportDue: CalendarDate? = nil, finalReport: String? = nil,
                    sessions: [EvidenceSession] = []) {
            self.terms = terms
            self.members = members
            self.reportDue = reportDue
            self.finalReport = finalReport
            self.sessions = sessions
        }
    }

    /// One evidence session of a review: when, whom the group heard, what it learnt.
    public struct EvidenceSession: Hashable, Sendable, Codable {
        public var day: CalendarDate
        public var witnesses: [String]
        public var notes: String

        public init(day: CalendarDate, witnesses: [String], notes: String) {
            self.day = day
            self.witnesses = witnesses
            self.notes = notes
        }
    }

    /// "planned for Tue 13 Oct 2026", "heard", "proposed" — with the review's state when it is one.
    public var standing: String {
        var text = status.rawValue
        if status == .planned || status == .deferred, let day = targetDay { text += " for \(day.short)" }
        if let review, status != .completed {
            text += review.finalReport != nil ? " · review reported" : " · review, \(review.sessions.count) evidence \(review.sessions.count == 1 ? "session" : "sessions")"
        }
        return text
    }

    /// The reference a committee's topic takes: its prefix, "WP", the year and the number.
    public static func reference(prefix: String, year: MunicipalYear, number: Int) -> String {
        "\(prefix) WP \(year.label) " + (number < 10 ? "0\(number)" : "\(number)")
    }
}
