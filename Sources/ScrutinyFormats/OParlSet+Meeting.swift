import ScrutinyModel

extension OParlSet {
    /// A Meeting with its items, their papers and results, and its own files (invitation,
    /// results and verbatim protocols, auxiliary files) as the papers of a last item.
    mutating func readMeeting(_ object: Object, papers: [String: [Object]], ids: inout Set<String>) throws {
        let committeeID = try committee(of: object)
        var start: MeetingTime?
        if let value = graph.text(object, "start") {
            guard let date = CalendarDate(iso: value.prefix(10)) else {
                throw fail(object, "the Meeting's start is an ISO 8601 date and time, not \"\(value)\"")
            }
            let clock = value.dropFirst(11).prefix(5).split(separator: ":").compactMap { Int($0) }
            start = clock.count == 2 && (0...23).contains(clock[0]) && (0...59).contains(clock[1])
                ? MeetingTime(date: date, hour: clock[0], minute: clock[1]) : MeetingTime(date: date)
        }
        var id = "\(committeeID)-\(start?.date.iso ?? "undated")"
        if ids.contains(id) { id += "-" + Slug.make(String((object["id"] as? String ?? "").split(separator: "/").last ?? "")) }
        ids.insert(id)
        let location = graph.resolve(object["location"])
        let place = graph.text(location, "description")
            ?? [graph.text(location, "room"), graph.text(location, "streetAddress")].compactMap { $0 }.joined(separator: ", ").nilIfEmpty
        var meeting = Meeting(id: id, committeeID: committeeID, start: start, location: place, status: .scheduled)
        let items = graph.resolveAll(object["agendaItem"]).enumerated().sorted { order($0.element) ?? $0.offset < order($1.element) ?? $1.offset }
            .map(\.element)
        for (offset, item) in items.enumerated() {
            try readItem(item, meeting: meeting, position: offset + 1, papers: papers)
        }
        let files = meetingFiles(object)
        if !files.isEmpty {
            let itemID = "\(id)-meeting-papers"
            bundle.items.append(AgendaItem(id: itemID, meetingID: id, number: "", position: items.count + 1, title: "Meeting papers",
                                           kind: "Meeting papers"))
            for (offset, entry) in files.enumerated() {
                if let document = document(entry.file, kind: entry.kind, fallback: entry.title, id: "\(itemID)-doc\(offset + 1)",
                                           itemID: itemID, exempt: false) { bundle.documents.append(document) }
            }
        }
        meeting.status = status(object, meeting: meeting)
        bundle.meetings.append(meeting)
    }

    /// "order" is a number, or (some servers) a number in a string.
    private func order(_ item: Object) -> Int? {
        (item["order"] as? Int) ?? (item["order"] as? String).flatMap { Int($0) }
    }

    /// The committee of a meeting: its Organization when the set holds it; otherwise the
    /// committee `--committee` names, or one named from the meeting ("Sitzung des
    /// Bauausschusses (öffentlich)" → "Bauausschusses"), the same for every meeting of that Organization.
    private mutating func committee(of meeting: Object) throws -> String {
        let references = (meeting["organization"] as? [Any]) ?? (meeting["organization"].map { [$0] } ?? [])
        for reference in references {
            if let id = OParlGraph.id(reference), let known = committeeIDs[id] { return known }
            if let embedded = graph.resolve(reference), let name = graph.text(embedded, "name") {
                let committee = addCommittee(name)
                if let id = OParlGraph.id(reference) { committeeIDs[id] = committee }
                return committee
            }
        }
        let meetingName = graph.text(meeting, "name")
        guard let name = context.committee ?? meetingName.map(Self.committeeName) else {
            throw fail(meeting, "the Meeting \(graph.text(meeting, "id") ?? "") names no Organization (its committee): give --committee NAME")
        }
        let committee = addCommittee(name)
        if let id = references.lazy.compactMap(OParlGraph.id).first {
            committeeIDs[id] = committee
            if context.committee == nil {
                notes.append("the Organization \(id) is not in the set: its meetings are filed under \"\(name)\", named from the meeting \"\(meetingName ?? "")\" (--committee NAME names it)")
            }
        }
        return committee
    }

