import ScrutinyModel

extension PackMeetingReader {
    /// Reads "# Item 5: Title" with its properties and its `##` parts.
    func readItem(_ section: MarkdownOutline.Section, children: [MarkdownOutline.Section], meetingID: String,
                  position: Int, into bundle: inout PaperBundle) throws -> AgendaItem {
        let heading = section.title.dropFirst("Item".count)
        guard let colon = heading.firstIndex(of: ":") else {
            throw fail(section.line, "an item heading reads \"# Item 5: Title\"")
        }
        let number = String(heading[..<colon]).trimmed
        let title = String(heading[heading.index(after: colon)...]).trimmed
        guard !title.isEmpty else { throw fail(section.line, "an item heading reads \"# Item 5: Title\"") }
        let itemID = section.value("id")?.value.nilIfEmpty ?? "\(meetingID)-item-\(Slug.make(number))"
        var item = AgendaItem(
            id: itemID, meetingID: meetingID, number: number, position: position, title: title,
            purpose: section.value("purpose")?.value, kind: section.value("kind")?.value,
            keyDecision: try values.yesNo(section.value("key decision")),
            decisionMaker: section.value("decision maker")?.value, decisionStatus: section.value("decision status")?.value,
            decisionDate: try values.date(section.value("decision date")), portfolio: section.value("portfolio")?.value,
            author: section.value("author")?.value, reference: section.value("reference")?.value,
            callIn: try callIn(section.value("call-in")), exempt: section.value("exempt") != nil,
            exemptParagraphs: try exempt(section.value("exempt")))
        if !section.body.allSatisfy(\.isBlank), let line = section.body.first(where: { !$0.isBlank }) {
            throw fail(line.number, "text under an item belongs in a \"## Report:\", \"## Minutes:\" or other part")
        }
        if item.purpose?.isEmpty == true { item.purpose = nil }
        item.urgent = try values.yesNo(section.value("urgent"))
        var questionNumbers: [Int: String] = [:]
        for child in children {
            try readPart(child, itemID: itemID, questionNumbers: &questionNumbers, into: &bundle)
        }
        return item
    }

    private func readPart(_ part: MarkdownOutline.Section, itemID: String, questionNumbers: inout [Int: String],
                          into bundle: inout PaperBundle) throws {
        guard let colon = part.title.firstIndex(of: ":") else {
            throw fail(part.line, "a part heading reads \"## Report: Title\", \"## Question: Speaker\" or \"## Resolution (a): outcome\"")
        }
        let kind = String(part.title[..<colon]).trimmed
        let rest = String(part.title[part.title.index(after: colon)...]).trimmed
        let text = MarkdownOutline.paragraphs(part.body)
        let prose = text.map(\.1).joined(separator: "\n\n")
        if let documentKind = Document.Kind.allCases.first(where: { $0.title == kind }) {
            // A paper known only by where it is (a linked PDF) may have no text.
            guard !text.isEmpty || part.value("source") != nil else {
                throw fail(part.line, "the \(kind.lowercased()) has no text")
            }
            let count = bundle.documents.filter { $0.itemID == itemID }.count
            bundle.documents.append(Document(
                id: part.value("id")?.value ?? "\(itemID)-\(documentKind.rawValue)\(count == 0 ? "" : "-\(count + 1)")", itemID: itemID,
                kind: documentKind, title: rest.isEmpty ? kind : rest,
                published: try values.date(part.value("published")), source: part.value("source")?.value,
                exempt: try values.yesNo(part.value("exempt")), paragraphs: Paragraph.numbered(text)))
        } else if kind == "Question" {
            guard !prose.isEmpty else { throw fail(part.line, "the question has no text") }
            let position = bundle.questions.filter { $0.itemID == itemID }.count + 1
            let id = part.value("id")?.value ?? "\(itemID)-q\(position)"
            questionNumbers[position] = id
            bundle.questions.append(Question(id: id, itemID: itemID, position: position, speaker: rest.nilIfEmpty, text: prose))
        } else if kind == "Response" {
            guard !prose.isEmpty else { throw fail(part.line, "the response has no text") }
            let position = bundle.responses.filter { $0.itemID == itemID }.count + 1
            var answers: [String] = []
            if let property = part.value("answers") {
                for number in property.value.split(separator: ",") {
                    guard let n = Int(number.trimmed), let id = questionNumbers[n] else {
                        throw fail(property.line, "answers lists the numbers of questions above it, not \"\(number.trimmed)\"")
                    }
                    answers.append(id)
                }
            }
            bundle.responses.append(Response(id: part.value("id")?.value ?? "\(itemID)-r\(position)", itemID: itemID, position: position,
                                             speaker: rest.nilIfEmpty, text: prose, answers: answers))
        } else if kind.hasPrefix("Resolution") {
            // Only a draft may be empty: the chair has started it and not yet written it.
            guard !prose.isEmpty || part.value("final")?.value == "no" else { throw fail(part.line, "the resolution has no text") }
            let position = bundle.resolutions.filter { $0.itemID == itemID }.count + 1
            let label = String(kind.dropFirst("Resolution".count)).trimmed
            var resolution = Resolution(
                id: part.value("id")?.value ?? "\(itemID)-res\(position)", itemID: itemID, position: position, label: label, text: prose,
                outcome: try values.choice(MarkdownOutline.Property(key: "outcome", value: rest, line: part.line),
                                           Resolution.Outcome.self, default: .agreed),
                isFinal: part.value("final").map { $0.value != "no" } ?? true,
                recordedBy: part.value("recorded by")?.value, recordedAt: part.value("recorded at")?.value)
            if let votes = part.value("votes") { try readVotes(votes, into: &resolution) }
            if let named = part.value("named votes") { resolution.namedVotes = try namedVotes(named) }
            bundle.resolutions.append(resolution)
        } else {
            throw fail(part.line, "unknown part \"\(kind)\": reports, minutes, decision records, appendices, supporting papers, questions, responses and resolutions")
        }
    }

