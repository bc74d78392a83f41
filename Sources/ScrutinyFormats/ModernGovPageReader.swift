import ScrutinyModel

/// Reads the text of Modern.gov pages (decision records, decision details, agenda-item
/// minutes, reports) into one agenda item with its document, questions, responses and
/// resolutions. A page rarely names its meeting: the context fills in what it lacks.
public enum ModernGovPageReader {
    public static func recognises(_ source: SourceText) -> Bool {
        ModernGovIssueHistory.isIssueHistory(source) || ModernGovPage.detect(source.lines) != nil
    }

    /// `links` gives the address of each listed document, by its title (from a saved HTML page).
    public static func read(_ source: SourceText, context: PageContext = PageContext(),
                            fallbackTitle: String, links: [String: String] = [:]) throws -> PaperBundle {
        var notes: [String] = []
        return try read(source, context: context, fallbackTitle: fallbackTitle, links: links, notes: &notes)
    }

    /// Reads the page; `notes` gets what looked like structure but was kept as text.
    static func read(_ source: SourceText, context: PageContext = PageContext(), fallbackTitle: String,
                     links: [String: String] = [:], notes: inout [String]) throws -> PaperBundle {
        if let history = try ModernGovIssueHistory.read(source, context: context, fallbackTitle: fallbackTitle, links: links) {
            return history
        }
        guard let page = ModernGovPage(source) else {
            throw FormatError(file: source.file, line: nil,
                              "not a council page Scrutiny knows: expected an \"Agenda item\" or \"Decision details\" page, a record of executive decision or a committee report")
        }
        let sections = page.sections
        let decisionMaker = Self.tidyName(sections.field("Decision-Maker", "Decision Maker")?.value)
        // "Decided at meeting: 19/10/2015 - Policy Committee".
        let decidedAt = sections.field("Decided at meeting").map { Self.meetingLine($0.value) }
        let committeeName = context.committee ?? decidedAt?.committee ?? Self.committee(decisionMaker: decisionMaker, sections: sections)
        let date = context.date ?? decidedAt?.date
            ?? sections.field("Date of decision", "Date of meeting", "Date").flatMap { DateText.parse($0.value) }
        let committee = Committee(id: Slug.make(committeeName), name: committeeName, kind: Self.kind(of: committeeName))
        let meeting = Meeting(id: "\(committee.id)-\(date?.iso ?? "undated")", committeeID: committee.id,
                              start: date.map { MeetingTime(date: $0) },
                              status: page.kind == .report ? .scheduled : .held)
        let title = context.title ?? page.title ?? fallbackTitle
        let itemID = "\(meeting.id)-\(Slug.make(title))"
        let blocksBySection = sections.sections.map { PageBlock.blocks($0.lines) }

        var item = AgendaItem(id: itemID, meetingID: meeting.id, number: "", position: 1, title: title)
        item.purpose = sections.sections(.purpose).flatMap { PageBlock.blocks($0.lines) }.map(\.text).joined(separator: " ").nilIfEmpty
        item.decisionMaker = decisionMaker
        item.decisionStatus = sections.field("Decision status")?.value.nilIfEmpty
        item.decisionDate = sections.field("Date of decision").flatMap { DateText.parse($0.value) }
            ?? (page.kind == .decisionRecord ? date : nil)
        item.portfolio = sections.field("Portfolio Area", "Portfolio")?.value.nilIfEmpty
        item.author = sections.field("Author", "Report Author", "Lead Officer")?.value.nilIfEmpty
        item.reference = sections.field("Decision No", "Decision Number", "Reference")?.value
            .trimmingCharacters(in: "()").nilIfEmpty
        item.keyDecision = sections.field("Is Key decision?", "Key decision").map { $0.value.lowercased().hasPrefix("yes") } ?? false
        item.callIn = Self.callIn(sections, kind: page.kind)
        item.kind = page.kind == .report ? "Report" : "Decision"
        // An exemption of the item itself; one of a named appendix leaves the item public (the
        // appendix is only listed, its text is not read).
        // On a line, or in a paragraph whose sentence runs over several lines.
        let exemptions = (source.lines.map(\.text) + blocksBySection.flatMap { $0 }.map(\.text)).compactMap(Schedule12A.statement)
        if let exemption = exemptions.first(where: { $0.appendix == nil }) {
            item.exempt = true
            item.exemptParagraphs = exemption.paragraphs
        }
        let exemptAppendices = exemptions.compactMap(\.appendix).map { $0.lowercased() }

        var paragraphs: [(Paragraph.Kind, String)] = []
        for (section, blocks) in zip(sections.sections, blocksBySection) where section.role != .supportingDocuments {
            if let heading = section.heading { paragraphs.append((.heading, heading)) }
            paragraphs += blocks.map { ($0.isListEntry ? .list : .text, $0.text) }
        }
        // Drop a heading with nothing under it before the next heading ("Decision:" over "Matter for Decision").
        paragraphs = paragraphs.enumerated().filter { index, block in
            block.0 != .heading || (index + 1 < paragraphs.count && paragraphs[index + 1].0 != .heading)
        }.map(\.1)
        guard paragraphs.contains(where: { $0.0 != .heading }) else {
            throw FormatError(file: source.file, line: nil, "the \(page.kind.rawValue) has no text")
        }
        let documentKind: Document.Kind = switch page.kind {
        case .decisionRecord, .decisionDetails: .decision
        case .agendaItem: sections.sections(.minutes).isEmpty ? .decision : .minutes
        case .report: .report
        }
        let document = Document(id: "\(itemID)-\(documentKind.rawValue)", itemID: itemID, kind: documentKind,
                                title: "\(documentKind.title): \(title)",
                                published: sections.field("Publication date").flatMap { DateText.parse($0.value) },
                                source: source.file, paragraphs: Paragraph.numbered(paragraphs))

        var bundle = PaperBundle()
        bundle.body = page.bodyName.map { Body(id: Slug.make($0), name: $0) }
        bundle.committees = [committee]
        bundle.meetings = [meeting]
        bundle.items = [item]
        bundle.documents = [document]
        // The documents a page lists are known by title (and address, from a saved page); their text is not on the page.
        // A line each: their titles do not end sentences, so they are not joined into paragraphs.
        let listed = sections.sections(.supportingDocuments).flatMap(\.lines).map { $0.text.trimmed }
            .map { $0.hasPrefix("• ") ? String($0.dropFirst(2)) : $0 }.filter { !$0.isEmpty && !Self.isFileSize($0) }
        for (offset, title) in listed.enumerated() {
            let lower = title.lowercased()
            let exempt = item.isExempt || ["exempt", "restricted", "confidential", "not for publication"].contains(where: lower.includes)
                || exemptAppendices.contains(where: lower.hasPrefix)
            bundle.documents.append(Document(id: "\(itemID)-listed\(offset + 1)", itemID: itemID, kind: Self.documentKind(title), title: title,
                                             source: links[title], exempt: exempt, paragraphs: []))
        }
        let exchanges = PageExchanges(itemID: itemID,
                                      blocks: zip(sections.sections, blocksBySection)
                                        .filter { [.scrutiny, .minutes, .other].contains($0.0.role) }.flatMap(\.1))
        bundle.questions = exchanges.questions
        bundle.responses = exchanges.responses
        bundle.resolutions = PageResolutions.read(itemID: itemID, sections: Array(zip(sections.sections, blocksBySection)))
        bundle.declarations = PageDeclarations.read(meetingID: meeting.id, itemID: itemID, blocks: blocksBySection.flatMap { $0 },
                                                    itemNumbers: context.itemNumbers)
        // Held: a decision was taken, the item has minutes or resolutions, or its day has passed.
        // An agenda item with none of these (its purpose only) is of a meeting still to come.
        let recorded = page.kind == .decisionRecord || page.kind == .decisionDetails || !bundle.resolutions.isEmpty
            || !sections.sections(.minutes).isEmpty || !sections.sections(.decision).isEmpty
        let past = date.map { day in context.today.map { day < $0 } ?? false } ?? false
        bundle.meetings[0].status = recorded || past ? .held : .scheduled
        notes += PageLeftovers.notes(blocksBySection.flatMap { $0 }, bundle: bundle)
        return bundle
    }

