/// Multi-line text being typed: characters (grapheme clusters) and a cursor between them,
/// soft-wrapped to a width for display. Used wherever a member writes more than a word.
public struct TextEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// The index in `characters` the next typed character goes before.
    public private(set) var cursor: Int

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// The text with the cursor at its end, or at `cursor` characters in.
    public init(text: String = "", cursor: Int? = nil) {
        characters = Array(text)
        self.cursor = min(max(0, cursor ?? characters.count), characters.count)
    }

    /// A screen row of the text: characters `start..<end` of it.
    public struct Row: Hashable, Sendable {
        public var start: Int
        public var end: Int
    }

    public func string(_ row: Row) -> String { String(characters[row.start..<row.end]) }

    /// The text wrapped to `width` columns: at line breaks, else after the last space that
    /// fits, else (a long word) wherever the width runs out.
    public func rows(width: Int) -> [Row] {
        let width = max(2, width)
        var rows: [Row] = []
        var start = 0
        var column = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                rows.append(Row(start: start, end: index))
                start = index + 1
                column = 0
                lastSpace = nil
                index += 1
                continue
            }
            let cell = TextWidth.of(character)
            if column + cell > width && character == " " {
                // A space at the edge ends the row, hanging past it.
                rows.append(Row(start: start, end: index + 1))
                start = index + 1
                column = 0
                lastSpace = nil
                index += 1
                continue
            }
            if column + cell > width && index > start {
                let cut = lastSpace.map { $0 + 1 } ?? index
                rows.append(Row(start: start, end: cut))
                start = cut
                column = TextWidth.of(String(characters[start..<index]))
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            column += cell
            index += 1
        }
        rows.append(Row(start: start, end: characters.count))
        return rows
    }

    /// The row and column the cursor is drawn at, for `rows(width:)`.
    public func cursorCell(width: Int) -> (row: Int, column: Int) {
        let rows = rows(width: width)
        let row = rows.lastIndex { $0.start <= cursor } ?? 0
        return (row, TextWidth.of(String(characters[rows[row].start..<cursor])))
    }

    /// What a key did to the text.
    public enum Outcome: Sendable, Equatable {
        case changed, moved, ignored
    }

    /// Applies an editing key: typing, Enter for a new line, Backspace, Delete, arrows,
    /// Home/End (ctrl+a/ctrl+e) for the row, ctrl+k to cut the rest of the line, ctrl+w the word before.
    public mutating func handle(_ key: Key, width: Int) -> Outcome {
        switch key {
        case .character(let character):
            insert(character)
        case .enter:
            insert("\n")
        case .backspace:
            guard cursor > 0 else { return .ignored }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return .ignored }
            characters.remove(at: cursor)
        case .control("k"):
            // The rest of the line, or at its end the line break.
            var end = characters[cursor...].firstIndex(of: "\n") ?? characters.count
            if end == cursor && end < characters.count { end += 1 }
            guard end > cursor else { return .ignored }
            characters.removeSubrange(cursor..<end)
        case .control("w"):
            var start = cursor
            while start > 0 && characters[start - 1] == " " { start -= 1 }
            while start > 0 && characters[start - 1] != " " && characters[start - 1] != "\n" { start -= 1 }
            guard start < cursor else { return .ignored }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .left:
            cursor = max(0, cursor - 1)
            return .moved
        case .right:
            cursor = min(characters.count, cursor + 1)
            return .moved
        case .up, .down:
            moveVertically(key == .up ? -1 : 1, width: width)
            return .moved
        case .home, .control("a"):
            let rows = rows(width: width)
            cursor = rows[cursorCell(width: width).row].start
            return .moved
        case .end, .control("e"):
            let rows = rows(width: width)
            cursor = rows[cursorCell(width: width).row].end
            return .moved
        default:
            return .ignored
        }
        return .changed
    }

    /// Inserts a character; a combining mark typed on its own joins the character before it.
    private mutating func insert(_ character: Character) {
        if cursor > 0, character != "\n", characters[cursor - 1] != "\n" {
            let joined = String(characters[cursor - 1]) + String(character)
            if joined.count == 1 {
                characters[cursor - 1] = Character(joined)
                return
            }
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    private mutating func moveVertically(_ delta: Int, width: Int) {
        let rows = rows(width: width)
        let (row, column) = cursorCell(width: width)
        let target = row + delta
        guard rows.indices.contains(target) else {
            cursor = delta < 0 ? 0 : characters.count
            return
        }
        var index = rows[target].start
        var used = 0
        while index < rows[target].end {
            let cell = TextWidth.of(characters[index])
            if used + cell > column { break }
            used += cell
            index += 1
        }
        cursor = index
    }
}
