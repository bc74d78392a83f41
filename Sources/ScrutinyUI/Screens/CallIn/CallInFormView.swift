import ScrutinyModel
import TerminalCore

/// The call-in form: its fields as labelled rows, what the store said below them.
enum CallInFormView {
    /// The form's fields with their labels and values, as drawn and as described.
    static func rows(_ form: CallInForm) -> [(field: CallInForm.Field, label: String, value: String)] {
        form.fields.map { field in
            switch field {
            case .signatories: (field, "Signed by", form.signatories)
            case .ground: (field, "Grounds", form.ground.isEmpty && !form.councilGrounds.isEmpty ? "(choose with ←→, or type)" : form.ground)
            case .reason: (field, "Reasons", form.reason)
            case .received: (field, "Received", form.received)
            case .meeting: (field, "Heard at", form.meetings.indices.contains(form.meeting) ? form.meetings[form.meeting].label : "(no meeting since)")
            case .outcome: (field, "Outcome", form.outcome.rawValue)
            case .note: (field, "Note", form.note)
            }
        }
    }

    static func title(_ form: CallInForm) -> String {
        form.request == nil ? "Call in — \(form.itemHeading)" : "Hearing of the call-in — \(form.itemHeading)"
    }

    static func render(_ state: AppState, _ form: CallInForm, in area: Rect, into buffer: inout ScreenBuffer) {
        buffer.put(title(form), x: area.x + 1, y: area.y, style: state.theme[.heading], limit: area.width - 1)
        FormFields.render(rows(form).map { ($0.label, $0.value, $0.field == form.field) }, typing: form.typedText != nil,
                          problem: form.problem, state: state, in: area, top: area.y + 2, into: &buffer)
    }
}
