import ScrutinyModel

/// The "Issue - meetings" page of a Modern.gov issue: the issue's title, then a block for each
/// meeting that took it — "Meeting: 08/10/2025 - Scrutiny Management Board (Item 7)", the
/// item line, its documents, "Decision:" and "Minutes:". Each block is read as that meeting's
/// agenda-item page, so a decision printed under both headings counts once, at each meeting.
enum ModernGovIssueHistory {
    static func isIssueHistory(_ source: SourceText) -> Bool {
        marker(source) != nil
    }

    private static func marker(_ source: SourceText) -> Int? {
        source.lines.prefix(40).firstIndex { ["issue - meetings", "issue history", "issue – meetings"].contains($0.text.trimmed.lowercased()) }
    }

    static func read(_ source: SourceText, context: PageContext, fallbackTitle: String,
                     links: [String: String] = [:]) throws -> PaperBundle? {
        guard let marker = marker(source) else { return nil }
        let rest = source.lines[(marker + 1)...]
        guard let titleLine = rest.first(where: { !$0.isBlank }) else {
            throw FormatError(file: source.file, line: source.lines[marker].number, "the issue history has no title")
        }
        let title = context.title ?? titleLine.text.trimmed
        let starts = rest.indices.filter { rest[$0].text.trimmed.lowercased().hasPrefix("meeting:") }
        guard !starts.isEmpty else {
            throw FormatError(file: source.file, line: titleLine.number,
                              "the issue history has no \"Meeting: dd/mm/yyyy - Committee (Item N)\" lines")
        }
        var bundle = PaperBundle()
        for (offset, start) in starts.enumerated() {
            let line = rest[start]
            let (date, committee, number) = ModernGovPageReader.meetingLine(String(line.text.trimmed.dropFirst("meeting:".count)))
            guard let date, let committee else {
                throw FormatError(file: source.file, line: line.number, "a meeting line reads \"Meeting: dd/mm/yyyy - Committee (Item N)\", not \"\(line.text.trimmed)\"")
            }
            let end = offset + 1 < starts.count ? starts[offset + 1] : rest.endIndex
            // The item line ("7 Library service review PDF 200 KB") repeats the title; the block's text follows it.
            var lines = Array(rest[(start + 1)..<end])
            if let item = lines.firstIndex(where: { !$0.isBlank }), lines[item].text.contains(title) { lines.remove(at: item) }
            let page = [SourceText.Line(number: line.number, text: "Agenda item"), SourceText.Line(number: line.number, text: title)] + lines
            let blockSource = SourceText(file: source.file, text: page.map(\.text).joined(separator: "\n"))
            var read = try ModernGovPageReader.read(blockSource, context: PageContext(committee: committee, date: date, title: title),
                                                    fallbackTitle: fallbackTitle, links: links)
            if let number { read.items = read.items.map { var item = $0; item.number = number; return item } }
            bundle.merge(read)
        }
        return bundle
    }
}
