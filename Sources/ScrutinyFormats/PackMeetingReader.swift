import ScrutinyModel

/// Reads a `type: meeting` pack file: the meeting in front matter, then `# Attendance`,
/// `# Declarations` and `# Item N: Title` sections; within an item, `## Report: Title`
/// (or Minutes, Decision record, Appendix, Supporting paper), `## Question: Speaker`,
/// `## Response: Speaker` and `## Resolution (a): outcome`. See docs/formats.md.
struct PackMeetingReader {
    let outline: MarkdownOutline
    let fail: (Int?, String) -> FormatError
    var values: PackValues { PackValues(fail: fail) }

    func read() throws -> PaperBundle {
        var bundle = PaperBundle()
        guard let committeeID = outline.value("committee")?.value, !committeeID.isEmpty else {
            throw fail(1, "the meeting has no \"committee:\" (the committee's id)")
        }
        if let name = outline.value("committee name")?.value {
            bundle.committees.append(Committee(id: committeeID, name: name,
                                               kind: try values.choice(outline.value("committee kind"), Committee.Kind.self, default: .other)))
        }
        let date = try values.date(outline.value("date"))
        var start = date.map { MeetingTime(date: $0) }
        if let time = outline.value("time"), let date {
            guard let parsed = MeetingTime(iso: "\(date.iso) \(time.value)") else {
                throw fail(time.line, "the time is written HH:MM, not \"\(time.value)\"")
            }
            start = parsed
        }
        let meetingID = outline.value("id")?.value ?? "\(committeeID)-\(date?.iso ?? "undated")"
        bundle.meetings.append(Meeting(
            id: meetingID, committeeID: committeeID, start: start, location: outline.value("location")?.value,
            status: try values.choice(outline.value("status"), Meeting.Status.self, default: .scheduled),
            hybrid: try values.yesNo(outline.value("hybrid"))))

        var itemIDs: [String: String] = [:] // number → id, for declarations
        var pendingDeclarations: [(SourceText.Line, String)] = []
        var index = 0
        let sections = outline.sections
        while index < sections.count {
            let section = sections[index]
            index += 1
            guard section.level == 1 else { throw fail(section.line, "\"## \(section.title)\" must follow an \"# Item\" heading") }
            var children: [MarkdownOutline.Section] = []
            while index < sections.count && sections[index].level == 2 {
                children.append(sections[index])
                index += 1
            }
            if section.title == "Attendance" {
                bundle.attendance += try attendance(section, meetingID: meetingID)
            } else if section.title == "Declarations" {
                pendingDeclarations += section.body.filter { !$0.isBlank }.map { ($0, meetingID) }
            } else if section.title.hasPrefix("Item ") || section.title.hasPrefix("Item:") {
                let item = try readItem(section, children: children, meetingID: meetingID,
                                        position: bundle.items.count + 1, into: &bundle)
                if bundle.items.contains(where: { $0.id == item.id }) || (!item.number.isEmpty && itemIDs[item.number] != nil) {
                    throw fail(section.line, "item \(item.number.isEmpty ? item.title : item.number) appears twice")
                }
                if !item.number.isEmpty { itemIDs[item.number] = item.id }
                bundle.items.append(item)
            } else {
                throw fail(section.line, "a meeting has \"# Attendance\", \"# Declarations\" and \"# Item N: Title\" sections, not \"\(section.title)\"")
            }
        }
        for (offset, (line, meetingID)) in pendingDeclarations.enumerated() {
            bundle.declarations.append(try declaration(line, meetingID: meetingID, itemIDs: itemIDs, sequence: offset + 1))
        }
        return bundle
    }

