import ScrutinyModel

/// A decision's call-in clock as of today: `show item --json` and `show meeting --json`.
struct CallInJSON: Encodable {
    var published: String?
    /// True when the papers give no publication day and the meeting's is taken.
    var publicationAssumed: Bool
    /// "2026-12-16T17:00".
    var expires: String
    /// papers (the papers give the expiry) or rules (computed from publication and the council's rules).
    var source: String
    /// The council's period, "5 working days".
    var period: String
    var workingDaysLeft: Int
    /// to_come (not yet published), open, closed, called_in, or waived (taken as urgent).
    var status: String
    var badge: String
    /// The call-in recorded here, when there is one.
    var request: CallInRequestJSON?

    init(_ clock: CallInClock, calendar: WorkingCalendar, today: CalendarDate) {
        published = clock.published?.iso
        publicationAssumed = clock.publicationAssumed
        expires = clock.expires.iso
        source = clock.source.rawValue
        period = clock.rules.period
        workingDaysLeft = clock.workingDaysLeft(today: today, calendar: calendar)
        status = clock.calledIn ? "called_in" : clock.waived ? "waived" : clock.notYetOpen(today: today) ? "to_come"
            : today > clock.expires.date ? "closed" : "open"
        badge = clock.badge(today: today, calendar: calendar)
        request = clock.request.map { CallInRequestJSON($0, today: today) }
    }
}

/// A call-in: who signed, on what grounds, the hearing and its outcome (`call-in list --json`).
struct CallInRequestJSON: Encodable {
    var id: String
    var itemId: String
    var requested: String
    var signatories: [String]
    var grounds: [String]
    var reason: String?
    var committeeId: String
    var hearingDue: String?
    var heardAt: String?
    var heardOn: String?
    /// no_further_action, referred_back or referred_to_council; nil until heard.
    var outcome: String?
    var outcomeNote: String?
    var reconsiderationDue: String?
    var badge: String
    var summary: String

    init(_ request: CallInRequest, today: CalendarDate) {
        id = request.id
        itemId = request.itemID
        requested = request.requested.iso
        signatories = request.signatories
        grounds = request.grounds
        reason = request.reason
        committeeId = request.committeeID
        hearingDue = request.hearingDue?.iso
        heardAt = request.heardAt
        heardOn = request.heardOn?.iso
        outcome = request.outcome?.rawValue.replacing(" ", with: "_")
        outcomeNote = request.outcomeNote
        reconsiderationDue = request.reconsiderationDue?.iso
        badge = request.badge(today: today)
        summary = request.summary
    }
}

/// A held meeting's minutes: approved (where, when, with what amendments), a draft, or not
/// approved although the committee has met since.
struct MinutesJSON: Encodable {
    /// approved, draft or not_approved.
    var status: String
    var approvedAt: String?
    var approvedOn: String?
    var resolutionId: String?
    var amendments: String?
    var nextMeeting: String?

    init(_ standing: MinutesStanding) {
        switch standing {
        case .approved(let approval):
            status = "approved"
            approvedAt = approval.meetingID
            approvedOn = approval.day?.iso
            resolutionId = approval.resolutionID
            amendments = approval.amendments
        case .draft(let next):
            status = "draft"
            nextMeeting = next?.iso
        case .notApproved(let next):
            status = "not_approved"
            nextMeeting = next.iso
        }
    }
}
