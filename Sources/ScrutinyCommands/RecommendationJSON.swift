import ScrutinyModel

/// A recommendation as `recs … --json` gives it, with its status as of today.
struct RecommendationJSON: Encodable {
    struct ResponseJSON: Encodable {
        var received: String
        var responder: String
        var venue: String?
        var decision: String
        var reason: String?
        var text: String
    }

    var id: String
    var reference: String
    var committeeID: String
    var meetingID: String?
    var itemID: String?
    var resolutionID: String?
    var text: String
    var addressee: String
    var agreed: String?
    var sent: String?
    var period: String
    var responseDue: String?
    /// not_sent, awaiting_response, response_overdue, responded: as of today.
    var status: String
    var leadOfficer: String?
    var executiveMember: String?
    var response: ResponseJSON?
    var plan: [PlanJSON]
    var updates: [UpdateJSON]
    /// The latest rating: green, amber or red.
    var rag: String?
    var signedOff: String?
    var signedOffMeetingID: String?

    struct PlanJSON: Encodable {
        var text: String
        var owner: String
        var target: String?
    }

    struct UpdateJSON: Encodable {
        var date: String
        var text: String
        var rag: String?
        var assessment: Int?
        var revisedDate: String?
        var by: String?
    }

    init(_ recommendation: Recommendation, today: CalendarDate) {
        id = recommendation.id
        reference = recommendation.reference
        committeeID = recommendation.committeeID
        meetingID = recommendation.meetingID
        itemID = recommendation.itemID
        resolutionID = recommendation.resolutionID
        text = recommendation.text
        addressee = recommendation.addressee
        agreed = recommendation.agreed?.iso
        sent = recommendation.sent?.iso
        period = recommendation.period.description
        responseDue = recommendation.responseDue?.iso
        status = recommendation.status(today: today).rawValue
        leadOfficer = recommendation.leadOfficer
        executiveMember = recommendation.executiveMember
        plan = recommendation.plan.map { PlanJSON(text: $0.text, owner: $0.owner, target: $0.target?.iso) }
        updates = recommendation.updates.map {
            UpdateJSON(date: $0.date.iso, text: $0.text, rag: $0.rating?.rawValue, assessment: $0.assessment?.rawValue,
                       revisedDate: $0.revisedDate?.iso, by: $0.by)
        }
        rag = recommendation.rating?.rawValue
        signedOff = recommendation.signOff?.date.iso
        signedOffMeetingID = recommendation.signOff?.meetingID
        response = recommendation.response.map {
            ResponseJSON(received: $0.received.iso, responder: $0.responder, venue: $0.venue, decision: $0.decision.rawValue,
                         reason: $0.reason, text: $0.text)
        }
    }
}