    /// "unanimous", "7 for, 1 against, 0 abstain", or both: "unanimous, 7 for, 0 against, 0 abstain".
    private func readVotes(_ property: MarkdownOutline.Property, into resolution: inout Resolution) throws {
        var counts: [String: Int] = [:]
        for part in property.value.split(separator: ",").map({ $0.trimmed }) {
            if part == "unanimous" {
                resolution.unanimous = true
                continue
            }
            let words = part.split(separator: " ")
            guard words.count == 2, let count = Int(words[0]), count >= 0, count < 10_000,
                  ["for", "against", "abstain"].contains(words[1]) else {
                throw fail(property.line, "votes read \"unanimous\" or \"7 for, 1 against, 0 abstain\"")
            }
            counts[String(words[1])] = count
        }
        if !counts.isEmpty {
            resolution.votes = VoteTally(for: counts["for"] ?? 0, against: counts["against"] ?? 0, abstain: counts["abstain"] ?? 0)
        }
        if resolution.unanimous && (resolution.votes?.against ?? 0) > 0 {
            throw fail(property.line, "a unanimous vote has no votes against")
        }
    }

    /// "Cllr A for; Cllr B against".
    private func namedVotes(_ property: MarkdownOutline.Property) throws -> [NamedVote] {
        try property.value.split(separator: ";").map { entry in
            let words = entry.trimmed.split(separator: " ")
            guard words.count >= 2, let vote = NamedVote.Vote(rawValue: String(words.last!)) else {
                throw fail(property.line, "named votes read \"Cllr A for; Cllr B against; Cllr C abstain\"")
            }
            return NamedVote(person: words.dropLast().joined(separator: " "), vote: vote)
        }
    }

    /// "none", "subject", "subject, expires 2026-07-01", "called in".
    private func callIn(_ property: MarkdownOutline.Property?) throws -> CallIn {
        guard let property else { return .none }
        let value = property.value
        if value == "none" { return .none }
        if value == "called in" { return .calledIn }
        if value == "subject" { return .subject(expires: nil) }
        if value.hasPrefix("subject, expires ") {
            let date = String(value.dropFirst("subject, expires ".count))
            guard let expires = CalendarDate(iso: date) else { throw fail(property.line, "\"\(date)\" is not a date written YYYY-MM-DD") }
            return .subject(expires: expires)
        }
        throw fail(property.line, "call-in is \"none\", \"subject\", \"subject, expires YYYY-MM-DD\" or \"called in\"")
    }

    /// "3" or "3, 5": paragraphs of Schedule 12A; "not stated" when the papers do not say.
    private func exempt(_ property: MarkdownOutline.Property?) throws -> [Int] {
        guard let property, property.value.lowercased() != "not stated" else { return [] }
        return try property.value.split(separator: ",").map { part in
            guard let paragraph = Int(part.trimmed), (1...7).contains(paragraph) else {
                throw fail(property.line, "exempt lists paragraphs of Schedule 12A, 1 to 7, or says \"not stated\", not \"\(part.trimmed)\"")
            }
            return paragraph
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
