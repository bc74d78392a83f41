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
        let rows = rows(form)
        for (offset, (field, label, value)) in rows.enumerated() {
            let y = area.y + 2 + offset
            let focused = form.field == field
            if focused { buffer.put("›", x: area.x, y: y, style: theme[.heading]) }
            let used = buffer.put(TextWidth.pad(label + ":", to: 15) + value, x: area.x + 2, y: y,
                                  style: theme[focused ? .selection : .normal], limit: area.width - 3)
            if focused && form.typedText != nil { buffer.cursor = (area.x + 2 + used, y) }
        }
        if let problem = form.problem {
            buffer.put(problem, x: area.x + 1, y: area.y + 3 + rows.count, style: theme[.warning], limit: area.width - 1)
        }
    }
}
