import ScrutinyModel

/// The outline of a paper-pack file: front matter, then headings, each with the
/// `key: value` lines that follow it and the body lines after those.
struct MarkdownOutline {
    struct Property {
        var key: String
        var value: String
        var line: Int
    }

    struct Section {
        /// 1 for `#`, 2 for `##`.
        var level: Int
        var title: String
        var line: Int
        var properties: [Property] = []
        var body: [SourceText.Line] = []

        func value(_ key: String) -> Property? { properties.first { $0.key == key } }
    }

    var frontMatter: [Property] = []
    var sections: [Section] = []

    /// Reads the outline. `propertyKeys` says which keys a section of each level may carry;
    /// the first line that is not one of them ends the section's properties.
    init(_ source: SourceText, propertyKeys: (Int, String) -> Set<String>) throws {
        var lines = source.lines[...]
        guard let first = lines.first, first.text == "---" else {
            throw FormatError(file: source.file, line: 1, "a paper-pack file starts with front matter between two \"---\" lines")
        }
        lines.removeFirst()
        var closed = false
        while let line = lines.popFirst() {
            if line.text == "---" { closed = true; break }
            if line.isBlank || line.text.hasPrefix("#") { continue }
            guard let property = Self.property(line) else {
                throw FormatError(file: source.file, line: line.number, "front matter lines read \"key: value\"; this one does not")
            }
            frontMatter.append(property)
        }
        guard closed else {
            throw FormatError(file: source.file, line: source.lines.count, "the front matter is not closed by a \"---\" line")
        }
        var readingProperties = false
        for line in lines {
            if let heading = Self.heading(line) {
                sections.append(Section(level: heading.level, title: heading.title, line: line.number))
                readingProperties = true
                continue
            }
            guard !sections.isEmpty else {
                if line.isBlank { continue }
                throw FormatError(file: source.file, line: line.number, "text before the first heading")
            }
            let level = sections[sections.count - 1].level
            if readingProperties, let property = Self.property(line), propertyKeys(level, property.key).contains(property.key) {
                sections[sections.count - 1].properties.append(property)
                continue
            }
            if readingProperties && line.isBlank && sections[sections.count - 1].body.isEmpty { continue }
            readingProperties = false
            sections[sections.count - 1].body.append(line)
        }
    }

    func value(_ key: String) -> Property? { frontMatter.first { $0.key == key } }

    /// "# Title" → (1, "Title"). Only `#` and `##` structure a file; `###` is a heading inside a document.
    static func heading(_ line: SourceText.Line) -> (level: Int, title: String)? {
        for (prefix, level) in [("# ", 1), ("## ", 2)] where line.text.hasPrefix(prefix) {
            return (level, String(line.text.dropFirst(prefix.count)).trimmed)
        }
        return nil
    }

    /// "key: value", the key lowercase words.
    static func property(_ line: SourceText.Line) -> Property? {
        guard let colon = line.text.firstIndex(of: ":") else { return nil }
        let key = line.text[..<colon]
        guard !key.isEmpty, key.count <= 24,
              key.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == " " || $0 == "-" || $0 == "_" }) else { return nil }
        return Property(key: String(key), value: String(line.text[line.text.index(after: colon)...]).trimmed,
                        line: line.number)
    }

    /// Splits body lines into paragraphs: blank lines separate them; "### " lines are
    /// headings; "- " and "* " lines are list items (indented lines continue them). A line
    /// that starts with a backslash is taken as plain text without it, its indentation kept; a
    /// backslash at the end of a line keeps the line break (`PackWriter` writes both).
    static func paragraphs(_ body: [SourceText.Line]) -> [(Paragraph.Kind, String)] {
        var blocks: [(Paragraph.Kind, String)] = []
        var current: (kind: Paragraph.Kind, text: String, keepBreak: Bool)?
        func flush() {
            if let block = current, !block.text.isEmpty { blocks.append((block.kind, block.text)) }
            current = nil
        }
        for line in body {
            var text = line.text
            if line.isBlank {
                flush()
                continue
            }
            let escaped = text.hasPrefix("\\")
            if escaped { text.removeFirst() }
            let keepBreak = text.hasSuffix("\\")
            if keepBreak { text.removeLast() }
            if !escaped && text.hasPrefix("### ") {
                flush()
                blocks.append((.heading, String(text.dropFirst(4)).trimmed))
            } else if !escaped && (text.hasPrefix("- ") || text.hasPrefix("* ")) {
                flush()
                current = (.list, String(text.dropFirst(2)).trimmed, keepBreak)
            } else if let block = current {
                let row = escaped && block.keepBreak ? text.trailingTrimmed : text.trimmed
                current = (block.kind, block.text + (block.keepBreak ? "\n" : " ") + row, keepBreak)
            } else {
                current = (.text, text.trimmed, keepBreak)
            }
        }
        flush()
        return blocks
    }
}
