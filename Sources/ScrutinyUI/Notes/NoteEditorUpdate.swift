import ScrutinyModel
import TerminalCore

extension AppState {
    /// Keys in the note editor: typing goes to the text (or the follow-up date); the editor's
    /// keymap does the rest.
    mutating func handleEditor(_ key: Key, _ screen: NoteEditorScreen) -> [Effect] {
        var screen = screen
        let action = Keymaps.editor.action(for: key)
        let fields = screen.fields
        switch (action, screen.field) {
        case (.save, _):
            return save(&screen)
        case (.back, _):
            if screen.hasChanges {
                overlay = .confirm(Confirmation(
                    dialog: Dialog(title: "Discard this note?", message: "What you wrote here has not been saved.",
                                   choices: ["Discard", "Keep writing"], selected: 1),
                    consequence: .discardEditor))
            } else {
                stack.removeLast()
            }
            return []
        case (.nextField, _), (.previousField, _):
            let index = fields.firstIndex(of: screen.field) ?? 0
            screen.field = fields[(index + (action == .nextField ? 1 : fields.count - 1)) % fields.count]
        case (_, .text):
            _ = screen.editor.handle(key, width: NoteEditorView.textWidth(self))
        case (_, .followUp):
            switch key {
            case .character(let character) where character.isNumber || character == "-": screen.followUp.append(character)
            case .backspace: if !screen.followUp.isEmpty { screen.followUp.removeLast() }
            case .control("u"): screen.followUp = ""
            default: break
            }
        case (.nextValue, .flags):
            overlay = .flags(FlagPicker(chosen: screen.draft.flags, purpose: .editor))
        case (.nextValue, let field), (.previousValue, let field):
            screen.change(field, by: action == .nextValue ? 1 : -1)
        default:
            break
        }
        screen.problem = nil
        stack[stack.count - 1] = .noteEditor(screen)
        return []
    }

    /// Checks the note and asks the store to save it; the editor stays open until it has.
    private mutating func save(_ screen: inout NoteEditorScreen) -> [Effect] {
        var draft = screen.current
        let typed = screen.followUp
        if typed.isEmpty {
            draft.followUp = nil
        } else if let date = CalendarDate(iso: typed) {
            draft.followUp = date
        } else {
            screen.problem = "The follow-up date is written like 2026-12-01 (or left empty)."
            screen.field = .followUp
        }
        if screen.problem == nil && draft.text.allSatisfy(\.isWhitespace) && draft.flags.isEmpty {
            screen.problem = "Write something or tick a flag before saving."
            screen.field = .text
        }
        stack[stack.count - 1] = .noteEditor(screen)
        return screen.problem == nil ? [.saveNote(draft)] : []
    }
}

extension NoteEditorScreen {
    /// Steps a detail field through its choices.
    mutating func change(_ field: Field, by step: Int) {
        switch field {
        case .target: spot = (spot + step + spots.count) % max(1, spots.count)
        case .visibility: draft.visibility = draft.visibility.cycled(by: step)
        case .priority: draft.priority = [1, 2, 3].stepping(from: draft.priority, by: step)
        case .status: draft.status = draft.status.cycled(by: step)
        case .text, .followUp, .flags: break
        }
    }
}
