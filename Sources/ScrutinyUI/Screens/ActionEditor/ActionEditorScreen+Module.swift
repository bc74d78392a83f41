import ScrutinyModel
import TerminalCore

extension ActionEditorScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Action" }

    static let keymapChains = [[Keymaps.actionEditor]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        let typing = switch field {
        case .text: "type what is to be done"
        case .owner: "type who is to do it"
        case .due: "type by when: 31 Jan 2027"
        }
        return Hints("\(typing) (saved as you type)", [.nextField, .back])
    }

    var takesText: Bool { true }
    var lineEntry: LineEntry { .text }

    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        switch Keymaps.actionEditor.action(for: key) {
        case .back:
            app.closeScreen()
            let typed = current
            if typed.text.allSatisfy(\.isWhitespace) { return [.removeAction(typed.id, meetingID: typed.meetingID)] }
            if typed.due == nil && !dueText.isEmpty { app.notice = "“\(dueText)” is not a date: the action has no date by when." }
            return [.loadLive(typed.meetingID)]
        case .quit:
            app.quit = true
            return []
        case .nextField, .previousField:
            field = field.cycled(by: key == .tab ? 1 : -1)
            return []
        default:
            break
        }
        let changed: Bool
        switch field {
        case .text:
            changed = editor.handle(key, width: NoteEditorView.textWidth(app)) != .ignored
        case .owner:
            changed = FormFields.type(key, into: &action.owner)
        case .due:
            changed = FormFields.type(key, into: &dueText)
        }
        return changed ? [.saveAction(current)] : []
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? { nil }

    /// As in the resolution editor: a key the store refused is offered again while no key comes.
    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        switch message {
        case .failed where onTop: unsaved = true
        case .draftSaved: unsaved = false
        case .idle where unsaved: return [.saveAction(current)]
        default: break
        }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        ActionEditorView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        ["Action on \(itemHeading):"] + editor.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            + ActionEditorView.rows(self).map { (field == $0.field ? "> " : "  ") + $0.line }
            + (unsaved ? ["Error: not saved; the next key that can be written saves it all"] : [])
    }
}
