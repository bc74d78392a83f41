/// Council HTML (decisions, minutes) reduced to lines of text: block elements end lines, list
/// entries become "• " lines, table cells are separated by tabs, and entities are decoded,
/// including text encoded twice ("&amp;amp;", "&lt;p&gt;").
enum HTMLText {
    static let blocks: Set<String> = ["p", "div", "tr", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
                                      "section", "article", "header", "footer", "nav", "dl", "dt", "dd", "caption", "form"]

    static func lines(_ html: String) -> [String] {
        var source = html
        // Markup that arrives escaped (no real tags, escaped ones) is decoded once first.
        if !source.contains("<") && (source.contains("&lt;") || source.contains("&amp;lt;")) {
            source = decode(source)
        }
        var out = ""
        write(HTMLNode.parse(source), into: &out)
        return textLines(out)
    }

    /// Appends the text of a node: block elements on lines of their own, list entries as
    /// "• " lines, table cells after tabs; white space in the markup is a space, as a browser shows it.
    static func write(_ node: HTMLNode, into out: inout String, skipping skip: (HTMLNode) -> Bool = { _ in false }) {
        switch node {
        case .text(let text):
            out += text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }
        case .element(let name, _, let children):
            if skip(node) { return }
            switch name {
            case "script", "style", "head", "noscript", "template": return
            case "br": out += "\n"; return
            case "li": out += "\n• "
            case "td", "th": out += "\t"
            default: if blocks.contains(name) { out += "\n" }
            }
            for child in children { write(child, into: &out, skipping: skip) }
            if name == "li" || blocks.contains(name) { out += "\n" }
        }
    }

    /// Lines of text written by `write`: entities left from double encoding decoded, spaces
    /// collapsed, empty cells dropped, runs of blank lines made one.
    static func textLines(_ out: String) -> [String] {
        var lines: [String] = []
        for raw in decodeAll(out).split(separator: "\n", omittingEmptySubsequences: false) {
            let cells = raw.split(separator: "\t").map { $0.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ") }
            let line = cells.filter { !$0.isEmpty }.joined(separator: "\t")
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Text of a plain field, with entities left over from double encoding decoded.
    static func plain(_ text: String) -> String {
        decodeAll(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Decodes until nothing changes (text encoded twice or three times), at most three passes.
    static func decodeAll(_ text: String) -> String {
        var current = text
        for _ in 0..<3 {
            let next = decode(current)
            if next == current { break }
            current = next
        }
        return current
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "pound": "£", "euro": "€",
        "bull": "•", "middot": "·", "copy": "©", "shy": "",
    ]

    /// Decodes `&name;`, `&#123;` and `&#x1F;` once; anything else is left as it stands.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                if let decoded = entity(name) {
                    out += decoded
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out.append("&")
            rest = after
        }
        return out + rest
    }

    private static func entity(_ name: String) -> String? {
        if let named = entities[name] { return named }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let value, value > 0, let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }
}
