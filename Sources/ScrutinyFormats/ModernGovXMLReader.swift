import ScrutinyModel

/// Reads the answers of Modern.gov's web service (`mgWebService.asmx`): `GetMeeting` (a meeting
/// with its agenda items, decisions and minutes as HTML, linked documents and attendees),
/// `GetMeetings` (a committee's meetings) and `GetCommittees`. Element names are matched
/// without regard to case; dates are dd/mm/yyyy. See docs/formats.md.
public enum ModernGovXMLReader {
    /// The root elements of the answers Scrutiny reads.
    static let roots: Set<String> = ["meeting", "getmeeting", "meetings", "getmeetings", "getmeetingsbydate",
                                     "committees", "getcommittees"]

    public static func recognises(_ source: SourceText) -> Bool {
        let head = source.lines.prefix(20).map(\.text).joined(separator: "\n").prefix(600).lowercased()
        guard head.drop(while: \.isWhitespace).hasPrefix("<") else { return false }
        return roots.contains { head.contains("<\($0)>") || head.contains("<\($0) ") }
    }

    /// Reads decoded text: the XML declaration's encoding has been applied, so the parser is
    /// given the text as UTF-8 without it.
    public static func read(_ source: SourceText, context: PageContext = PageContext()) throws -> PaperBundle {
        var text = source.lines.map(\.text).joined(separator: "\n")
        if let start = text.range(of: "<?xml"), text[..<start.lowerBound].allSatisfy(\.isWhitespace),
           let end = text.range(of: "?>") {
            // Spaces in place of the declaration, so that line numbers stay those of the file.
            let blank = String(text[..<end.upperBound].map { $0 == "\n" ? "\n" : " " })
            text.replaceSubrange(..<end.upperBound, with: blank)
        }
        let file = source.file
        let root = try XMLElementNode.parse(Array(text.utf8), file: file)
        let fail = { (node: XMLElementNode?, cause: String) in FormatError(file: file, line: node?.line, cause) }
        var bundle = PaperBundle()
        let committees = root.name.contains("committee") ? root.all("committee") + (root.name == "committee" ? [root] : []) : []
        for node in committees {
            guard let title = node.value("committeetitle", "committeename", "title", "name").map(HTMLText.plain) else {
                throw fail(node, "a committee has no <committeetitle>")
            }
            bundle.committees.append(committee(named: title))
        }
        let meetings = root.name == "meeting" ? [root] : root.all("meeting")
        for node in meetings {
            try readMeeting(node, context: context, file: file, fail: fail, into: &bundle)
        }
        guard !bundle.committees.isEmpty || !bundle.meetings.isEmpty else {
            throw fail(root, "the answer holds no <meeting> or <committee>")
        }
        return bundle
    }

    static func committee(named name: String) -> Committee {
        Committee(id: Slug.make(name), name: name, kind: ModernGovPageReader.kind(of: name))
    }

    private static func readMeeting(_ node: XMLElementNode, context: PageContext, file: String,
                                    fail: (XMLElementNode?, String) -> FormatError, into bundle: inout PaperBundle) throws {
        guard let committeeName = node.value("committeetitle", "committeename").map(HTMLText.plain) ?? context.committee else {
            let id = node.value("committeeid").map { " (committee id \($0))" } ?? ""
            throw fail(node, "the meeting does not name its committee\(id): give --committee NAME")
        }
        let committee = committee(named: committeeName)
        if !bundle.committees.contains(where: { $0.id == committee.id }) { bundle.committees.append(committee) }
        var date: CalendarDate?
        if let text = node.value("meetingdate", "date") {
            guard let parsed = DateText.parse(String(text.prefix(10))) else {
                throw fail(node.child("meetingdate", "date"), "the meeting date is written dd/mm/yyyy, not \"\(text)\"")
            }
            date = parsed
        }
        date = date ?? context.date
        let minutes = node.value("meetingtime", "time").flatMap(clockMinutes)
        let status = node.value("meetingstatus", "status")?.lowercased() ?? ""
        var meeting = Meeting(id: "\(committee.id)-\(date?.iso ?? "undated")", committeeID: committee.id,
                              start: date.map { MeetingTime(date: $0, hour: minutes.map { $0 / 60 }, minute: (minutes ?? 0) % 60) },
                              location: node.value("meetinglocation", "location", "venue").map(HTMLText.plain),
                              status: status.contains("cancel") ? .cancelled : .scheduled)
        if let attendees = node.child("attendees", "attendance") {
            readAttendees(attendees, meeting: meeting, committee: committee, into: &bundle)
        }
        let items = node.child("agendaitems")?.children.filter { $0.name == "agendaitem" } ?? []
        for (offset, itemNode) in items.enumerated() {
            try readItem(itemNode, meeting: meeting, committee: committeeName, position: offset + 1, file: file,
                         fail: fail, into: &bundle)
        }
        let recorded = bundle.resolutions.contains { $0.itemID.hasPrefix(meeting.id) } || !bundle.attendance.isEmpty
            || bundle.documents.contains { $0.kind == .minutes && $0.itemID.hasPrefix(meeting.id) }
        if meeting.status != .cancelled && recorded { meeting.status = .held }
        bundle.meetings.append(meeting)
    }

