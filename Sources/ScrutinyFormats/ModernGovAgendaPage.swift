import ScrutinyModel

/// A meeting's agenda page (`ieListDocuments`, "Agenda and minutes") saved as HTML: the
/// committee, date and time in its subtitle (`h2.mgSubTitleTxt`, "Cabinet - Wednesday, 19th
/// November, 2025 6.00 pm"), the venue (`span.mgLabel` "Venue:"), and the agenda table
/// (`table.mgItemTable`), a row per item: its printed number (`td.mgItemNumberCell`), then its
/// title, description, "Decision:", "Minutes:" and documents, each row read as that item's
/// agenda-item page. Councils' scrapers select these same classes.
enum ModernGovAgendaPage {
    /// The agenda table of a page, if it has one.
    static func table(in page: HTMLNode) -> HTMLNode? {
        page.first { $0.name == "table" && ($0.hasClass("mgItemTable") || $0.attribute("id") == "mgItemTable") }
    }

    static func read(_ page: HTMLNode, table: HTMLNode, file: String, context: PageContext, links: [String: String]) throws -> PaperBundle {
        let subtitle = page.first { $0.hasClass("mgSubTitleTxt") }.map { HTMLText.plain($0.text) } ?? ""
        let (named, date, minutes) = Self.subtitle(subtitle)
        guard let committee = context.committee ?? named else {
            throw FormatError(file: file, line: nil, "the agenda page does not name its committee (its title reads \"\(subtitle)\"): give --committee NAME")
        }
        let day = context.date ?? date
        let venue = page.all(where: { $0.name == "p" && $0.first(where: { $0.hasClass("mgLabel") }) != nil })
            .map { HTMLText.plain($0.text) }.first { $0.lowercased().hasPrefix("venue:") }.map { String($0.dropFirst(6)).trimmed }
        let rows = table.all { $0.name == "tr" && $0.children.contains { $0.hasClass("mgItemNumberCell") } }
        guard !rows.isEmpty else { throw FormatError(file: file, line: nil, "the agenda table has no items") }
        func number(_ row: HTMLNode) -> String {
            row.children.first { $0.hasClass("mgItemNumberCell") }.map { HTMLText.plain($0.text).trimmingCharacters(in: ". ") } ?? ""
        }
        // Items are known by number before they are read, for declarations that name another item.
        let meetingID = "\(Slug.make(committee))-\(day?.iso ?? "undated")"
        var itemContext = PageContext(committee: committee, date: day)
        for row in rows where !number(row).isEmpty { itemContext.itemNumbers[number(row)] = "\(meetingID)-item-\(Slug.make(number(row)))" }
        var bundle = PaperBundle()
        for (offset, row) in rows.enumerated() {
            let cells = row.children.filter { $0.name == "td" || $0.name == "th" }
            let number = number(row)
            var out = ""
            for cell in cells where !cell.hasClass("mgItemNumberCell") {
                HTMLText.write(cell, into: &out) { ModernGovHTML.isFurniture($0) }
            }
            var lines = HTMLText.textLines(out).filter { !$0.isEmpty }
            guard !lines.isEmpty else { continue }
            var title = lines.removeFirst()
            // "Minutes PDF 154 KB": a linked title carries its file's size.
            let words = title.split(separator: " ")
            if words.count > 3, ModernGovPageReader.isFileSize(words.suffix(3).joined(separator: " ")) {
                title = words.dropLast(3).joined(separator: " ")
            }
            let source = SourceText(file: file, text: (["Agenda item", title] + lines).joined(separator: "\n"))
            itemContext.title = title
            let read = try ModernGovPageReader.read(source, context: itemContext, fallbackTitle: title, links: links)
            guard let item = read.items.first else { continue }
            var itemID = number.isEmpty ? "\(meetingID)-\(Slug.make(title))-\(offset + 1)" : "\(meetingID)-item-\(Slug.make(number))"
            if bundle.items.contains(where: { $0.id == itemID }) { itemID += "-\(offset + 1)" } // "1" and "1." on one page
            var moved = read.movingItem(item.id, to: itemID)
            // The description under the title, before "Decision:", "Minutes:" or "Additional documents:", is the item's purpose.
            let description = lines.prefix { !($0.hasSuffix(":") && PageSections.heading($0) != nil) }.joined(separator: " ")
            moved.items = moved.items.map { item in
                var item = item
                item.number = number
                item.position = offset + 1
                item.purpose = item.purpose ?? description.nilIfEmpty
                return item
            }
            // A linked title is the item's paper (its report, or the minutes it approves).
            if let address = links[title] {
                let kind = ModernGovPageReader.documentKind(title)
                moved.documents.append(Document(id: "\(itemID)-paper", itemID: itemID, kind: kind == .supporting ? .report : kind,
                                                title: title, source: address, exempt: moved.items[0].isExempt, paragraphs: []))
            }
            bundle.merge(moved)
        }
        // The meeting's own documents (printed minutes, agenda frontsheet) are listed outside the table.
        let itemLists = table.all { $0.hasClass("mgBulletList") }
        let meetingPapers = page.all { $0.hasClass("mgBulletList") }.filter { !itemLists.contains($0) }
            .flatMap { $0.all { $0.name == "a" } }
            .compactMap { link -> (String, String)? in
                var title = ""
                HTMLText.write(link, into: &title) { ModernGovHTML.isFurniture($0) }
                return link.attribute("href").map { (HTMLText.plain(title), $0) }
            }
        if let meetingID = bundle.meetings.first?.id, !meetingPapers.isEmpty {
            let itemID = "\(meetingID)-meeting-papers"
            bundle.items.append(AgendaItem(id: itemID, meetingID: meetingID, number: "", position: rows.count + 1,
                                           title: "Meeting papers", kind: "Meeting papers"))
            for (index, paper) in meetingPapers.enumerated() {
                bundle.documents.append(Document(id: "\(itemID)-doc\(index + 1)", itemID: itemID, kind: ModernGovPageReader.documentKind(paper.0),
                                                 title: paper.0, source: paper.1, paragraphs: []))
            }
        }
        bundle.meetings = bundle.meetings.map { meeting in
            var meeting = meeting
            meeting.start = day.map { MeetingTime(date: $0, hour: minutes.map { $0 / 60 }, minute: (minutes ?? 0) % 60) }
            meeting.location = venue ?? meeting.location
            let recorded = !bundle.resolutions.isEmpty || bundle.documents.contains { $0.kind == .minutes }
            let past = day.map { day in context.today.map { day < $0 } ?? false } ?? false
            meeting.status = subtitle.lowercased().includes("cancelled") ? .cancelled : recorded || past ? .held : .scheduled
            return meeting
        }
        return bundle
    }

    /// "Cabinet - Wednesday, 19th November, 2025 6.00 pm" → the committee, the day and the
    /// time in minutes after midnight.
    static func subtitle(_ text: String) -> (committee: String?, date: CalendarDate?, minutes: Int?) {
        guard let dash = text.range(of: " - ") else { return (nil, DateText.parse(text), nil) }
        let committee = String(text[..<dash.lowerBound]).trimmed
        let when = String(text[dash.upperBound...])
        let words = when.split(separator: " ")
        var minutes: Int?
        if let last = words.last?.lowercased(), ["am", "pm"].contains(last), words.count >= 2 {
            minutes = ModernGovXMLReader.clockMinutes("\(words[words.count - 2]) \(last)")
        }
        return (committee.nilIfEmpty, DateText.parse(when), minutes)
    }
}
