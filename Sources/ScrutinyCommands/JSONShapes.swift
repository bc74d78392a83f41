import ScrutinyModel

/// The shapes of `--json` output. Keys become snake_case; ids are the store's stable strings.
struct MeetingJSON: Encodable {
    var id: String
    var committeeId: String
    var committee: String
    var date: String?
    var time: String?
    var location: String?
    var status: String
    var hybrid: Bool
    var itemCount: Int

    init(_ listing: MeetingListing) {
        let meeting = listing.meeting
        id = meeting.id
        committeeId = meeting.committeeID
        committee = listing.committeeName
        date = meeting.start?.date.iso
        time = meeting.start?.clock.nilIfEmpty
        location = meeting.location
        status = meeting.status.rawValue
        hybrid = meeting.hybrid
        itemCount = listing.itemCount
    }
}

struct ItemSummaryJSON: Encodable {
    var id: String
    var number: String
    var title: String
    var keyDecision: Bool
    var exempt: Bool
    var exemptParagraphs: [Int]
    var callIn: String
    var callInExpires: String?
    var callInClock: CallInJSON?
    var documentCount: Int
    var questionCount: Int
    var resolutionCount: Int
    var noteCount: Int

    init(_ listing: ItemListing, in meeting: MeetingDetail) {
        let item = listing.item
        callInClock = meeting.callInClock(listing).map { CallInJSON($0, calendar: meeting.callIn.calendar, today: Today.date()) }
        id = item.id
        number = item.number
        title = item.title
        keyDecision = item.keyDecision
        exempt = item.isExempt
        exemptParagraphs = item.exemptParagraphs
        callIn = item.callIn.name
        callInExpires = item.callIn.expires?.iso
        documentCount = listing.documentCount
        questionCount = listing.questionCount
        resolutionCount = listing.resolutionCount
        noteCount = listing.noteCount
    }
}

struct MeetingDetailJSON: Encodable {
    struct AttendanceJSON: Encodable {
        struct MovementJSON: Encodable {
            var kind: String
            var at: String
        }

        var person: String
        var status: String
        /// member, substitute, co_opted, councillor, officer, other.
        var role: String
        var standingInFor: String?
        var title: String?
        /// Late arrival and early departure, kept for readers of the earlier shape.
        var arrived: String?
        var left: String?
        var movements: [MovementJSON]

        init(_ record: Attendance) {
            person = record.person
            status = record.status.rawValue
            role = record.role.rawValue
            standingInFor = record.standingInFor
            title = record.title
            arrived = record.arrived
            left = record.left
            movements = record.movements.map { MovementJSON(kind: $0.kind.rawValue, at: $0.at) }
        }
    }

    var meeting: MeetingJSON
    var items: [ItemSummaryJSON]
    var attendance: [AttendanceJSON]
    var declarations: [DeclarationJSON]
    /// The committee's earlier actions still open when the meeting began.
    var mattersArising: [ActionJSON]
    /// Where its minutes stand; nil for a meeting not yet held.
    var minutes: MinutesJSON?

    init(_ detail: MeetingDetail) {
        meeting = MeetingJSON(MeetingListing(meeting: detail.meeting, committeeName: detail.committee.name,
                                             itemCount: detail.items.count))
        items = detail.items.map { ItemSummaryJSON($0, in: detail) }
        attendance = detail.attendance.map(AttendanceJSON.init)
        declarations = detail.declarations.map(DeclarationJSON.init)
        mattersArising = detail.mattersArising.map(ActionJSON.init)
        minutes = detail.minutesStanding(today: Today.date()).map(MinutesJSON.init)
    }
}

struct DeclarationJSON: Encodable {
    var id: String
    var itemId: String?
    var person: String
    var kind: String
    var detail: String
    var action: String

    init(_ declaration: Declaration) {
        id = declaration.id
        itemId = declaration.itemID
        person = declaration.person
        kind = declaration.kind.rawValue
        detail = declaration.detail
        action = declaration.action.rawValue
    }
}
