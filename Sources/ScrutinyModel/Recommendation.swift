/// A scrutiny committee's recommendation to the executive, full council or a partner body,
/// followed from the resolution that made it until it is answered.
public struct Recommendation: Hashable, Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case notSent = "not_sent"
        case awaitingResponse = "awaiting_response"
        case responseOverdue = "response_overdue"
        case responded
        case signedOff = "signed_off"

        public var title: String {
            switch self {
            case .notSent: "not yet sent"
            case .awaitingResponse: "awaiting response"
            case .responseOverdue: "RESPONSE OVERDUE"
            case .responded: "responded"
            case .signedOff: "signed off"
            }
        }
    }

    public var id: String
    /// "RDSC (25/26) 01": the committee's prefix, the municipal year, the number in that year.
    public var reference: String
    public var committeeID: String
    public var meetingID: String?
    public var itemID: String?
    public var resolutionID: String?
    public var text: String
    /// To whom: "Cabinet", "Full Council", a partner body.
    public var addressee: String
    public var agreed: CalendarDate?
    /// When it was sent: the response clock starts.
    public var sent: CalendarDate?
    public var period: ResponsePeriod
    public var leadOfficer: String?
    public var executiveMember: String?
    public var response: RecommendationResponse?
    public var plan: [PlanStep] = []
    public var updates: [ProgressUpdate] = []
    public var signOff: SignOff?

    /// The latest rating given.
    public var rating: RAGRating? { updates.last { $0.rating != nil }?.rating }

    public init(id: String, reference: String, committeeID: String, meetingID: String? = nil, itemID: String? = nil,
                resolutionID: String? = nil, text: String, addressee: String, agreed: CalendarDate? = nil, sent: CalendarDate? = nil,
                period: ResponsePeriod = .statutory, leadOfficer: String? = nil, executiveMember: String? = nil,
                response: RecommendationResponse? = nil) {
        self.id = id
        self.reference = reference
        self.committeeID = committeeID
        self.meetingID = meetingID
        self.itemID = itemID
        self.resolutionID = resolutionID
        self.text = text
        self.addressee = addressee
        self.agreed = agreed
        self.sent = sent
        self.period = period
        self.leadOfficer = leadOfficer
        self.executiveMember = executiveMember
        self.response = response
    }

    /// "Sent Mon 30 Jun 2025; response due by Fri 29 Aug 2025 (2 months)"; nil until sent.
    public var sentSummary: String? {
        guard let sent, let due = responseDue else { return nil }
        return "Sent \(sent.short); response due by \(due.short) (\(period))"
    }

    /// The last day for the response: the period beginning with the day it was sent.
    public var responseDue: CalendarDate? { sent.map { period.lastDay(beginningWith: $0) } }

    public func status(today: CalendarDate) -> Status {
        if signOff != nil { return .signedOff }
        if response != nil { return .responded }
        guard let due = responseDue else { return .notSent }
        return today > due ? .responseOverdue : .awaitingResponse
    }

    /// "RDSC": the first letters of a committee's name, less "and", "of", "the", "for".
    public static func prefix(committeeName: String) -> String {
        committeeName.split(separator: " ").filter { !["and", "of", "the", "for", "&"].contains($0.lowercased()) }
            .compactMap(\.first).map { String($0).uppercased() }.joined()
    }

    /// The municipal year it is numbered in: its agreement's, else the one its reference names ("(25/26)").
    public var year: MunicipalYear? {
        if let agreed { return MunicipalYear(containing: agreed) }
        return reference.firstMatch(of: /\((\d\d)\/\d\d\)/).flatMap { Int($0.1) }.map { MunicipalYear(startYear: 2000 + $0) }
    }

    /// "RDSC (25/26) 03".
    public static func reference(prefix: String, year: MunicipalYear, number: Int) -> String {
        "\(prefix) (\(year.label)) \(CalendarDate.pad(number, 2))"
    }
}

/// The executive's (or partner body's) answer to a recommendation.
public struct RecommendationResponse: Hashable, Sendable {
    public enum Decision: String, CaseIterable, Sendable {
        case accepted
        case partiallyAccepted = "partially_accepted"
        case acceptedInPrinciple = "accepted_in_principle"
        case rejected, deferred

        public var title: String { rawValue.replacing("_", with: " ") }
    }

    public var received: CalendarDate
    /// Who answered: "Cabinet", "Cllr Joan Hale, Leader".
    public var responder: String
    /// Where: an executive meeting's item id, or "letter of 3 March 2026".
    public var venue: String?
    public var decision: Decision
    /// Why, where it is not simply accepted.
    public var reason: String?
    public var text: String

    /// "Response Wed 20 Aug 2025 from Cabinet: partially accepted — In the spring."
    public var summary: String {
        "Response \(received.short) from \(responder): \(decision.title)" + (reason.map { " — \($0)" } ?? "")
    }

    public init(received: CalendarDate, responder: String, venue: String? = nil, decision: Decision, reason: String? = nil, text: String = "") {
        self.received = received
        self.responder = responder
        self.venue = venue
        self.decision = decision
        self.reason = reason
        self.text = text
    }
}
