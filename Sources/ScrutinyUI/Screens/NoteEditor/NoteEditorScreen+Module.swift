import ScrutinyModel
import TerminalCore

extension NoteEditorScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { isNew ? "New note" : "Edit note" }

    static let keymapChains = [[Keymaps.editor]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        switch field {
        case .text: Hints("type the note", [.save, .nextField, .back])
        case .followUp: Hints("type a date YYYY-MM-DD", [.nextField, .save, .back])
        default: Hints([.previousValue, .nextValue, .nextField, .save, .back])
        }
    }

    /// The editor takes every key: typing goes to the text (or the follow-up date); the
    /// editor's keymap does the rest.
    var takesText: Bool { true }
    var lineEntry: LineEntry { .text }

    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        let action = Keymaps.editor.action(for: key)
        problem = nil
        switch (action, field) {
        case (.save, _):
            return save()
        case (.back, _) where !hasChanges:
            app.closeScreen()
            return kept == nil ? [] : [.dropNoteDraft]
        case (.back, _):
            app.overlay = .confirm(Confirmation(
                dialog: Dialog(title: "Discard this note?", message: "What you wrote here has not been saved.",
                               choices: ["Discard", "Keep writing"], selected: 1),
                consequence: .discardEditor))
        case (.nextField, _), (.previousField, _):
            field = fields.stepping(from: field, by: action == .nextField ? 1 : -1)
        case (_, .text):
            _ = editor.handle(key, width: NoteEditorView.textWidth(app))
        case (_, .followUp):
            switch key {
            case .character(let character) where character.isNumber || character == "-": followUp.append(character)
            case .backspace: if !followUp.isEmpty { followUp.removeLast() }
            case .control("u"): followUp = ""
            default: break
            }
        case (.nextValue, .flags):
            app.overlay = .flags(FlagPicker(chosen: draft.flags, purpose: .editor))
        case (.nextValue, let field), (.previousValue, let field):
            change(field, by: action == .nextValue ? 1 : -1)
        default:
            break
        }
        return keeping
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? { nil }

    /// The editor closes once the store has saved the note (a failure leaves it open, text and all).
    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        switch message {
        case .noteSaved, .noteDeleted: if onTop { app.closeScreen() }
        case .noteDraftKept(let draft): kept = draft
        // A keeping the notebook refused (a full disk) is tried again when the keys stop.
        case .idle where onTop: return keeping
        default: break
        }
        return []
    }

    /// A note being written when the program ends is saved as it stands, so no word typed is
    /// lost to a dropped connection (and a killed process leaves the draft kept at each key).
    func whenLeaving() -> [Effect] {
        let draft = snapshot
        guard hasChanges, !draft.text.allSatisfy(\.isWhitespace) || !draft.flags.isEmpty else { return [] }
        return [.saveNote(draft)]
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        NoteEditorView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        ["\(isNew ? "New note" : "Edit note"): " + editor.text]
            + fields.dropFirst().map { (field == $0 ? "> " : "  ") + "\(NoteEditorView.label($0)): \(NoteEditorView.value($0, self, app))" }
            + (problem.map { ["Error: \($0)"] } ?? [])
    }

    /// Checks the note and asks the store to save it; the editor stays open until it has.
    private mutating func save() -> [Effect] {
        var draft = current
        if followUp.isEmpty {
            draft.followUp = nil
        } else if let date = CalendarDate(iso: followUp) {
            draft.followUp = date
        } else {
            problem = "The follow-up date is written like 2026-12-01 (or left empty)."
            field = .followUp
        }
        if problem == nil && draft.text.allSatisfy(\.isWhitespace) && draft.flags.isEmpty {
            problem = "Write something or tick a flag before saving."
            field = .text
        }
        return problem == nil ? [.saveNote(draft)] : []
    }

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
