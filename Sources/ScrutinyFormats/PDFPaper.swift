import ScrutinyModel

/// A PDF paper's text as numbered paragraphs, each knowing the page of the PDF it starts on, so
/// that "p. 12, ¶41" is found in the council's own printed copy. Headings are the short lines
/// that stand alone ("3. Background", "Recommendations"); wrapped lines are joined as on a
/// copied council page; a paragraph that runs over a page break stays one, on the page it
/// starts; a page's running number ("12", "Page 12 of 30") is left out.
public struct PDFPaper: Sendable {
    public var paragraphs: [Paragraph]
    public var pages: Int
    /// The text as lines, pages apart, for the readers of council pages (which place a report
    /// by its own fields).
    public var text: String

    /// Reads the PDF at `path`; one without a text layer (a scan) is an error that says so.
    public init(path: String, name: String? = nil) throws {
        var blocks: [(Paragraph.Kind, String, Int?)] = []
        var lines: [String] = []
        pages = try PDFText.pages(of: path) { number, text in
            let page = SourceText(file: name ?? path, text: text).lines
            let kept = Self.withoutRunningNumber(page)
            lines += kept.map(\.text) + [""]
            Self.append(Self.blocks(kept), page: number, to: &blocks)
        }
        guard blocks.contains(where: { $0.0 != .heading }) else {
            throw FormatError(file: name ?? path, line: nil, pages == 0
                ? "the PDF has no pages"
                : "the PDF's \(pages) page\(pages == 1 ? " holds" : "s hold") no text, only images (a scan?): Scrutiny reads a PDF's text layer; run it through OCR (ocrmypdf) or ask the council for the text")
        }
        paragraphs = Paragraph.numbered(blocks)
        text = lines.joined(separator: "\n")
    }

    /// A page's blocks: headings, and the paragraphs between them as a council page's are read.
    static func blocks(_ lines: [SourceText.Line]) -> [(Paragraph.Kind, String)] {
        var result: [(Paragraph.Kind, String)] = []
        var run: [SourceText.Line] = []
        func flush() {
            result += PageBlock.blocks(run).map { ($0.isListEntry ? .list : .text, $0.text) }
            run = []
        }
        // pdftotext parts paragraphs with a blank line only where the gap between them is wide:
        // a heading is a line after a blank, a finished sentence or another heading.
        // A line that the next one plainly continues (it starts in lower case) is no heading.
        var ended = true
        for (index, line) in lines.enumerated() {
            let next = lines[(index + 1)...].first { !$0.isBlank }?.text.trimmed
            if line.isBlank {
                ended = true
                run.append(line)
            } else if ended && isHeading(line.text) && next?.first?.isLowercase != true {
                flush()
                result.append((.heading, line.text.trimmed))
            } else {
                run.append(line)
                ended = line.text.last.map { ".:;!?)".contains($0) } ?? true
            }
        }
        flush()
        return result
    }

    /// A line that reads as a heading: short, not ending a sentence or a clause, starting with a
    /// capital or a section number ("3. Background", not "1.1 The report sets out"), not a bullet.
    static func isHeading(_ line: String) -> Bool {
        let text = line.trimmed
        guard let first = text.first, let last = text.last, text.count <= 80,
              text.split(separator: " ").count <= 12, !".,;:!?".contains(last),
              first.isUppercase || first.isNumber else { return false }
        if first.isNumber {
            // "3. Background", "4.2 Options": a number, then a few words; never a number alone.
            let words = text.drop { $0.isNumber || $0 == "." }
            return words.first == " " && words.contains { $0.isLetter } && text.split(separator: " ").count <= 7
        }
        return ListLabel(text) == nil
    }

    /// The page without its running page number at the top or the foot.
    static func withoutRunningNumber(_ lines: [SourceText.Line]) -> [SourceText.Line] {
        var kept = lines
        for end in [true, false] {
            guard let index = end ? kept.lastIndex(where: { !$0.isBlank }) : kept.firstIndex(where: { !$0.isBlank }),
                  isPageNumber(kept[index].text) else { continue }
            kept.remove(at: index)
        }
        return kept
    }

    /// "12", "- 12 -", "Page 12", "Page 12 of 30", "12 | Page".
    static func isPageNumber(_ line: String) -> Bool {
        let words = line.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
        return words.allSatisfy { $0.allSatisfy(\.isNumber) || $0 == "page" || $0 == "of" }
    }

    /// Adds a page's blocks, the first joined to the last of the page before when it plainly
    /// runs on (no closing punctuation, a lower-case start).
    static func append(_ page: [(Paragraph.Kind, String)], page number: Int, to blocks: inout [(Paragraph.Kind, String, Int?)]) {
        var page = page[...]
        if let (kind, text) = page.first, kind == .text, let previous = blocks.last, previous.0 != .heading,
           let last = previous.1.last, !".:;!?)".contains(last), text.first?.isLowercase == true {
            blocks[blocks.count - 1].1 += " " + text
            page = page.dropFirst()
        }
        blocks += page.map { ($0.0, $0.1, number) }
    }
}
