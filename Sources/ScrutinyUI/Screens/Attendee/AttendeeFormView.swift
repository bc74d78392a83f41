import ScrutinyModel
import TerminalCore

/// The form for someone present who is not on the committee's list.
enum AttendeeFormView {
    static func rows(_ form: AttendeeForm) -> [(field: AttendeeForm.Field, label: String, value: String)] {
        form.fields.map { field in
            switch field {
            case .name: (field, "Name", form.attendance.person)
            case .capacity: (field, "Attending as", form.attendance.role.title)
            case .standingInFor: (field, "For", form.attendance.standingInFor ?? "(choose with ←→)")
            case .post: (field, "Post", form.attendance.title ?? "")
            }
        }
    }

    static func render(_ state: AppState, _ form: AttendeeForm, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        buffer.put("Someone present who is not on the committee's list", x: area.x + 1, y: area.y, style: theme[.heading],
                   limit: area.width - 1)
        FormFields.render(rows(form).map { ($0.label, $0.value, $0.field == form.field) }, typing: form.typedText != nil,
                          problem: form.problem, state: state, in: area, top: area.y + 2, into: &buffer)
    }
}
