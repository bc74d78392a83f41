import ScrutinyModel
import TerminalCore

/// A declaration of interest: who, what kind of interest, what they did, the details.
enum DeclarationFormView {
    /// The form's fields with their labels and values, as drawn and as described.
    static func rows(_ form: DeclarationForm) -> [(field: DeclarationForm.Field, label: String, value: String)] {
        [
            (.member, "Member", form.declaration.person.isEmpty ? "(choose with ←→)" : form.declaration.person),
            (.kind, "Interest", form.declaration.kind.title),
            (.action, "What they did", form.declaration.action.title),
            (.detail, "Details", form.declaration.detail),
        ]
    }

    static func render(_ state: AppState, _ form: DeclarationForm, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        buffer.put("Declaration of interest — \(form.itemHeading)", x: area.x + 1, y: area.y, style: theme[.heading], limit: area.width - 1)
        for (offset, (field, label, value)) in rows(form).enumerated() {
            let y = area.y + 2 + offset
            let focused = form.field == field
            if focused { buffer.put("›", x: area.x, y: y, style: theme[.heading]) }
            let used = buffer.put(TextWidth.pad(label + ":", to: 15) + value, x: area.x + 2, y: y,
                                  style: theme[focused ? .selection : .normal], limit: area.width - 3)
            if focused && field == .detail { buffer.cursor = (area.x + 2 + used, y) }
        }
        if let problem = form.problem {
            buffer.put(problem, x: area.x + 1, y: area.y + 7, style: theme[.warning], limit: area.width - 1)
        }
    }
}
