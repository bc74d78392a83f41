import ScrutinyModel
import TerminalCore

extension DeclarationForm: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Declaration" }

    static let keymapChains = [[Keymaps.declaration]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        field == .detail ? Hints("type the details", [.nextField, .save, .back]) : Hints([.previousValue, .nextValue, .nextField, .save, .back])
    }

    /// The form takes every key: the details take typing; the other fields choose.
    var takesText: Bool { true }
    var lineEntry: LineEntry { .form }

    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        problem = nil
        let action = Keymaps.declaration.action(for: key)
        if field == .detail, action == nil || key == .character(" ") {
            _ = FormFields.type(key, into: &declaration.detail)
            return []
        }
        switch action {
        case .nextField, .previousField:
            field = field.cycled(by: action == .nextField ? 1 : -1)
        case .nextValue, .previousValue:
            let step = action == .nextValue ? 1 : -1
            switch field {
            case .member:
                if !members.isEmpty { declaration.person = members.stepping(from: declaration.person, by: step) }
            case .kind: declaration.kind = declaration.kind.cycled(by: step)
            case .action: declaration.action = declaration.action.cycled(by: step)
            case .detail: break
            }
        case .save:
            guard !declaration.person.isEmpty else {
                problem = "Choose the member who declared."
                break
            }
            app.closeScreen()
            return [.recordDeclaration(declaration)]
        case .back:
            app.closeScreen()
        default:
            break
        }
        return []
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? { nil }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        DeclarationFormView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        ["Declaration of interest: \(itemHeading)"]
            + DeclarationFormView.rows(self).map { (field == $0.field ? "> " : "  ") + "\($0.label): \($0.value)" }
            + (problem.map { ["Error: \($0)"] } ?? [])
    }
}
