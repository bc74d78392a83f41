import ScrutinyModel

/// Writes the Markdown paper pack (docs/formats.md) that `PackReader` reads back to the same
/// papers: a council file and one file per meeting. Ids are written only where they differ
/// from the ones the reader would derive.
public enum PackWriter {
    /// Where each council's file goes: `council.md` when there is one, else one file per
    /// council (`council-<id>.md`) and `committees.md` for committees of no council.
    public static func councilPath(_ bundle: PaperBundle, of count: Int) -> String {
        guard count > 1 else { return "council.md" }
        return bundle.body.map { "council-\(Slug.make($0.id)).md" } ?? "committees.md"
    }

    /// A council file: the council, its committees with their members, and everyone else.
    public static func council(_ bundle: PaperBundle) -> String {
        var lines = ["---", "type: council"]
        let people = Dictionary(bundle.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if let body = bundle.body {
            lines += ["id: \(body.id)", "name: \(line(body.name))"]
            if let period = body.responsePeriod { lines.append("response period: \(period)") }
            if let zone = body.timeZone { lines.append("time zone: \(zone)") }
            lines += callInLines(body)
        }
        lines += ["---"]
        for committee in bundle.committees {
            lines += ["", "# Committee: \(line(committee.name))", "id: \(committee.id)", "kind: \(committee.kind.rawValue)"]
            if let quorum = committee.quorum { lines.append("quorum: \(quorum)") }
            lines.append("labels: \(committee.resolutionStyle.rawValue)")
            if let prefix = committee.recommendationPrefix { lines.append("recommendation prefix: \(line(prefix))") }
            if let criteria = committee.programmeCriteria {
                lines += ["programme criteria: " + criteria.names.map(line).joined(separator: "; "), "programme scores: 0 to \(criteria.maximum)"]
                if let cutOff = criteria.cutOff { lines.append("programme cut-off: \(cutOff)") }
            }
            let seats = bundle.memberships.filter { $0.committeeID == committee.id }
            if !seats.isEmpty { lines.append("") }
            for seat in seats {
                let role = seat.role == "Member" ? "" : " (\(seat.role))"
                lines.append("- \(people[seat.personID].map(nameAndTitle) ?? line(seat.personID))\(role)")
            }
        }
        // Councillors with a seat here are known from it; everyone else is listed by role.
        let seated = Set(bundle.memberships.map(\.personID))
        let others = bundle.people.filter { $0.role == .officer || !seated.contains($0.id) }
        if !others.isEmpty {
            lines += ["", "# People", ""]
            for person in others { lines.append("- \(person.role.rawValue): \(nameAndTitle(person))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Cllr Basil Curley, Committee Member; party: LAB; ward: Charlestown".
    private static func nameAndTitle(_ person: Person) -> String {
        line(person.name) + (person.title.map { ", \(line($0))" } ?? "") + (person.party.map { "; party: \(line($0))" } ?? "")
            + (person.ward.map { "; ward: \(line($0))" } ?? "")
    }

    /// Where a meeting's file goes in a pack: `cabinet/2026-12-08.md`.
    public static func path(of meeting: Meeting) -> String {
        let day = meeting.start?.date.iso ?? "undated"
        let derived = "\(meeting.committeeID)-\(day)"
        let stem = meeting.id == derived ? day : Slug.make(meeting.id)
        return "\(Slug.make(meeting.committeeID))/\(stem).md"
    }

    /// Where each of `meetings` goes, by meeting id, no two on one path (nor on paths that differ
    /// only in case, which are one file on some disks): a later meeting that would land on a
    /// taken path gets "-2", "-3" … before ".md".
    public static func paths(of meetings: [Meeting]) -> [String: String] {
        var taken = Set<String>()
        var paths: [String: String] = [:]
        for meeting in meetings {
            let wanted = path(of: meeting)
            var chosen = wanted
            var count = 1
            while taken.contains(chosen.lowercased()) {
                count += 1
                chosen = "\(wanted.dropLast(3))-\(count).md"
            }
            taken.insert(chosen.lowercased())
            paths[meeting.id] = chosen
        }
        return paths
    }

    /// A meeting's file: front matter, attendance, declarations, then each item with its parts.
    public static func meeting(_ bundle: PaperBundle) -> String {
        guard let meeting = bundle.meetings.first else { return "" }
        var lines = ["---", "type: meeting"]
        let derivedID = "\(meeting.committeeID)-\(meeting.start?.date.iso ?? "undated")"
        if meeting.id != derivedID { lines.append("id: \(meeting.id)") }
        lines.append("committee: \(meeting.committeeID)")
        if let start = meeting.start {
            lines.append("date: \(start.date.iso)")
            if let minutes = start.minutes { lines.append("time: \(MeetingTime.clock(minutes: minutes))") }
        }
        if let location = meeting.location { lines.append("location: \(line(location))") }
        lines.append("status: \(meeting.status.rawValue)")
        if meeting.hybrid { lines.append("hybrid: yes") }
        lines.append("---")

        if !bundle.attendance.isEmpty {
            lines += ["", "# Attendance", ""]
            for record in bundle.attendance {
                var entry = "- \(line(record.person)): \(record.status.rawValue)"
                if record.role != .member { entry += ", \(record.role.title)" }
                if let standingInFor = record.standingInFor { entry += " for \(line(standingInFor))" }
                if let title = record.title { entry += ", post \(line(title))" }
                if !record.movements.isEmpty { entry += ", " + record.movementsText }
                lines.append(entry)
            }
        }
        let numbers = Dictionary(bundle.items.map { ($0.id, $0.number) }, uniquingKeysWith: { first, _ in first })
        if !bundle.declarations.isEmpty {
            lines += ["", "# Declarations", ""]
            for declaration in bundle.declarations {
                let item = declaration.itemID.flatMap { numbers[$0] }.map { ", item \($0)" } ?? ""
                let kind = declaration.kind.title.replacing(" interest", with: "")
                lines.append("- \(line(declaration.person))\(item): \(kind); \(line(declaration.detail)); \(declaration.action.title)")
            }
        }
        for item in bundle.items.sorted(by: { $0.position < $1.position }) {
            lines += itemLines(item, in: bundle)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func itemLines(_ item: AgendaItem, in bundle: PaperBundle) -> [String] {
        let number = item.number.isEmpty ? "" : " \(line(item.number))"
        var lines = ["", "# Item\(number): \(line(item.title))"]
        if item.id != "\(item.meetingID)-item-\(Slug.make(item.number))" { lines.append("id: \(item.id)") }
        let properties: [(String, String?)] = [
            ("purpose", item.purpose), ("kind", item.kind), ("key decision", item.keyDecision ? "yes" : nil),
            ("decision maker", item.decisionMaker), ("decision status", item.decisionStatus),
            ("decision date", item.decisionDate?.iso), ("portfolio", item.portfolio), ("author", item.author),
            ("reference", item.reference), ("call-in", callIn(item.callIn)), ("urgent", item.urgent ? "yes" : nil),
            ("exempt", !item.isExempt ? nil : item.exemptParagraphs.isEmpty ? "not stated" : item.exemptParagraphs.map(String.init).joined(separator: ", ")),
        ]
        for case let (key, value?) in properties { lines.append("\(key): \(line(value))") }

        var documentCount = 0
        for document in bundle.documents where document.itemID == item.id {
            documentCount += 1
            lines += ["", "## \(document.kind.title): \(line(document.title))"]
            let derived = "\(item.id)-\(document.kind.rawValue)\(documentCount == 1 ? "" : "-\(documentCount)")"
            if document.id != derived { lines.append("id: \(document.id)") }
            if let published = document.published { lines.append("published: \(published.iso)") }
            if let source = document.source { lines.append("source: \(line(source))") }
            if document.exempt { lines.append("exempt: yes") }
            var previous: Paragraph.Kind?
            for paragraph in document.paragraphs {
                switch paragraph.kind {
                case .heading: lines += ["", "### \(line(paragraph.text))"]
                case .list: lines += (previous == .list ? [] : [""]) + block(paragraph.text, prefix: "- ")
                case .text: lines += [""] + block(paragraph.text)
                }
                previous = paragraph.kind
            }
        }
        // Each response follows the last question it answers, both kept in their own order.
        let questions = bundle.questions.filter { $0.itemID == item.id }
        let responses = bundle.responses.filter { $0.itemID == item.id }
        let questionNumbers = Dictionary(questions.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        var written = 0
        func writeResponses(upTo asked: Int) {
            while written < responses.count,
                  responses[written].answers.allSatisfy({ (questionNumbers[$0] ?? 0) <= asked }) || asked == questions.count {
                let response = responses[written]
                written += 1
                lines += ["", "## Response: \(line(response.speaker ?? ""))".trimmed]
                if response.id != "\(item.id)-r\(written)" { lines.append("id: \(response.id)") }
                let answers = response.answers.compactMap { questionNumbers[$0] }
                if !answers.isEmpty { lines.append("answers: \(answers.map(String.init).joined(separator: ", "))") }
                lines += prose(response.text)
            }
        }
        for (offset, question) in questions.enumerated() {
            lines += ["", "## Question: \(line(question.speaker ?? ""))".trimmed]
            if question.id != "\(item.id)-q\(offset + 1)" { lines.append("id: \(question.id)") }
            lines += prose(question.text)
            writeResponses(upTo: offset + 1)
        }
        writeResponses(upTo: questions.count)
        for (offset, resolution) in bundle.resolutions.filter({ $0.itemID == item.id }).enumerated() {
            let label = resolution.label.isEmpty ? "" : " \(line(resolution.label))"
            lines += ["", "## Resolution\(label): \(resolution.outcome.rawValue)"]
            if resolution.id != "\(item.id)-res\(offset + 1)" { lines.append("id: \(resolution.id)") }
            var votes: [String] = resolution.unanimous ? ["unanimous"] : []
            if let tally = resolution.votes {
                votes.append("\(tally.forCount) for, \(tally.against) against, \(tally.abstain) abstain")
            }
            if !votes.isEmpty { lines.append("votes: \(votes.joined(separator: ", "))") }
            if !resolution.namedVotes.isEmpty {
                lines.append("named votes: " + resolution.namedVotes.map { "\(line($0.person)) \($0.vote.rawValue)" }.joined(separator: "; "))
            }
            if !resolution.isFinal { lines.append("final: no") }
            if let by = resolution.recordedBy { lines.append("recorded by: \(line(by))") }
            if let at = resolution.recordedAt { lines.append("recorded at: \(line(at))") }
            lines += prose(resolution.text)
        }
        return lines
    }

    private static func callIn(_ callIn: CallIn) -> String? {
        switch callIn {
        case .none: nil
        case .subject(let expires): expires.map { "subject, expires \($0.iso)" } ?? "subject"
        case .calledIn: "called in"
        }
    }

    /// Text of several paragraphs (a question, a resolution): blank lines between them.
    static func prose(_ text: String) -> [String] {
        let paragraphs = text.split(separator: "\n\n", omittingEmptySubsequences: true).map(String.init)
        return paragraphs.flatMap { [""] + block($0) }
    }

    /// One paragraph as lines the reader takes back verbatim. A line that the reader would
    /// take for markup (a heading, a list entry, a property), or that is indented (a resolution's
    /// sub-clause), starts with a backslash; a line break inside the paragraph is kept by a
    /// backslash at the end of the line.
    static func block(_ text: String, prefix: String = "") -> [String] {
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? $0.element.trimmed : $0.element.trailingTrimmed }
        return rows.enumerated().map { offset, row in
            var out = row
            if offset == 0 && !prefix.isEmpty {
                out = prefix + row
            } else if needsEscape(row) {
                out = "\\" + row
            }
            if offset < rows.count - 1 { out += "\\" }
            return out
        }
    }

    private static func needsEscape(_ row: String) -> Bool {
        if row.isEmpty || row.hasPrefix("\\") || row.hasPrefix("#") || row.hasPrefix("- ") || row.hasPrefix("* ") { return true }
        if row.first?.isWhitespace == true { return true }
        if row == "---" || row == "-" || row == "*" { return true }
        return MarkdownOutline.property(SourceText.Line(number: 0, text: row)) != nil
    }

    /// A value that must stay on one line.
    static func line(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmed }.joined(separator: " ")
    }
}
