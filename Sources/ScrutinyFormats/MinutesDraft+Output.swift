import ScrutinyModel

/// The minutes draft written out, as Markdown or as an HTML page.
extension MinutesDraft {
    /// A resolution as the minutes give it: its opening words, its clauses as a list, and the
    /// outcome and votes on a line of their own.
    public struct Resolved: Equatable, Sendable {
        public var lead: String
        public var clauses: [String]
        public var outcome: String
    }

    public var markdown: String {
        // A backslash ends a line where the text has a break (CommonMark's hard line break).
        func broken(_ text: String, indent: String) -> String { text.replacing("\n", with: "\\\n" + indent) }
        var out: [String] = []
        for block in blocks {
            switch block {
            case .title(let text): out.append("# \(text)")
            case .heading(let text): out.append("## \(text)")
            case .paragraph(let text): out.append(text)
            case .list(let items): out.append(items.map { "- " + broken($0, indent: "  ") }.joined(separator: "\n"))
            case .resolutions(let items):
                out.append(items.map { item in
                    let lead = "- " + broken(item.lead, indent: "  ")
                    guard !item.clauses.isEmpty else { return lead + "\\\n  " + item.outcome }
                    let clauses = item.clauses.map { "  - " + broken($0, indent: "    ") }.joined(separator: "\n")
                    return lead + "\n" + clauses + "\n\n  " + item.outcome
                }.joined(separator: "\n"))
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    public var html: String {
        var title = "Minutes"
        if case .title(let text)? = blocks.first { title = text }
        let body = blocks.map { block in
            switch block {
            case .title(let text): "<h1>\(HTML.escape(text))</h1>"
            case .heading(let text): "<h2>\(HTML.escape(text))</h2>"
            case .paragraph(let text): "<p>\(HTML.lines(text))</p>"
            case .list(let items): "<ul>\n" + items.map { "<li>\(HTML.lines($0))</li>" }.joined(separator: "\n") + "\n</ul>"
            case .resolutions(let items):
                "<ul>\n" + items.map { item in
                    let clauses = item.clauses.isEmpty ? "<br>\n"
                        : "\n<ul>\n" + item.clauses.map { "<li>\(HTML.lines($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
                    return "<li>\(HTML.lines(item.lead))\(clauses)\(HTML.escape(item.outcome))</li>"
                }.joined(separator: "\n") + "\n</ul>"
            }
        }
        return HTML.page(title: title, body: body)
    }
}
