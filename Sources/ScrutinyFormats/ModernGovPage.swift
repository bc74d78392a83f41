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
        guard let (kind, marker) = Self.detect(lines) else { return nil }
        self.kind = kind
        if let marker {
            title = Self.nextText(after: marker, in: lines)
            var rest = Array(lines[(marker + 1)...])
            if kind == .decisionDetails {
                rest = rest.filter { $0.text != title }
            } else if let at = rest.firstIndex(where: { $0.text.trimmed == title }) {
                rest.remove(at: at)
            }
            lines = rest
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

    /// The kind of page, and the line of its marker ("Agenda item") when the title follows one.
    /// Markers are short lines: only the start of each line is compared.
    static func detect(_ lines: [SourceText.Line]) -> (Kind, Int?)? {
        let texts = lines.map { String($0.text.trimmed.prefix(40)).lowercased() }
        if texts.contains(where: { $0 == "record of executive decision" || $0.hasPrefix("decision-maker:") || $0.hasPrefix("decision no:") }) {
            return (.decisionRecord, nil)
        }
        if let marker = texts.firstIndex(where: { $0 == "decision details" || $0 == "issue details" }) {
            return (.decisionDetails, marker)
        }
        if let marker = texts.firstIndex(where: { $0 == "agenda item" || $0.hasPrefix("agenda item ") && $0.count < 20 }) {
            return (.agendaItem, marker)
        }
        let reportHeadings: Set<String> = ["recommendations/decisions required:", "executive summary:", "report:", "purpose of report:", "recommendations:"]
        return texts.contains(where: reportHeadings.contains) ? (.report, nil) : nil
    }

    private static func nextText(after index: Int, in lines: [SourceText.Line]) -> String? {
        lines[(index + 1)...].first { !$0.isBlank }?.text.trimmed
    }
}
