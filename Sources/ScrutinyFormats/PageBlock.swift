/// A paragraph of a council page: prose, or a list entry with its bullet or label.
struct PageBlock: Equatable {
    var text: String
    /// The list label ("(a)", "ii.") or nil.
    var label: String?
    var isListEntry: Bool
    /// The source line it starts on.
    var line: Int

    /// Between the cells of a table row, which is a paragraph of its own.
    static let cellSeparator = " | "

    /// The text without its label.
    var body: String {
        guard let label else { return text }
        return String(text.dropFirst(label.count)).trimmed
    }

    /// Joins wrapped lines into paragraphs. A line that ends a sentence, followed by one that
    /// starts a new sentence, ends a paragraph; so does a blank line, unless the text plainly
    /// runs on (no closing punctuation, next line in lower case: a page break in a PDF copy);
    /// a bullet or label starts a new one.
    static func blocks(_ lines: [SourceText.Line]) -> [PageBlock] {
        var blocks: [PageBlock] = []
        var current: PageBlock?
        var blankSince = false
        var currentIsRow = false // a table row stands alone
        for line in lines {
            if line.isBlank {
                blankSince = true
                continue
            }
            let text = line.text.trimmed
            if let entry = ListLabel(text) {
                if let done = current { blocks.append(done) }
                let shown = entry.label.map { "\($0) \(entry.rest)" } ?? entry.rest
                current = PageBlock(text: shown, label: entry.label, isListEntry: !entry.isMinuteNumber, line: line.number)
                currentIsRow = false
            } else if current?.label != nil, current?.body.isEmpty == true {
                // "(1)" or "12.1" alone on its line (Word's hanging indents): the text that follows is its own.
                current!.text += " " + text
            } else if let previous = current?.text.last, !currentIsRow, !text.includes(cellSeparator),
                      blankSince ? runsOn(previous, into: text) : continues(previous, into: text) {
                current!.text += " " + text // in place: a long paragraph is not copied at each line
            } else {
                if let done = current { blocks.append(done) }
                current = PageBlock(text: text, label: nil, isListEntry: false, line: line.number)
                currentIsRow = text.includes(cellSeparator)
            }
            blankSince = false
        }
        if let done = current { blocks.append(done) }
        return blocks.map { block in
            var tidy = block
            tidy.text = block.text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            return tidy
        }
    }

    /// Without a blank line between them, a line continues the paragraph unless the paragraph
    /// has ended a sentence and the line starts a new one.
    private static func continues(_ last: Character, into next: String) -> Bool {
        guard let first = next.first else { return false }
        return !".:;!?".contains(last) || first.isLowercase
    }

    private static func runsOn(_ last: Character, into next: String) -> Bool {
        guard let first = next.first else { return false }
        return !".:;!?)".contains(last) && first.isLowercase
    }
}