    /// "Report of the Director", "Appendix A", "Minutes", "Decision notice" …
    static func documentKind(_ title: String) -> Document.Kind {
        let lower = title.lowercased()
        if lower.includes("appendix") || lower.includes("annex") { return .appendix }
        if lower.includes("minute") { return .minutes }
        if lower.includes("decision") { return .decision }
        if lower.includes("report") { return .report }
        return .supporting
    }

    /// "PDF 402 KB", "HTM 2 KB": a listed document's size, printed beside it.
    static func isFileSize(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.count == 3 && Double(words[1]) != nil && ["KB", "MB"].contains(words[2].uppercased())
    }

    /// "08/10/2025 - Scrutiny Management Board (Item 7)" → its date, committee and item number.
    static func meetingLine(_ text: String) -> (date: CalendarDate?, committee: String?, item: String?) {
        var rest = Substring(text.trimmed)
        var item: String?
        if rest.hasSuffix(")"), let open = rest.range(of: "(Item ", options: .backwards) {
            item = String(rest[open.upperBound...].dropLast()).trimmed
            rest = rest[..<open.lowerBound]
        }
        let parts = rest.split(separator: " - ", maxSplits: 1).map { String($0).trimmed }
        guard parts.count == 2, let date = DateText.parse(parts[0]) else { return (nil, nil, item) }
        return (date, tidyName(parts[1]), item)
    }