    /// A committee's name from its meeting's: "Rat (4. Sitzung)" → "Rat"; "öffentliche/nicht
    /// öffentliche Sitzung des Stadtrates" → "Stadtrates"; "Meeting of the Licensing Committee" → "Licensing Committee".
    static func committeeName(_ meetingName: String) -> String {
        var name = meetingName
        while let open = name.lastIndex(of: "("), name.hasSuffix(")") { name = String(name[..<open]).trimmed }
        for lead in ["Sitzung des ", "Sitzung der ", "Sitzung von ", "Meeting of the ", "Meeting of "] {
            if let range = name.range(of: lead) { name = String(name[range.upperBound...]); break }
        }
        return name.trimmed.nilIfEmpty ?? meetingName
    }

    /// Held, cancelled or scheduled: from `cancelled`, then `meetingState` ("durchgeführt",
    /// "abgesagt", "eingeladen"), then a results protocol or results, then the date.
    private func status(_ object: Object, meeting: Meeting) -> Meeting.Status {
        if object["cancelled"] as? Bool == true { return .cancelled }
        let state = graph.text(object, "meetingState")?.lowercased() ?? ""
        if ["abgesagt", "ausgefallen", "entfällt", "entfallen", "cancel", "postpone", "verschoben"].contains(where: state.contains) { return .cancelled }
        if ["durchgeführt", "abgeschlossen", "beendet", "stattgefunden", "held", "complete", "freigegeben"].contains(where: state.contains) { return .held }
        let itemIDs = Set(bundle.items.filter { $0.meetingID == meeting.id }.map(\.id))
        if object["resultsProtocol"] != nil || object["verbatimProtocol"] != nil
            || bundle.resolutions.contains(where: { itemIDs.contains($0.itemID) }) { return .held }
        if let date = meeting.start?.date, let today = context.today, date < today { return .held }
        return .scheduled
    }

    private func meetingFiles(_ object: Object) -> [(file: Object, kind: Document.Kind, title: String)] {
        var files: [(Object, Document.Kind, String)] = []
        if let invitation = graph.resolve(object["invitation"]) { files.append((invitation, .supporting, "Invitation")) }
        if let protocol_ = graph.resolve(object["resultsProtocol"]) { files.append((protocol_, .minutes, "Results protocol")) }
        if let verbatim = graph.resolve(object["verbatimProtocol"]) { files.append((verbatim, .minutes, "Verbatim protocol")) }
        for file in graph.resolveAll(object["auxiliaryFile"]) { files.append((file, .supporting, "Meeting paper")) }
        return files
    }

    /// A File as a document: its text in paragraphs, or its address when the set has no text.
    func document(_ file: Object, kind: Document.Kind, fallback: String, id: String, itemID: String, exempt: Bool,
                  published: String? = nil) -> Document? {
        let name = graph.text(file, "name") ?? graph.text(file, "fileName") ?? fallback
        let paragraphs = Paragraph.numbered(Self.paragraphs(file["text"] as? String ?? "").map { (.text, $0) })
        let source = graph.text(file, "accessUrl") ?? graph.text(file, "downloadUrl") ?? (file["id"] as? String)
        guard !paragraphs.isEmpty || source != nil else { return nil }
        return Document(id: id, itemID: itemID, kind: kind, title: name,
                        published: (published ?? graph.text(file, "date")).flatMap { CalendarDate(iso: $0.prefix(10)) },
                        source: source, exempt: exempt, paragraphs: paragraphs)
    }

    /// A File's text as paragraphs: blank lines separate them, line breaks inside are joined.
    static func paragraphs(_ text: String) -> [String] {
        text.replacing("\r\n", with: "\n").split(separator: "\n\n").map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }
    }
}
