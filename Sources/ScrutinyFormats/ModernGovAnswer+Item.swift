import ScrutinyModel

extension ModernGovAnswer {
    /// An `<agendaitem>`: its printed number (`fulldisplaynumberformat`, "55."; `agendaitemnumber`
    /// is only the order), agenda text, minutes and decision (escaped HTML, read as the
    /// agenda-item page reads them, when published), restriction, call-in, decision date and
    /// linked documents.
    mutating func readItem(_ node: XMLElementNode, meeting: Meeting, committee: String, position: Int) throws {
        guard let title = node.value("agendaitemtitle", "title").map(HTMLText.plain) else {
            throw fail(node, "agenda item \(position) has no <agendaitemtitle>")
        }
        let number = node.value("fulldisplaynumberformat").map { HTMLText.plain($0).trimmingCharacters(in: ". ") } ?? ""
        var itemID = number.isEmpty ? "\(meeting.id)-\(Slug.make(title))" : "\(meeting.id)-item-\(Slug.make(number))"
        if bundle.items.contains(where: { $0.id == itemID }) { itemID += "-\(position)" }
        var item = AgendaItem(id: itemID, meetingID: meeting.id, number: number, position: position, title: title)
        let agendaText = node.value("agendatext").map(HTMLText.lines)?.filter { !$0.isEmpty } ?? []
        item.purpose = agendaText.joined(separator: " ").nilIfEmpty
        item.decisionDate = node.value("decisiondate").flatMap { DateText.parse(String($0.prefix(10))) }
        if ModernGovXMLReader.isTrue(node.value("iscallin")) { item.callIn = .subject(expires: nil) }
        let linked = node.child("linkeddocuments")?.children.filter { $0.name == "linkeddoc" || $0.name == "document" } ?? []
        // A restricted item is exempt whether or not its papers say which paragraph of Schedule 12A.
        let restricted = ModernGovXMLReader.isTrue(node.value("isrestricted", "agendaitemisrestricted"))
        let statement = ([title] + agendaText).lazy.compactMap(Schedule12A.statement).first { $0.appendix == nil }
        item.exempt = restricted || statement != nil
        if item.exempt {
            let references = linked.filter { ModernGovXMLReader.isTrue($0.value("isrestricted")) }.compactMap { $0.value("restrictionsref") }
            item.exemptParagraphs = Array(Set(([title] + agendaText + references).flatMap(Schedule12A.paragraphs))).sorted()
        }

        var page = ["Agenda item", title]
        if ModernGovXMLReader.isTrue(node.value("isminutepublished") ?? "True"),
           let minutes = node.value("minutesnonemptyhtmlbody", "minuteshtml").map(HTMLText.lines), minutes.contains(where: { !$0.isEmpty }) {
            page += ["Minutes:"] + minutes
        }
        if ModernGovXMLReader.isTrue(node.value("isdecisionpublished") ?? "True"),
           let decision = node.value("decisionnonemptyhtmlbody", "decisionhtml").map(HTMLText.lines), decision.contains(where: { !$0.isEmpty }) {
            page += ["Decision:"] + decision
        }
        if page.count > 2 { try readRecord(page, of: &item, committee: committee, meeting: meeting, minute: node.value("minutesitemnumber")) }
        for (offset, doc) in linked.enumerated() {
            guard let docTitle = doc.value("title", "documenttitle", "name").map(HTMLText.plain) else { continue }
            bundle.documents.append(Document(
                id: "\(itemID)-doc\(offset + 1)", itemID: itemID,
                kind: ModernGovXMLReader.isTrue(doc.value("isdecisionattachment")) ? .decision : ModernGovPageReader.documentKind(docTitle),
                title: docTitle,
                published: doc.value("publicationdate").flatMap { DateText.parse(String($0.prefix(10))) },
                source: doc.value("url").map(HTMLText.plain) ?? docTitle,
                exempt: item.exempt || ModernGovXMLReader.isTrue(doc.value("isrestricted")),
                paragraphs: []))
        }
        let declared = Int(node.value("declarationcount") ?? "") ?? 0
        if declared > 0 {
            notes.append("item \(number.isEmpty ? title : number): \(declared) declaration\(declared == 1 ? "" : "s") of interest counted, but the answer does not say who declared what")
        }
        bundle.items.append(item)
    }

    /// The minutes and decision text, read as the agenda-item page that shows them, so that
    /// resolutions, questions and responses come out as they do from the page.
    private mutating func readRecord(_ page: [String], of item: inout AgendaItem, committee: String, meeting: Meeting,
                                     minute: String?) throws {
        let source = SourceText(file: file, text: page.joined(separator: "\n"))
        let read = try ModernGovPageReader.read(source, context: PageContext(committee: committee, date: meeting.start?.date),
                                                fallbackTitle: item.title)
        let record = read.movingItem(read.items[0].id, to: item.id, meetingID: meeting.id)
        item.decisionMaker = read.items[0].decisionMaker
        item.exempt = item.exempt || read.items[0].exempt
        for var document in record.documents {
            document.source = nil
            document.exempt = item.exempt
            if let minute, document.kind == .minutes { document.title = "Minute \(minute): \(item.title)" }
            bundle.documents.append(document)
        }
        bundle.questions += record.questions
        bundle.responses += record.responses
        bundle.resolutions += record.resolutions
        bundle.declarations += record.declarations
    }
}
