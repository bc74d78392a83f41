import ScrutinyModel
import TerminalCore

extension CallInForm: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { request == nil ? "Call in" : "Hearing" }

    static let keymapChains = [[Keymaps.callInForm]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        typedText != nil ? Hints("type", [.nextField, .save, .back]) : Hints([.previousValue, .nextValue, .nextField, .save, .back])
    }

    var takesText: Bool { true }
    var lineEntry: LineEntry { .form }

    /// The text of the field with the cursor, when it takes typing.
    var typedText: String? {
        switch field {
        case .signatories: signatories
        case .ground: ground
        case .reason: reason
        case .received: received
        case .note: note
        case .meeting, .outcome: nil
        }
    }

    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        let action = Keymaps.callInForm.action(for: key)
        // A ground is typed, or chosen from the council's with ←→.
        let chooses = action == .nextValue || action == .previousValue
        if typedText != nil, action == nil || key == .character(" ") || (chooses && field != .ground) {
            problem = nil
            switch field {
            case .signatories: _ = FormFields.type(key, into: &signatories)
            case .ground: _ = FormFields.type(key, into: &ground)
            case .reason: _ = FormFields.type(key, into: &reason)
            case .received: _ = FormFields.type(key, into: &received)
            case .note: _ = FormFields.type(key, into: &note)
            case .meeting, .outcome: break
            }
            return []
        }
        switch action {
        case .nextField, .previousField:
            let index = fields.firstIndex(of: field) ?? 0
            field = fields[(index + (action == .nextField ? 1 : fields.count - 1)) % fields.count]
        case .nextValue, .previousValue:
            let step = action == .nextValue ? 1 : -1
            switch field {
            case .ground where !councilGrounds.isEmpty: ground = councilGrounds.stepping(from: ground, by: step)
            case .meeting where !meetings.isEmpty: meeting = (meeting + step + meetings.count) % meetings.count
            case .outcome: outcome = outcome.cycled(by: step)
            default: break
            }
        case .save where !saving:
            switch effect() {
            case .success(let effect):
                saving = true
                problem = nil
                return [effect]
            case .failure(let problem): self.problem = problem.text
            }
        case .back:
            app.closeScreen()
        default:
            break
        }
        return []
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? { nil }

    /// The store's answer to the save: taken, the form closes; refused, it says why and keeps what was typed.
    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        guard onTop, saving else { return [] }
        switch message {
        case .recorded:
            app.closeScreen()
        case .failed(let failure):
            saving = false
            problem = failure.notice
            app.notice = nil
        default:
            break
        }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        CallInFormView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        [CallInFormView.title(self)]
            + CallInFormView.rows(self).map { (field == $0.field ? "> " : "  ") + "\($0.label): \($0.value)" }
            + (problem.map { ["Error: \($0)"] } ?? [])
    }
}
