import Foundation
import ScrutinyModel
import TerminalCore

extension AttendeeForm: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Someone present" }

    static let keymapChains = [[Keymaps.attendee]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        typedText != nil ? Hints("type the \(field == .name ? "name" : "post")", [.nextField, .save, .back])
            : Hints([.previousValue, .nextValue, .nextField, .save, .back])
    }

    var takesText: Bool { true }
    var lineEntry: LineEntry { .form }

    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        problem = nil
        let action = Keymaps.attendee.action(for: key)
        if var text = typedText, action == nil || key == .character(" ") {
            _ = FormFields.type(key, into: &text)
            if field == .name { attendance.person = text } else { attendance.title = text.isEmpty ? nil : text }
            return []
        }
        switch action {
        case .nextField, .previousField:
            field = fields.stepping(from: field, by: action == .nextField ? 1 : -1)
        case .nextValue, .previousValue:
            let step = action == .nextValue ? 1 : -1
            switch field {
            case .capacity:
                attendance.role = Self.capacities.stepping(from: attendance.role, by: step)
                attendance.standingInFor = attendance.role == .substitute ? attendance.standingInFor ?? members.first : nil
            case .standingInFor:
                if !members.isEmpty { attendance.standingInFor = members.stepping(from: attendance.standingInFor ?? "", by: step) }
            default: break
            }
        case .save:
            attendance.person = attendance.person.trimmingCharacters(in: .whitespaces)
            guard !attendance.person.isEmpty else {
                problem = "Type the name of the person present."
                field = .name
                break
            }
            guard !members.contains(attendance.person) else {
                problem = "\(attendance.person) is on the committee: mark them on the attendance list."
                break
            }
            if attendance.role != .officer && attendance.role != .other { attendance.title = nil }
            app.closeScreen()
            let apologies = attendance.standingInFor.flatMap { unrecorded.contains($0) ? $0 : nil }
                .map { Attendance(meetingID: attendance.meetingID, person: $0, status: .apologies) }
            return [.recordAttendance(attendance)] + (apologies.map { [.recordAttendance($0)] } ?? [])
        case .back:
            app.closeScreen()
        default:
            break
        }
        return []
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? { nil }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        AttendeeFormView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        ["Someone present who is not on the committee's list"]
            + AttendeeFormView.rows(self).map { (field == $0.field ? "> " : "  ") + "\($0.label): \($0.value)" }
            + (problem.map { ["Error: \($0)"] } ?? [])
    }
}
