import ScrutinyModel

/// One Modern.gov web-service answer being read into papers: its meetings, their committees,
/// attendees, items and documents, and notes on what was not kept.
struct ModernGovAnswer {
    let file: String
    let context: PageContext
    var bundle = PaperBundle()
    var notes: [String] = []

    init(file: String, context: PageContext) {
        self.file = file
        self.context = context
    }

    func fail(_ node: XMLElementNode?, _ cause: String) -> FormatError {
        FormatError(file: file, line: node?.line, cause)
    }

    mutating func add(committee name: String) {
        let committee = ModernGovXMLReader.committee(named: name)
        if !bundle.committees.contains(where: { $0.id == committee.id }) { bundle.committees.append(committee) }
    }

    /// A `<meeting>`: of the committee around it in GetMeetings; in GetMeeting, of the committee
    /// its items are referred to and its documents filed under (it has no title of its own).
    mutating func readMeeting(_ node: XMLElementNode, committee outer: String?) throws {
        let items = node.child("agendaitems")?.children.filter { $0.name == "agendaitem" } ?? []
        let named = outer ?? node.value("committeetitle", "committeename")
            ?? items.lazy.compactMap { $0.value("refertocommittee") }.first
            ?? node.all("linkeddoc").lazy.compactMap { $0.value("committeetitle") }.first
        guard let committeeName = named.map(HTMLText.plain) ?? context.committee else {
            let id = node.value("committeeid").map { " (committee id \($0))" } ?? ""
            throw fail(node, "the meeting does not name its committee\(id): give --committee NAME")
        }
        add(committee: committeeName)
        let committee = ModernGovXMLReader.committee(named: committeeName)
        var date = context.date
        if let text = node.value("meetingdate", "date") {
            guard let parsed = DateText.parse(String(text.prefix(10))) else {
                throw fail(node.child("meetingdate", "date"), "the meeting date is written dd/mm/yyyy, not \"\(text)\"")
            }
            date = parsed
        }
        let minutes = node.value("meetingtime", "time").flatMap(ModernGovXMLReader.clockMinutes)
        var id = "\(committee.id)-\(date?.iso ?? "undated")"
        if bundle.meetings.contains(where: { $0.id == id }) { id += "-" + (node.value("meetingid") ?? "\(bundle.meetings.count + 1)") }
        // "Confirmed", "Confirmed; Special Meeting", "Cancelled", "Postponed", "Draft".
        let status = node.value("meetingstatus", "status")?.lowercased() ?? ""
        var meeting = Meeting(id: id, committeeID: committee.id,
                              start: date.map { MeetingTime(date: $0, hour: minutes.map { $0 / 60 }, minute: (minutes ?? 0) % 60) },
                              location: node.value("meetinglocation", "location", "venue").map(HTMLText.plain),
                              status: status.contains("cancel") || status.contains("postpone") ? .cancelled : .scheduled)
        if let attendees = node.child("attendees", "attendance") {
            readAttendees(attendees, meeting: meeting, committee: committee)
        }
        for (offset, itemNode) in items.enumerated() {
            try readItem(itemNode, meeting: meeting, committee: committeeName, position: offset + 1)
        }
        // Held: it has a record (minutes, decisions, who came) or a time it actually started.
        let itemIDs = Set(bundle.items.filter { $0.meetingID == id }.map(\.id))
        let record = ["minutepublished", "decisionpublished"].contains { ModernGovXMLReader.isTrue(node.value($0)) }
            || node.value("meetingactualstarttime") != nil
            || bundle.attendance.contains { $0.meetingID == id }
            || bundle.documents.contains { $0.kind == .minutes && itemIDs.contains($0.itemID) }
        // A meeting in the past that was not cancelled took place, whether or not its record is here.
        let past = date.map { day in context.today.map { day < $0 } ?? false } ?? false
        if meeting.status != .cancelled && (record || past) { meeting.status = .held }
        bundle.meetings.append(meeting)
    }

    /// `<attendee name= roledescription= attendance= politicalparty= ward= keyposts= representing=>`:
    /// members with their seat and attendance ("Present", "Present, as expected", "Apologies",
    /// "Absent", "Expected" before the meeting); officers ("Officer", "In attendance") are people
    /// with their post, not attendance.
    private mutating func readAttendees(_ node: XMLElementNode, meeting: Meeting, committee: Committee) {
        for attendee in node.children where attendee.name == "attendee" || attendee.name == "member" {
            guard let raw = attendee.attribute("name") ?? attendee.value("name", "membername", "attendeename", "fullname") else { continue }
            let name = ModernGovXMLReader.personName(HTMLText.plain(raw))
            let role = (attendee.attribute("roledescription", "role") ?? attendee.value("roledescription", "role")).map(HTMLText.plain) ?? ""
            let post = (attendee.attribute("keyposts", "representing") ?? attendee.value("keyposts", "representing")).map(HTMLText.plain)
            let id = Slug.make(name)
            guard !id.isEmpty else { continue }
            let lowerRole = role.lowercased()
            if lowerRole.contains("officer") {
                bundle.people.append(Person(id: id, name: name, role: .officer, title: post))
                continue
            }
            bundle.people.append(Person(id: id, name: name, role: .councillor, title: post,
                                        party: attendee.attribute("politicalparty").map(HTMLText.plain),
                                        ward: attendee.attribute("ward").map(HTMLText.plain)))
            let seat: String? = if lowerRole.contains("vice") {
                "Vice-Chair"
            } else if lowerRole.hasPrefix("chair") {
                "Chair"
            } else if lowerRole.contains("member") && !lowerRole.contains("substitute") && !lowerRole.contains("reserve") {
                "Member"
            } else {
                nil
            }
            if let seat { bundle.memberships.append(Membership(committeeID: committee.id, personID: id, role: seat)) }
            let attendance = (attendee.attribute("attendance") ?? attendee.value("attendance", "attendancestatus", "attended", "status"))?
                .lowercased() ?? ""
            let status: Attendance.Status? = if attendance.contains("apolog") {
                .apologies
            } else if attendance.contains("absent") {
                .absent
            } else if attendance.contains("present") || attendance.contains("in attendance") || attendance == "true" || attendance == "yes" {
                .present
            } else {
                nil // "Expected": the meeting has not happened yet.
            }
            if let status, !bundle.attendance.contains(where: { $0.meetingID == meeting.id && $0.person == name }) {
                bundle.attendance.append(Attendance(meetingID: meeting.id, person: name, status: status))
            }
        }
    }
}