    /// "Present", "Apologies", "Absent", "Present as substitute"; officers are people, not attendance.
    private static func readAttendees(_ node: XMLElementNode, meeting: Meeting, committee: Committee,
                                      into bundle: inout PaperBundle) {
        for attendee in node.children where attendee.name == "attendee" || attendee.name == "member" {
            guard let raw = attendee.value("name", "membername", "attendeename", "fullname") else { continue }
            let name = personName(HTMLText.plain(raw))
            let role = attendee.value("role", "attendeerole", "roledescription").map(HTMLText.plain) ?? ""
            let id = Slug.make(name)
            guard !id.isEmpty else { continue }
            if role.lowercased().contains("officer") {
                bundle.people.append(Person(id: id, name: name, role: .officer))
                continue
            }
            bundle.people.append(Person(id: id, name: name, role: .councillor))
            let seat = ["chair": "Chair", "chairman": "Chair", "vice-chair": "Vice-Chair", "vice chair": "Vice-Chair",
                        "vice-chairman": "Vice-Chair", "committee member": "Member", "member": "Member"][role.lowercased()]
            if let seat { bundle.memberships.append(Membership(committeeID: committee.id, personID: id, role: seat)) }
            let attendance = attendee.value("attendance", "attendancestatus", "attended", "status")?.lowercased() ?? ""
            let status: Attendance.Status? = if attendance.contains("apolog") {
                .apologies
            } else if attendance.contains("absent") {
                .absent
            } else if attendance.contains("present") || attendance.contains("attend") || attendance == "true" || attendance == "yes" {
                .present
            } else {
                nil // "Expected": the meeting has not happened yet.
            }
            if let status, !bundle.attendance.contains(where: { $0.meetingID == meeting.id && $0.person == name }) {
                bundle.attendance.append(Attendance(meetingID: meeting.id, person: name, status: status))
            }
        }
    }

