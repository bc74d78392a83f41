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
                render(state, screen, focused: true, in: area, into: &buffer)
            }
            return
        }
        let (page, rest) = area.splitLeft(area.width - paneWidth - 1)
        render(state, screen, focused: !screen.notesPane.focused, in: page, into: &buffer)
        let (rule, pane) = rest.splitLeft(1)
        for y in rule.y..<rule.maxY {
            buffer.put(y == rule.y && screen.notesPane.focused ? "┃" : "│", x: rule.x, y: y, style: state.theme[.muted])
        }
        NotesPaneView.render(state, screen.notesPane, in: pane, into: &buffer)
    }

    /// The item's page; `focused` when its paragraph cursor has the keys (not the notes pane's,
    /// nor, for a preview, the agenda's).
    static func render(_ state: AppState, _ screen: ItemScreen, focused: Bool, in area: Rect, into buffer: inout ScreenBuffer) {
        guard screen.detail != nil else {
            buffer.put("Loading item…", x: area.x + 1, y: area.y, style: state.theme[.muted])
            return
        }
        drawLines(screen.lines(width: area.width), page: screen.page, marks: screen.notesPane.anchors, words: screen.marks, state: state,
                  focused: focused, in: area, into: &buffer)
    }

    /// Draws page lines from the window's top, with a ✎ in the margin of the first line of each
    /// block that has a note, and the block under the cursor in the selection style with the
    /// terminal's cursor on its first line in the window; `words` (folded) in the match style.
    static func drawLines(_ lines: [ItemPage.Line], page: PageCursor, marks: Set<ItemPage.Anchor>, words: Set<String> = [], state: AppState,
                          focused: Bool = true, in area: Rect, into buffer: inout ScreenBuffer) {
        let top = page.top
        for offset in 0..<area.height {
            guard let line = lines[safe: top + offset] else { break }
            let y = area.y + offset
            let underCursor = line.anchor != nil && line.anchor == page.anchor
            if underCursor {
                buffer.fill(Rect(x: area.x + 1, y: y, width: area.width - 1, height: 1), style: state.theme[.selection])
                if focused { buffer.focusIfUnset(area.x + 1, y) }
            }
            buffer.put(line.text, x: area.x + 1 + line.indent, y: y, style: state.theme[underCursor ? .selection : line.role],
                       limit: area.width - 1 - line.indent)
            if let anchor = line.anchor, marks.contains(anchor), lines[safe: top + offset - 1]?.anchor != anchor {
                buffer.put("✎", x: area.x, y: y, style: state.theme[.badge])
            }
            if !words.isEmpty {
                markWords(in: line.text, where: { words.contains(ItemPage.fold($0)) }, x: area.x + 1 + line.indent, y: y,
                          limit: area.maxX, style: state.theme[.match], into: &buffer)
            }
        }
    }

    /// Restyles the words of `text`, drawn from column `x`, that `marked` picks.
    static func markWords(in text: String, where marked: (Substring) -> Bool, x: Int, y: Int, limit: Int, style: Style,
                          into buffer: inout ScreenBuffer) {
        var column = x
        var wordStart: (index: String.Index, column: Int)?
        for index in text.indices + [text.endIndex] {
            let character = index < text.endIndex ? text[index] : " "
            if character.isLetter || character.isNumber {
                if wordStart == nil { wordStart = (index, column) }
            } else if let start = wordStart {
                if marked(text[start.index..<index]), start.column < limit {
                    buffer.restyle(Rect(x: start.column, y: y, width: min(column, limit) - start.column, height: 1), style: style)
                }
                wordStart = nil
            }
            if index < text.endIndex { column += TextWidth.of(character) }
        }
    }

    /// What the cursor is on ("¶9", "Q2", "(a)") and how far through the page the window is:
    /// "Top", "Bottom", "All" or where its bottom is, "42%".
    static func position(_ page: PageCursor, lines: [ItemPage.Line], height: Int, documents: [Document], detail: ItemDetail?) -> String {
        (page.anchor.flatMap { cursorLabel($0, documents: documents, detail) }.map { $0 + "  " } ?? "")
            + through(top: page.top, lines: lines.count, height: height)
    }

    /// "Top", "Bottom", "All" or how far through the text the window's bottom is: "42%".
    static func through(top: Int, lines: Int, height: Int) -> String {
        if lines <= height { return "All" }
        if top == 0 { return "Top" }
        if top + height >= lines { return "Bottom" }
        return "\((top + height) * 100 / lines)%"
    }

    /// The short name of what the cursor is on, as the status bar shows it.
    private static func cursorLabel(_ anchor: ItemPage.Anchor, documents: [Document], _ detail: ItemDetail?) -> String? {
        switch anchor {
        case .paragraph(let id, let position):
            let document = documents.first { $0.id == id }
            return document?.paragraphs[safe: position - 1]?.citation
        case .question(let id): return detail?.questions.first { $0.id == id }.map { "Q\($0.position)" }
        case .response: return "response"
        case .resolution(let id): return detail?.resolutions.first { $0.id == id }.map { $0.label.isEmpty ? "resolution" : $0.label }
        }
    }
}
