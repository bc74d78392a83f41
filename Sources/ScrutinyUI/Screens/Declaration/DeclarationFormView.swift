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
        FormFields.render(rows(form).map { ($0.label, $0.value, $0.field == form.field) }, typing: form.field == .detail,
                          problem: form.problem, state: state, in: area, top: area.y + 2, into: &buffer)
    }
}
