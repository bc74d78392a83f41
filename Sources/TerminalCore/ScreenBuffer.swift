/// A frame of the screen: a grid of cells that views draw into and the backend shows.
public struct ScreenBuffer: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    private var cells: [Cell]
    /// An input's caret: the terminal cursor shows there.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0 % max(1, width), $0 / max(1, width)) } }
        set { cursorPosition = newValue.map { $0.y * width + $0.x } }
    }
    private var cursorPosition: Int?

    /// Where the member's attention is — the start of the selected row, the paragraph under the
    /// cursor, a dialog's chosen button: with no caret, the terminal cursor rests here (hidden,
    /// unless a screen reader asks to see it), so that a screen reader follows the focus.
    /// The focused pane sets it as it draws; the first to set it keeps it.
    public var focus: (x: Int, y: Int)? {
        get { focusPosition.map { ($0 % max(1, width), $0 / max(1, width)) } }
        set { focusPosition = newValue.map { $0.y * width + $0.x } }
    }
    private var focusPosition: Int?

    /// Sets the focus unless a pane drawn before has set it.
    public mutating func focusIfUnset(_ x: Int, _ y: Int) {
        if focusPosition == nil { focus = (x, y) }
    }

    /// Where the terminal cursor rests after this frame: the caret, else the focus.
    public var restingPlace: (x: Int, y: Int)? { cursor ?? focus }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Sets one cell; writing over half of a wide character blanks its other half.
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        if cells[index].isContinuation && x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
        if x + 1 < width && cells[index + 1].isContinuation && !cell.isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Draws `text` from (x, y), within `limit` columns (to the right edge by default).
    /// Returns the columns used. A wide character that would cross the limit is not drawn.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let end = min(width, x + (limit ?? width))
        var column = x
        for raw in text {
            if raw == "\n" { break }
            let character = TextWidth.displayable(raw)
            let cellWidth = TextWidth.of(character)
            if cellWidth == 0 { continue }
            if column + cellWidth > end { break }
            if column >= 0 {
                set(column, y, Cell(String(character), style: style))
                if cellWidth == 2 { set(column + 1, y, Cell("", style: style)) }
            }
            column += cellWidth
        }
        return column - x
    }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x] = Cell(" ", style: style)
            }
        }
    }

    /// Clears `box` and draws a frame round it with `title` on its top edge.
    public mutating func frame(_ box: Rect, title: String, style: Style, titleStyle: Style) {
        guard box.width >= 4, box.height >= 2 else { return }
        fill(box, style: style)
        let horizontal = String(repeating: "─", count: box.width - 2)
        put("┌" + horizontal + "┐", x: box.x, y: box.y, style: style)
        put("└" + horizontal + "┘", x: box.x, y: box.maxY - 1, style: style)
        for y in box.y + 1..<box.maxY - 1 {
            put("│", x: box.x, y: y, style: style)
            put("│", x: box.maxX - 1, y: y, style: style)
        }
        put(" " + TextWidth.truncate(title, to: box.width - 4) + " ", x: box.x + 1, y: box.y, style: titleStyle)
    }

    /// Sets the style of every cell in a rectangle, keeping the text.
    public mutating func restyle(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) {
                cells[y * width + x].style = style
            }
        }
    }

    /// The text of row `y`, without trailing spaces.
    public func text(row y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for x in 0..<width { line += cells[y * width + x].text }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The whole frame as text, one line per row: what a golden screen holds.
    public var text: String {
        (0..<height).map { text(row: $0) }.joined(separator: "\n")
    }

    /// The cells that differ from `previous`, left to right, top to bottom. A frame of a
    /// different size differs everywhere.
    public func changes(since previous: ScreenBuffer?) -> [CellChange] {
        var result: [CellChange] = []
        let sameSize = previous.map { $0.width == width && $0.height == height } ?? false
        for index in cells.indices where !sameSize || previous!.cells[index] != cells[index] {
            result.append(CellChange(x: index % width, y: index / width, cell: cells[index]))
        }
        return result
    }

    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells && lhs.cursorPosition == rhs.cursorPosition
            && lhs.focusPosition == rhs.focusPosition
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }
}

/// One cell to redraw.
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
}
