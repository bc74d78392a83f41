import ScrutinyModel
import TerminalCore

extension AppState {
    /// Keys in the concerns view: flags on the left, the selected flag's notes on the right.
    mutating func perform(_ action: Action, on screen: inout ConcernsScreen) -> [Effect] {
        switch action {
        case .switchPane:
            screen.notesFocused = !screen.notesFocused && !screen.notes.isEmpty
        case .open where !screen.notesFocused:
            screen.notesFocused = !screen.notes.isEmpty
        case .open:
            guard let note = screen.notes[safe: screen.noteCursor.selected]?.note else { break }
            stack[stack.count - 1] = .concerns(screen)
            guard let itemID = note.itemID else { return note.meetingID.map { openMeeting($0) } ?? [] }
            return openItem(itemID, jumpTo: ItemPage.anchor(for: note.target))
        case .filterStatus:
            let choices: [Note.Status?] = [nil] + Note.Status.allCases
            screen.status = choices[((choices.firstIndex(of: screen.status) ?? 0) + 1) % choices.count]
            screen.noteCursor = ListCursor()
        case .filterCommittee:
            let choices: [String?] = [nil] + screen.committees.map(\.id)
            screen.committee = choices[((choices.firstIndex(of: screen.committee) ?? 0) + 1) % choices.count]
            screen.noteCursor = ListCursor()
        default:
            if screen.notesFocused {
                screen.noteCursor.apply(action, count: screen.notes.count, page: max(1, ConcernsView.visibleNotes(self) - 1)) { _ in true }
            } else {
                let before = screen.groupCursor.selected
                screen.groupCursor.apply(action, count: screen.groups.count, page: max(1, ConcernsView.listHeight(self) - 1)) { _ in true }
                if screen.groupCursor.selected != before { screen.noteCursor = ListCursor() }
            }
        }
        stack[stack.count - 1] = .concerns(screen)
        clampCursors()
        return []
    }
}