    /// "- Cllr Sara Lind: present, arrived 18:50, left 20:15, returned 20:30" / "- Cllr Tom Baker:
    /// apologies" / "- Cllr Ann Lee: present, substitute for Cllr Tom Baker" / "- Jo Ray: present,
    /// officer, post Head of Finance".
    private func attendance(_ section: MarkdownOutline.Section, meetingID: String) throws -> [Attendance] {
        try section.body.filter { !$0.isBlank }.map { line in
            let entry = line.text.hasPrefix("- ") ? String(line.text.dropFirst(2)) : ""
            guard let colon = entry.firstRange(of: ": ")?.lowerBound, colon > entry.startIndex else {
                throw fail(line.number, "attendance is listed as \"- Name: present\", \"- Name: apologies\" or \"- Name: absent\"")
            }
            let person = String(entry[..<colon]).trimmed
            let parts = entry[entry.index(after: colon)...].split(separator: ",").map { String($0).trimmed }
            guard let status = Attendance.Status(rawValue: parts.first ?? "") else {
                throw fail(line.number, "attendance is present, apologies or absent, not \"\(parts.first ?? "")\"")
            }
            var record = Attendance(meetingID: meetingID, person: person, status: status)
            for part in parts.dropFirst() {
                let (word, rest) = part.firstRange(of: " ").map { (String(part[..<$0.lowerBound]), String(part[$0.upperBound...])) } ?? (part, "")
                if let kind: Attendance.Movement.Kind = ["arrived": .arrived, "returned": .arrived, "left": .left][word] {
                    guard rest.wholeMatch(of: /[0-2][0-9]:[0-5][0-9]/) != nil else {
                        throw fail(line.number, "a time of arriving or leaving is written HH:MM (\"19:05\"), not \"\(rest)\"")
                    }
                    record.movements.append(Attendance.Movement(kind, at: rest))
                } else if word == "post" {
                    record.title = rest
                } else if let role = Attendance.Role.allCases.first(where: { part == $0.title || part.hasPrefix($0.title + " for ") }) {
                    record.role = role
                    if role == .substitute, part.hasPrefix("substitute for ") { record.standingInFor = String(part.dropFirst(15)) }
                } else {
                    throw fail(line.number, "after the status come \"arrived HH:MM\", \"left HH:MM\", \"returned HH:MM\", a capacity "
                               + "(\"substitute for Name\", \"officer\", \"co-opted member\", \"other councillor\") or \"post Title\", not \"\(part)\"")
                }
            }
            if status != .present && !record.movements.isEmpty {
                throw fail(line.number, "only a member who is present can arrive late or leave early")
            }
            return record
        }
    }

    /// "- Cllr Ravi Patel, item 6: other registrable; a governor of the academy; left the room",
    /// or without ", item N" for an interest in the meeting's business as a whole.
    private func declaration(_ line: SourceText.Line, meetingID: String, itemIDs: [String: String],
                             sequence: Int) throws -> Declaration {
        let usage = "declarations read \"- Name, item N: kind; what the interest is; what they did\""
        guard line.text.hasPrefix("- "), let colon = line.text.firstRange(of: ": ")?.lowerBound else { throw fail(line.number, usage) }
        var person = String(line.text[line.text.index(line.text.startIndex, offsetBy: 2)..<colon]).trimmed
        var itemID: String?
        if let marker = person.ranges(of: ", item").last {
            let number = String(person[marker.upperBound...]).trimmed
            guard let id = itemIDs[number] else { throw fail(line.number, "there is no item \(number) on this agenda") }
            itemID = id
            person = String(person[..<marker.lowerBound]).trimmed
        }
        let parts = line.text[line.text.index(colon, offsetBy: 2)...].split(separator: ";", omittingEmptySubsequences: false)
            .map { String($0).trimmed }
        guard !person.isEmpty, parts.count >= 3 else { throw fail(line.number, usage) }
        guard let kind = Declaration.Kind.allCases.first(where: { $0.title.hasPrefix(parts[0]) }) else {
            throw fail(line.number, "the kind of interest is disclosable pecuniary, other registrable or non-registrable, not \"\(parts[0])\"")
        }
        let actions: [String: Declaration.Action] = ["remained": .remained, "remained in the room": .remained,
                                                     "left the room": .leftRoom, "did not vote": .didNotVote]
        guard let action = actions[parts[parts.count - 1]] else {
            throw fail(line.number, "what they did is \"remained\", \"left the room\" or \"did not vote\", not \"\(parts[parts.count - 1])\"")
        }
        return Declaration(id: "\(meetingID)-d\(sequence)", meetingID: meetingID, itemID: itemID, person: person,
                           kind: kind, detail: parts[1..<(parts.count - 1)].joined(separator: "; "), action: action)
    }
}