    private static func readItem(_ node: XMLElementNode, meeting: Meeting, committee: String, position: Int, file: String,
                                 fail: (XMLElementNode?, String) -> FormatError, into bundle: inout PaperBundle) throws {
        guard let title = node.value("agendaitemtitle", "title").map(HTMLText.plain) else {
            throw fail(node, "agenda item \(position) has no <agendaitemtitle>")
        }
        let number = node.value("agendaitemnumber", "itemnumber", "number").map { HTMLText.plain($0).trimmingCharacters(in: ". ") } ?? ""
        let itemID = number.isEmpty ? "\(meeting.id)-\(Slug.make(title))" : "\(meeting.id)-item-\(Slug.make(number))"
        guard !bundle.items.contains(where: { $0.id == itemID }) else {
            throw fail(node, "agenda item \(number.isEmpty ? title : number) appears twice in the meeting")
        }
        var item = AgendaItem(id: itemID, meetingID: meeting.id, number: number, position: position, title: title)
        let restricted = isTrue(node.value("agendaitemisrestricted", "isrestricted", "restricted"))
        let reason = [node.value("agendaitemexemptreason", "exemptreason", "restrictionreason", "exemptinformation"), title]
            .compactMap { $0 }.map(HTMLText.plain).joined(separator: " ")
        item.exempt = restricted || Schedule12A.statement(in: reason) != nil
        item.exemptParagraphs = item.exempt ? Schedule12A.paragraphs(in: reason) : []

        // Decision and minutes text is read as the agenda-item page that shows it, so that
        // resolutions, questions and responses come out as they do from the page.
        var page = ["Agenda item", title]
        if let minutes = node.value("agendaitemminuteshtml", "minuteshtml", "minutes", "minutetext").map(HTMLText.lines),
           minutes.contains(where: { !$0.isEmpty }) {
            page += ["Minutes:"] + minutes
        }
        if let decision = node.value("agendaitemdecisionhtml", "decisionhtml", "decision", "decisiontext").map(HTMLText.lines),
           decision.contains(where: { !$0.isEmpty }) {
            page += ["Decision:"] + decision
        }
        if page.count > 2 {
            let source = SourceText(file: file, text: page.joined(separator: "\n"))
            let read = try ModernGovPageReader.read(source, context: PageContext(committee: committee, date: meeting.start?.date),
                                                    fallbackTitle: title)
            let pageItemID = read.items[0].id
            item.decisionMaker = read.items[0].decisionMaker
            for var document in read.documents {
                document.id = itemID + document.id.dropFirst(pageItemID.count)
                document.itemID = itemID
                document.source = nil
                document.exempt = restricted && item.exemptParagraphs.isEmpty
                bundle.documents.append(document)
            }
            bundle.questions += read.questions.map { var question = $0; question.id = itemID + question.id.dropFirst(pageItemID.count); question.itemID = itemID; return question }
            bundle.responses += read.responses.map { response in
                var response = response
                response.id = itemID + response.id.dropFirst(pageItemID.count)
                response.itemID = itemID
                response.answers = response.answers.map { itemID + $0.dropFirst(pageItemID.count) }
                return response
            }
            bundle.resolutions += read.resolutions.map { var resolution = $0; resolution.id = itemID + resolution.id.dropFirst(pageItemID.count); resolution.itemID = itemID; return resolution }
        }
        let linked = node.child("linkeddocuments")?.children.filter { $0.name == "linkeddoc" || $0.name == "document" } ?? []
        for (offset, doc) in linked.enumerated() {
            guard let docTitle = doc.value("title", "documenttitle", "name").map(HTMLText.plain) else { continue }
            let kind = documentKind(docTitle)
            bundle.documents.append(Document(
                id: "\(itemID)-doc\(offset + 1)", itemID: itemID, kind: kind, title: docTitle,
                published: doc.value("publicationdate", "published", "datepublished").flatMap { DateText.parse(String($0.prefix(10))) },
                source: doc.value("url", "link").map(HTMLText.plain) ?? docTitle,
                // A restricted item whose paragraph is not given keeps all its papers exempt.
                exempt: isTrue(doc.value("isrestricted", "restricted")) || (restricted && item.exemptParagraphs.isEmpty),
                paragraphs: []))
        }
        bundle.items.append(item)
    }

    /// "Report of the Director", "Appendix A", "Minutes", "Decision notice" …
    static func documentKind(_ title: String) -> Document.Kind {
        let lower = title.lowercased()
        if lower.contains("appendix") || lower.contains("annex") { return .appendix }
        if lower.contains("minute") { return .minutes }
        if lower.contains("decision") { return .decision }
        if lower.contains("report") { return .report }
        return .supporting
    }

    /// "18:30", "6.30 pm", "7pm", "10.00 am" → minutes after midnight.
    static func clockMinutes(_ text: String) -> Int? {
        let lower = text.lowercased().replacing(" ", with: "")
        let pm = lower.hasSuffix("pm"), am = lower.hasSuffix("am")
        let core = pm || am ? String(lower.dropLast(2)) : lower
        let parts = core.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), let minute = parts.count == 2 ? Int(parts[1]) : 0,
              (0...59).contains(minute) else { return nil }
        var h = hour
        if pm || am {
            guard (1...12).contains(hour) else { return nil }
            h = hour % 12 + (pm ? 12 : 0)
        }
        guard (0...23).contains(h) else { return nil }
        return h * 60 + minute
    }

    private static func isTrue(_ value: String?) -> Bool {
        ["true", "yes", "1"].contains(value?.lowercased() ?? "")
    }

    /// "Councillor Joan Hale" → "Cllr Joan Hale", as the rest of the papers name members.
    static func personName(_ name: String) -> String {
        for prefix in ["Councillor ", "Cllr. "] where name.hasPrefix(prefix) { return "Cllr " + name.dropFirst(prefix.count) }
        return name
    }
}
