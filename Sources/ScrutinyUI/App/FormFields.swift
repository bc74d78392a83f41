import TerminalCore

/// What the small forms share (a declaration, someone present, an action's who and when):
/// typing into a one-line field, and drawing the fields as labelled rows.
enum FormFields {
    /// A key typed into a one-line field: a character (not a line break), Backspace, or
    /// Ctrl+U to clear it. True when it changed the text.
    static func type(_ key: Key, into text: inout String) -> Bool {
        switch key {
        case .character(let character) where character != "\n": text.append(character)
        case .backspace where !text.isEmpty: text.removeLast()
        case .control("u") where !text.isEmpty: text = ""
        default: return false
        }
        return true
    }

    /// Rows of "Label:  value" from `top`, the focused one marked and, when it takes typing,
    /// the cursor after its value; the form's problem, if any, below them.
    static func render(_ rows: [(label: String, value: String, focused: Bool)], typing: Bool, problem: String?, state: AppState,
                       in area: Rect, top: Int, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        for (offset, row) in rows.enumerated() {
            let y = top + offset
            if row.focused {
                buffer.put("›", x: area.x, y: y, style: theme[.heading])
                buffer.focusIfUnset(area.x, y)
            }
            let used = buffer.put(TextWidth.pad(row.label + ":", to: 15) + row.value, x: area.x + 2, y: y,
                                  style: theme[row.focused ? .selection : .normal], limit: area.width - 3)
            if row.focused && typing { buffer.cursor = (area.x + 2 + used, y) }
        }
        // The problem wrapped, so that what a refusal says is read whole.
        for (offset, line) in TextWrap.lines(problem ?? "", width: max(10, area.width - 2)).enumerated() where problem != nil {
            buffer.put(line, x: area.x + 1, y: top + rows.count + 1 + offset, style: theme[.warning], limit: area.width - 1)
        }
    }
}
