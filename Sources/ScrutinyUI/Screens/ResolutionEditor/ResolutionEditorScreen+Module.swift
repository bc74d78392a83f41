import ScrutinyModel
import ScrutinyStore
import TerminalCore

extension ResolutionEditorScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Resolution \(resolution.label)" }

    static let keymapChains = [[Keymaps.resolutionEditor]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        field == .text ? Hints("type the resolution (saved as you type)", [.nextField, .back]) : Hints([.previousValue, .nextValue, .nextField, .back])
    }

    /// The editor takes every key, and every change of text or cursor is written at once.
    var takesText: Bool { true }
    var lineEntry: LineEntry { .text }

    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        let action = Keymaps.resolutionEditor.action(for: key)
        switch (action, field) {
        case (.back, _):
            app.closeScreen()
            if offersRecommendations, let to = RecommendationProposal.addressee(in: editor.text) {
                app.notice = "This recommends\(to.map { " to \($0)" } ?? ""): R, then P, records it as a recommendation to follow."
            }
            return [.closeDraft(meetingID: meetingID)]
        case (.quit, _):
            app.quit = true
        case (.nextField, _), (.previousField, _):
            field = field.cycled(by: action == .nextField ? 1 : -1)
        case (_, .text):
            if editor.handle(key, width: NoteEditorView.textWidth(app)) != .ignored {
                lastWritten = app.now
                return [.saveDraft(resolutionID: resolution.id, text: editor.text, cursor: editor.cursor)]
            }
        case (.nextValue, .outcome), (.previousValue, .outcome):
            resolution.outcome = resolution.outcome.cycled(by: action == .nextValue ? 1 : -1)
            return [.saveResolution(current, meetingID: meetingID)]
        case (.nextValue, .final), (.previousValue, .final):
            resolution.isFinal.toggle()
            return [.saveResolution(current, meetingID: meetingID)]
        default:
            break
        }
        return []
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? { nil }

    /// A keystroke the store refused marks the text unsaved until a write goes through; while
    /// no key comes, the whole text is offered again every half second, so it is stored as soon
    /// as the disk has room, without waiting for the chair to type.
    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        switch message {
        case .failed where onTop: unsaved = true
        case .draftSaved: unsaved = false
        case .idle where unsaved: return [.saveDraft(resolutionID: resolution.id, text: editor.text, cursor: editor.cursor)]
        case .idle where app.now - lastWritten >= ConsoleSession.heartbeat:
            lastWritten = app.now
            return [.keepDraftAlive(resolutionID: resolution.id)]
        default: break
        }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        ResolutionEditorView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        ["Resolution \(resolution.label) on \(itemHeading):"] + editor.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            + ResolutionEditorView.rows(self).map { (field == $0.field ? "> " : "  ") + $0.line }
            + (unsaved ? ["Error: not saved; the next key that can be written saves the whole text"] : [])
    }
}
