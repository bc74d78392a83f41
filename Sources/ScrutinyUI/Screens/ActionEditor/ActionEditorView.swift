import ScrutinyModel
import TerminalCore

/// Writing an action: what, then who and by when below.
enum ActionEditorView {
    static func rows(_ screen: ActionEditorScreen) -> [(field: ActionEditorScreen.Field, line: String)] {
        let due = screen.dueText.isEmpty ? "" : screen.current.due.map { "\(screen.dueText) (\($0.short))" } ?? "\(screen.dueText) (not a date yet)"
        return [(.owner, "Who:      \(screen.action.owner)"), (.due, "By when:  \(due)")]
    }

    static func render(_ state: AppState, _ screen: ActionEditorScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        buffer.put("Action — \(screen.itemHeading)", x: area.x + 1, y: area.y, style: theme[.heading], limit: area.width - 1)
        let detailTop = area.maxY - 3
        let textArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(1, detailTop - area.y - 2))
        NoteEditorView.drawText(screen.editor, focused: screen.field == .text, placeholder: "What is to be done …", state: state,
                                in: textArea, into: &buffer)
        for (offset, (field, line)) in rows(screen).enumerated() {
            let y = detailTop + offset
            guard y > textArea.maxY - 1 else { continue }
            let focused = screen.field == field
            if focused {
                buffer.put("›", x: area.x, y: y, style: theme[.heading])
                buffer.focusIfUnset(area.x, y)
            }
            let used = buffer.put(line, x: area.x + 2, y: y, style: theme[focused ? .selection : .normal], limit: area.width - 3)
            if focused {
                let typed = field == .owner ? screen.action.owner : screen.dueText
                buffer.cursor = (area.x + 2 + min(used, 10 + TextWidth.of(typed)), y)
            }
        }
        buffer.put(screen.unsaved ? "NOT SAVED: what is shown is not yet in the store; the next key that can be written saves it all"
                   : "Each key is saved as it is typed", x: area.x + 1, y: area.maxY - 1,
                   style: theme[screen.unsaved ? .warning : .muted], limit: area.width - 1)
    }
}
