import ScrutinyModel
import TerminalCore

/// The note editor: a title, the text being typed (wrapped, with the cursor), then the
/// note's details one per row; the field with the keys is marked with ›.
enum NoteEditorView {
    /// Columns the text wraps at: the body less the margin, the gutter and room for the cursor.
    static func textWidth(_ state: AppState) -> Int { max(2, state.width - 5) }

    static func render(_ state: AppState, _ screen: NoteEditorScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        let fields = screen.fields.filter { $0 != .text }
        let title = screen.isNew ? "New note" : "Edit note"
        buffer.put(title, x: area.x + 1, y: area.y, style: theme[.heading], limit: area.width - 1)
        // Rows below the text: the details, then a line for what is wrong.
        let detailTop = area.maxY - fields.count - 1
        let textArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(1, detailTop - area.y - 1))
        drawText(screen.editor, focused: screen.field == .text, placeholder: "Write your note here…", state: state,
                 in: textArea, into: &buffer)
        for (offset, field) in fields.enumerated() {
            let y = detailTop + offset
            guard y > textArea.maxY - 1, y < area.maxY else { continue }
            let focused = screen.field == field
            let line = "\(label(field)): \(value(field, screen, state))"
            if focused {
                buffer.put("›", x: area.x, y: y, style: theme[.heading])
                buffer.focusIfUnset(area.x, y)
            }
            let used = buffer.put(line, x: area.x + 2, y: y, style: theme[focused ? .selection : .normal], limit: area.width - 3)
            if focused && field == .followUp { buffer.cursor = (area.x + 2 + used, y) }
        }
        if let problem = screen.problem {
            buffer.put(problem, x: area.x + 1, y: area.maxY - 1, style: theme[.warning], limit: area.width - 1)
        }
    }

    /// The text with a gutter, scrolled so the cursor's row is in view; the resolution editor
    /// draws its text the same way.
    static func drawText(_ editor: TextEditor, focused: Bool, placeholder: String, state: AppState, in area: Rect,
                         into buffer: inout ScreenBuffer) {
        let width = textWidth(state)
        let rows = editor.rows(width: width)
        let cursor = editor.cursorCell(width: width)
        let top = max(0, cursor.row - area.height + 1)
        for offset in 0..<area.height {
            let y = area.y + offset
            buffer.put(focused ? "┃" : "│", x: area.x + 1, y: y, style: state.theme[.muted])
            if let row = rows[safe: top + offset] {
                buffer.put(editor.string(row), x: area.x + 3, y: y, style: state.theme[.normal], limit: area.width - 3)
            }
        }
        if editor.isEmpty {
            buffer.put(placeholder, x: area.x + 3, y: area.y, style: state.theme[.muted], limit: area.width - 3)
        }
        if focused { buffer.cursor = (area.x + 3 + cursor.column, area.y + cursor.row - top) }
    }

    static func label(_ field: NoteEditorScreen.Field) -> String {
        switch field {
        case .text: "Text"
        case .target: "On"
        case .visibility: "Who sees it"
        case .priority: "Priority"
        case .status: "Status"
        case .followUp: "Follow up by"
        case .flags: "Flags"
        }
    }

    static func value(_ field: NoteEditorScreen.Field, _ screen: NoteEditorScreen, _ state: AppState) -> String {
        let draft = screen.current
        switch field {
        case .text: return ""
        case .target: return screen.spots[safe: screen.spot]?.label ?? ""
        case .visibility:
            return draft.visibility == .private ? "only me (private)" : "everyone reading these papers (shared)"
        case .priority: return Note.priorityName(draft.priority)
        case .status: return draft.status.label
        case .followUp: return screen.followUp.isEmpty && screen.field != .followUp ? "no date" : screen.followUp
        case .flags: return draft.flags.isEmpty ? "none (Space to choose)" : state.flagNames(draft.flags)
        }
    }
}