    /// The committee a page belongs to: its decision maker when that is a body rather than a
    /// person, the scrutiny committee when the page records scrutiny, or "Imported papers".
    static func committee(decisionMaker: String?, sections: PageSections) -> String {
        if let maker = decisionMaker {
            let lower = maker.lowercased()
            let person = ["councillor", "member for", "leader", "officer", "director", "chief", "head of", "mayor"]
            let bodies = ["cabinet", "council", "committee", "board", "panel", "executive"]
            if !person.contains(where: lower.includes), bodies.contains(where: lower.includes) { return maker }
        }
        if !sections.sections(.scrutiny).isEmpty { return "Scrutiny Committee" }
        return unknownCommittee
    }

    /// Where a page that names no committee goes.
    static let unknownCommittee = "Imported papers"

    /// A note when a page did not say where it belongs: it joins any other page that did not either.
    static func placementNote(_ bundle: PaperBundle) -> String? {
        guard let meeting = bundle.meetings.first else { return nil }
        let noCommittee = bundle.committees.first?.name == unknownCommittee
        let noDate = meeting.start == nil
        guard noCommittee || noDate else { return nil }
        let missing = [noCommittee ? "committee" : nil, noDate ? "date" : nil].compactMap { $0 }.joined(separator: " or ")
        let options = [noCommittee ? "--committee NAME" : nil, noDate ? "--date YYYY-MM-DD" : nil].compactMap { $0 }.joined(separator: " and ")
        return "the page names no \(missing): it is filed under meeting \(meeting.id), with any other page that names none; give \(options) to place it"
    }

    static func kind(of committee: String) -> Committee.Kind {
        let lower = committee.lowercased()
        if lower.includes("scrutiny") { return .scrutiny }
        if lower.includes("cabinet") || lower.includes("executive") { return .executive }
        if lower.includes("planning") || lower.includes("licensing") || lower.includes("audit") { return .regulatory }
        if lower == "council" || lower.hasSuffix(" council") || lower == "full council" { return .council }
        return .other
    }

    /// "CABINET" → "Cabinet"; "The Cabinet" → "Cabinet".
    static func tidyName(_ name: String?) -> String? {
        guard var name = name?.trimmed, !name.isEmpty else { return nil }
        if name.hasPrefix("The ") { name = String(name.dropFirst(4)) }
        if name.filter(\.isLetter).allSatisfy(\.isUppercase) {
            name = name.lowercased().split(separator: " ").map { word in
                ["and", "of", "for", "the"].contains(word) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
            }.joined(separator: " ")
        }
        return name
    }

    /// Subject to call-in, until the deadline when the page gives one ("Call-in deadline:
    /// 17/11/2025", "Call-In Period expires on 21 March 2025"); called in when a decision record
    /// fills in its "Date of Call-in".
    static func callIn(_ sections: PageSections, kind: ModernGovPage.Kind) -> CallIn {
        if let date = sections.field("Date of Call-in"), DateText.parse(date.value) != nil { return .calledIn }
        let deadline = sections.field("Call-In Period expires on", "Call-in expiry date", "Call-in deadline", "Call-in period ends")
        if let field = sections.field("Is subject to call in?", "Subject to call-in"), !field.value.lowercased().hasPrefix("yes") {
            return .none
        }
        if sections.field("Is subject to call in?", "Subject to call-in") != nil || deadline != nil {
            return .subject(expires: deadline.flatMap { DateText.parse($0.value) })
        }
        return .none
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
