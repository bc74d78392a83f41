import ScrutinyModel

/// What is new for a member, worded once for the command line and the "New for you" screen:
/// the matches for each topic they watch, then what else arrived, then responses to the
/// committee's recommendations now due (within a fortnight) or overdue.
public struct NewsReport: Encodable, Sendable {
    public struct Topic: Encodable, Sendable {
        public var topic: String
        public var committee: String?
        public var matches: [Match]
    }

    public struct Match: Encodable, Sendable {
        public var id: Int64
        public var read: Bool
        public var kind: String
        public var itemId: String
        public var itemTitle: String
        public var meetingId: String
        public var meetingDate: String?
        public var committee: String
        public var refId: String
        /// The paragraph's number and page, for citation, and its place in its document.
        public var paragraph: Int?
        public var page: Int?
        public var position: Int?
        public var snippet: String
        /// "p. 2, ¶3", "¶3", or empty: where in its paper.
        public var citation: String
        /// "Thu 17 Sep 2026  Overview and Scrutiny Committee — Digital inclusion action plan".
        public var place: String
    }

    public struct Paper: Encodable, Sendable {
        /// "new meeting", "new paper" or "changed paper".
        public var change: String
        public var title: String
        public var itemId: String?
        public var meetingId: String
        public var meetingDate: String?
        public var committee: String
        /// "New paper: Digital inclusion action plan", and where it is: "Overview and Scrutiny
        /// Committee, Thu 17 Sep 2026 — 4. Digital inclusion".
        public var what: String
        public var place: String

        /// "New meeting: Cabinet, Tue 15 Dec 2026", "New paper: Report (Cabinet, Tue 15 Dec 2026 — 6. Budget)".
        public var line: String { change == "new meeting" ? "\(what): \(place)" : "\(what) (\(place))" }
    }

    public struct Response: Encodable, Sendable {
        public var reference: String
        public var addressee: String
        public var due: String
        public var overdue: Bool
        public var line: String
    }

    /// The topics the member watches, as they wrote them.
    public var watching: [String]
    public var topics: [Topic]
    public var arrived: [Paper]
    public var responses: [Response]

    public init(watching: [String], items: [NewsItem], arrivals: [Arrival], responses: [Response]) {
        self.watching = watching
        var topics: [Topic] = []
        for item in items {
            let hit = item.hit
            let match = Match(id: item.id, read: item.read, kind: hit.kind.rawValue, itemId: hit.itemID, itemTitle: hit.itemTitle,
                              meetingId: hit.meetingID, meetingDate: hit.meetingDate?.iso, committee: hit.committeeName, refId: hit.refID,
                              paragraph: hit.paragraphNumber, page: hit.page, position: hit.paragraph, snippet: hit.snippet.text,
                              citation: String(hit.citation.dropFirst()),
                              place: "\(hit.meetingDate?.short ?? "undated")  \(hit.committeeName) — \(hit.itemTitle)")
            if topics.last?.topic == item.topic && topics.last?.committee == item.topicCommittee {
                topics[topics.count - 1].matches.append(match)
            } else {
                topics.append(Topic(topic: item.topic, committee: item.topicCommittee, matches: [match]))
            }
        }
        self.topics = topics
        arrived = arrivals.map { arrival in
            let meeting = "\(arrival.committee), \(arrival.meetingDate?.short ?? "undated")"
            let isMeeting = arrival.kind == "meeting"
            return Paper(change: isMeeting ? "new meeting" : arrival.isNew ? "new paper" : "changed paper",
                         title: isMeeting ? meeting : arrival.title, itemId: arrival.itemID, meetingId: arrival.meetingID,
                         meetingDate: arrival.meetingDate?.iso, committee: arrival.committee,
                         what: isMeeting ? "New meeting" : "\(arrival.isNew ? "New" : "Changed") paper: \(arrival.title)",
                         place: isMeeting ? meeting : "\(meeting) — \(arrival.itemTitle)")
        }
        self.responses = responses
    }

    /// A recommendation's response as news: overdue, or due within a fortnight; else nil.
    public static func responseDue(_ recommendation: Recommendation, today: CalendarDate) -> Response? {
        let status = recommendation.status(today: today)
        guard let due = recommendation.responseDue, status == .responseOverdue
                || status == .awaitingResponse && due.dayNumber - today.dayNumber <= 14 else { return nil }
        let overdue = status == .responseOverdue
        return Response(reference: recommendation.reference, addressee: recommendation.addressee, due: due.iso, overdue: overdue,
                        line: "Response \(overdue ? "OVERDUE" : "due") from \(recommendation.addressee) to \(recommendation.reference): \(overdue ? "was due" : "due") \(due.short)")
    }

    public var unread: Int { topics.flatMap(\.matches).filter { !$0.read }.count }

    /// The report as lines of text, as `scrutiny news` prints it.
    public func lines(since: CalendarDate? = nil) -> [String] {
        var lines: [String] = []
        let matches = topics.flatMap(\.matches).count
        if watching.isEmpty {
            lines.append("You watch no topics: scrutiny watch add \"digital exclusion\" tells you of papers that speak of it.")
        } else {
            lines.append(matches == 0 ? "No new matches for your topics." : "\(matches) new match\(matches == 1 ? "" : "es") for your topics"
                         + (since.map { " since \($0.short)" } ?? "") + ":")
        }
        for topic in topics {
            lines.append("")
            lines.append("Topic “\(topic.topic)”" + (topic.committee.map { " (committee: \($0))" } ?? "") + ": \(topic.matches.count)")
            for match in topic.matches {
                lines.append("  [\(match.id)]\(match.read ? " (read)" : "") \(match.place)" + (match.citation.isEmpty ? "" : " \(match.citation)"))
                lines.append("      \(match.snippet)")
            }
        }
        lines.append("")
        lines.append(arrived.isEmpty ? "Nothing else new" + (since.map { " since \($0.short)." } ?? " since you last looked.")
                     : "Also new" + (since.map { " since \($0.short)" } ?? " since you last looked") + ":")
        lines += arrived.map { "  " + $0.line }
        if !responses.isEmpty {
            lines.append("")
            lines.append("Responses to recommendations:")
            lines += responses.map { "  " + $0.line }
        }
        if topics.contains(where: { $0.matches.contains { !$0.read } }) {
            lines.append("")
            lines.append("Mark them read: scrutiny news read NUMBER… or --all")
        }
        return lines
    }
}

extension MemberNotes {
    /// The member's news as of now: their topics matched against what arrived, then the report.
    /// `after` nil reports what arrived since they last looked and counts as looking; a number
    /// reports what arrived after it (a screen already open keeps its list), `foundSince`
    /// (seconds since 1970) everything found and arrived since then, read or not, not looking.
    public func newsReport(today: CalendarDate, after: Int64? = nil, foundSince: Int? = nil) throws -> (report: NewsReport, after: Int64) {
        try refreshNews()
        let latest = try papers.latestArrival()
        let from = try foundSince.map { try papers.firstArrival(since: $0) - 1 } ?? after ?? lookedThrough()
        let report = NewsReport(watching: try topics().map(\.words), items: try news(unreadOnly: foundSince == nil, foundSince: foundSince),
                                arrivals: try papers.arrivals(after: from, through: latest),
                                responses: try papers.recommendations().compactMap { NewsReport.responseDue($0, today: today) })
        if after == nil && foundSince == nil { try looked(through: latest) }
        return (report, from)
    }
}
