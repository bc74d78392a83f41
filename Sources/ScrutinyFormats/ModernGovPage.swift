import ScrutinyModel

/// The text of a Modern.gov page as a council publishes it, read into its parts: which kind
/// of page, its title, fields, sections and paragraphs.
struct ModernGovPage {
    enum Kind: String {
        case decisionRecord = "decision record"
        case decisionDetails = "decision details"
        case agendaItem = "agenda item"
        case report = "report"
    }

    let kind: Kind
    let title: String?
    let bodyName: String?
    let sections: PageSections

    /// Reads the page; nil when it is none of the kinds Scrutiny knows.
    init?(_ source: SourceText) {
        var lines = Self.flattenTables(source.lines)
        var bodyName: String?
        var title: String?
        // Site furniture comes before the page's own title: "A … Council website", breadcrumbs.
        for line in lines.prefix(12) where line.text.hasPrefix("A ") && line.text.hasSuffix(" website") {
            bodyName = String(line.text.dropFirst(2).dropLast(8))
        }
        let texts = lines.map { $0.text.trimmed.lowercased() }
        if texts.contains(where: { $0 == "record of executive decision" || $0.hasPrefix("decision-maker:") || $0.hasPrefix("decision no:") }) {
            kind = .decisionRecord
        } else if let marker = texts.firstIndex(where: { $0 == "decision details" || $0 == "issue details" }) {
            kind = .decisionDetails
            title = Self.nextText(after: marker, in: lines)
            lines = Array(lines[(marker + 1)...]).filter { $0.text != title }
        } else if let marker = texts.firstIndex(where: { $0 == "agenda item" || $0.hasPrefix("agenda item ") && $0.count < 20 }) {
            kind = .agendaItem
            title = Self.nextText(after: marker, in: lines)
            var rest = Array(lines[(marker + 1)...])
            if let at = rest.firstIndex(where: { $0.text.trimmed == title }) { rest.remove(at: at) }
            lines = rest
        } else if texts.contains(where: { ["recommendations/decisions required:", "executive summary:", "report:",
                                           "purpose of report:", "recommendations:"].contains($0) }) {
            kind = .report
        } else {
            return nil
        }
        self.bodyName = bodyName
        self.sections = PageSections(lines.filter { !$0.text.includes(" > ") })
        self.title = title ?? sections.field("Subject")?.value.nilIfEmpty
    }

    /// Table cells arrive separated by tabs. A row of two cells (a field and its value, a
    /// document and its size) becomes a line per cell; a wider row is a table's row, kept as
    /// one line with its cells separated by " | ".
    private static func flattenTables(_ lines: [SourceText.Line]) -> [SourceText.Line] {
        lines.flatMap { line -> [SourceText.Line] in
            guard line.text.includes("\t") else { return [line] }
            let cells = line.text.split(separator: "\t").map { String($0).trimmed }.filter { !$0.isEmpty }
            if cells.count >= 3 { return [SourceText.Line(number: line.number, text: cells.joined(separator: PageBlock.cellSeparator))] }
            return cells.map { SourceText.Line(number: line.number, text: $0) }
        }
    }

    private static func nextText(after index: Int, in lines: [SourceText.Line]) -> String? {
        lines[(index + 1)...].first { !$0.isBlank }?.text.trimmed
    }
}
