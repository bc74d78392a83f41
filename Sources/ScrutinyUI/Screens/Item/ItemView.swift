import ScrutinyModel
import TerminalCore

enum ItemView {
    /// "5. Customer Access Strategy 2027–2030".
    static func heading(_ item: AgendaItem) -> String {
        item.number.isEmpty ? item.title : "\(item.number). \(item.title)"
    }

    /// Columns of the notes pane beside an item's page: a third of the width, none below 100.
    static func paneWidth(_ state: AppState) -> Int { state.width >= 100 ? max(34, state.width / 3) : 0 }

    /// Columns of the item's page: what the notes pane and its rule leave.
    static func pageWidth(_ state: AppState) -> Int {
        paneWidth(state) > 0 ? state.width - paneWidth(state) - 1 : state.width
    }

    /// The item screen: its page with the notes beside it, or on a narrow terminal one of the two.
    static func renderScreen(_ state: AppState, _ screen: ItemScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let paneWidth = paneWidth(state)
        guard paneWidth > 0 else {
            if screen.notesPane.focused {
                NotesPaneView.render(state, screen.notesPane, in: area, into: &buffer)
            } else {
                render(state, screen, in: area, into: &buffer)
            }
            return
        }
        let (page, rest) = area.splitLeft(area.width - paneWidth - 1)
        render(state, screen, in: page, into: &buffer)
        let (rule, pane) = rest.splitLeft(1)
        for y in rule.y..<rule.maxY {
            buffer.put(y == rule.y && screen.notesPane.focused ? "┃" : "│", x: rule.x, y: y, style: state.theme[.muted])
        }
        NotesPaneView.render(state, screen.notesPane, in: pane, into: &buffer)
    }

    static func render(_ state: AppState, _ screen: ItemScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        guard screen.detail != nil else {
            buffer.put("Loading item…", x: area.x + 1, y: area.y, style: state.theme[.muted])
            return
        }
        drawLines(screen.lines(width: area.width), from: screen.pager.top, marks: screen.notesPane.anchors,
                  state: state, in: area, into: &buffer)
    }

    /// Draws page lines from `top`, with a ✎ in the margin of the first line of each block
    /// that has a note.
    static func drawLines(_ lines: [ItemPage.Line], from top: Int, marks: Set<ItemPage.Anchor>, state: AppState, in area: Rect,
                          into buffer: inout ScreenBuffer) {
        for offset in 0..<area.height {
            guard let line = lines[safe: top + offset] else { break }
            buffer.put(line.text, x: area.x + 1 + line.indent, y: area.y + offset, style: state.theme[line.role],
                       limit: area.width - 1 - line.indent)
            if let anchor = line.anchor, marks.contains(anchor), lines[safe: top + offset - 1]?.anchor != anchor {
                buffer.put("✎", x: area.x, y: area.y + offset, style: state.theme[.badge])
            }
        }
    }

    /// "Top", "Bottom", "All" or how far through the page the window's bottom is: "42%".
    static func position(_ pager: Pager, lines: Int, height: Int) -> String {
        if lines <= height { return "All" }
        if pager.top == 0 { return "Top" }
        if pager.top + height >= lines { return "Bottom" }
        return "\((pager.top + height) * 100 / lines)%"
    }
}
