import ScrutinyFormats
import ScrutinyModel
import TerminalCore

extension ConcernsScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Concerns" }

    static let keymapChains = [[Keymaps.concerns, Keymaps.list, Keymaps.notes, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        if typingFilter { return Hints("type words, from:2025 to:2025-06  Enter done  Esc clear", []) }
        return notesFocused ? Hints([.up, .down, .open, .readNote, .editNote, .cycleStatus, .deleteNote, .switchPane, .back])
            : Hints([.up, .down, .open, .filterStatus, .filterCommittee, .filterText, .exportReport, .back])
    }

    var takesText: Bool { typingFilter }

    /// Typing the filter narrows the notes at each key; Enter keeps it, Esc clears it.
    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        switch key {
        case .character(let character): filterText.append(character)
        case .backspace: if !filterText.isEmpty { filterText.removeLast() }
        case .enter: typingFilter = false
        case .escape:
            typingFilter = false
            filterText = ""
        default: return []
        }
        noteCursor = ListCursor()
        return []
    }

    /// Flags on the left, the selected flag's notes on the right.
    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        switch action {
        case .switchPane:
            notesFocused = !notesFocused && !notes.isEmpty
        case .back where notesFocused:
            notesFocused = false
        case .open where !notesFocused:
            notesFocused = !notes.isEmpty
        case .open:
            guard let note = notes[safe: noteCursor.selected]?.note else { break }
            guard let itemID = note.itemID else { return note.meetingID.map { app.openMeeting($0) } ?? [] }
            return app.openItem(itemID, jumpTo: ItemPage.Anchor(note.target))
        case .filterStatus:
            status = ([nil] + Note.Status.allCases).stepping(from: status, by: 1)
            noteCursor = ListCursor()
        case .filterCommittee:
            committee = ([nil] + committees.map(\.id)).stepping(from: committee, by: 1)
            noteCursor = ListCursor()
        case .filterText:
            typingFilter = true
        case .back where !filterText.isEmpty:
            filterText = ""
            noteCursor = ListCursor()
        case .exportReport:
            let shown = filtered
            guard !shown.isEmpty else {
                app.notice = "No notes to report: the filters leave none."
                return []
            }
            app.overlay = .confirm(Confirmation(
                dialog: Dialog(title: "Write the concerns report",
                               message: "The \(shown.count) note\(shown.count == 1 ? "" : "s") shown, grouped by flag, to a new file in \(app.exportFolder). As:",
                               choices: ConcernsReport.Format.allCases.map(\.title), selected: 0),
                consequence: .exportConcerns(shown, flags: flags)))
        case _ where action.moves && notesFocused:
            noteCursor.apply(action, count: notes.count, page: max(1, ConcernsView.visibleNotes(app) - 1)) { _ in true }
        case _ where action.moves:
            let before = groupCursor.selected
            groupCursor.apply(action, count: groups.count, page: max(1, ConcernsView.listHeight(app) - 1)) { _ in true }
            if groupCursor.selected != before { noteCursor = ListCursor() }
        default:
            return nil
        }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .concernsLoaded(let listings, let flags) = message {
            self.listings = listings
            self.flags = flags
            loaded = true
        }
        return []
    }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        groupCursor.clamp(count: groups.count, height: ConcernsView.listHeight(app)) { _ in true }
        noteCursor.clamp(count: notes.count, height: ConcernsView.visibleNotes(app)) { _ in true }
        if notes.isEmpty { notesFocused = false }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { [.loadConcerns] }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        ConcernsView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        guard loaded else { return ["Loading notes…"] }
        let groups = groups
        var lines = groups.enumerated().map { index, group in
            (!notesFocused && index == groupCursor.selected ? "> " : "  ") + "Flag \(index + 1) of \(groups.count): \(group.title), \(group.count)"
        }
        lines += notes.enumerated().map { index, listing in
            (notesFocused && index == noteCursor.selected ? "> " : "  ")
                + "Note \(index + 1) of \(notes.count) on \(listing.targetLabel): \(NotesPaneView.firstLine(listing.note))"
        }
        return lines
    }

    var selectedNote: NoteListing? { notesFocused ? notes[safe: noteCursor.selected] : nil }
}
