import ScrutinyModel
import TerminalCore

/// Writing a resolution: its label and item, the text, then the outcome and whether it is final.
enum ResolutionEditorView {
    /// The fields below the text, as drawn and as described.
    static func rows(_ screen: ResolutionEditorScreen) -> [(field: ResolutionEditorScreen.Field, line: String)] {
        [
            (.outcome, "Outcome: \(screen.resolution.outcome.rawValue)"),
            (.final, "Final:   " + (screen.resolution.isFinal ? "yes" : "no — draft")),
        ]
    }

    static func render(_ state: AppState, _ screen: ResolutionEditorScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        let title = "Resolved \(screen.resolution.label) — \(screen.itemHeading)"
        buffer.put(title, x: area.x + 1, y: area.y, style: theme[.heading], limit: area.width - 1)
        let detailTop = area.maxY - 3
        let textArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(1, detailTop - area.y - 2))
        NoteEditorView.drawText(screen.editor, focused: screen.field == .text, placeholder: "That …", state: state,
                                in: textArea, into: &buffer)
        for (offset, (field, line)) in rows(screen).enumerated() {
            let y = detailTop + offset
            guard y > textArea.maxY - 1 else { continue }
            let focused = screen.field == field
            if focused {
                buffer.put("›", x: area.x, y: y, style: theme[.heading])
                buffer.focusIfUnset(area.x, y)
            }
            buffer.put(line, x: area.x + 2, y: y, style: theme[focused ? .selection : .normal], limit: area.width - 3)
        }
        let votes = screen.resolution.votes.map { "\($0.forCount) for, \($0.against) against, \($0.abstain) abstained" }
            ?? (screen.resolution.unanimous ? "unanimous" : "votes not recorded (v on the console)")
        if screen.unsaved {
            buffer.put("NOT SAVED: what is shown is not yet in the store; the next key that can be written saves it all",
                       x: area.x + 1, y: area.maxY - 1, style: theme[.warning], limit: area.width - 1)
        } else {
            buffer.put("Each key is saved as it is typed · \(votes)", x: area.x + 1, y: area.maxY - 1,
                       style: theme[.muted], limit: area.width - 1)
        }
    }
}
