import ScrutinyModel
import TerminalCore

/// An item's notes, each as a card of four rows and a gap: what it is on, its text, its flags, its details.
enum NotesPaneView {
    static let rowsPerNote = 5

    /// Notes that fit below the pane's title (the last needs no gap after it).
    static func visibleNotes(_ state: AppState) -> Int { max(1, state.bodyHeight / rowsPerNote) }

    static func render(_ state: AppState, _ pane: NotesPane, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        buffer.put(pane.notes.isEmpty ? "Notes" : "Notes (\(pane.notes.count))", x: area.x + 1, y: area.y,
                   style: theme[.heading], limit: area.width - 1)
        // Given the keys, the pane holds the focus: on the selected note (below), else its top.
        defer { if pane.focused { buffer.focusIfUnset(area.x, area.y) } }
        guard pane.loaded else {
            buffer.put("Loading notes…", x: area.x + 1, y: area.y + 1, style: theme[.muted], limit: area.width - 1)
            return
        }
        if pane.notes.isEmpty {
            let help = state.member == nil ? AppState.whoAreYou : "No notes yet. Press a to write one, f to flag this item."
            for (offset, line) in TextWrap.lines(help, width: max(1, area.width - 2)).enumerated() where offset + 1 < area.height {
                buffer.put(line, x: area.x + 1, y: area.y + 1 + offset, style: theme[.muted])
            }
            return
        }
        for slot in 0..<visibleNotes(state) {
            let index = pane.cursor.top + slot
            guard let listing = pane.notes[safe: index] else { break }
            let y = area.y + 1 + slot * rowsPerNote
            guard y + rowsPerNote - 2 < area.maxY else { break }
            let selected = index == pane.cursor.selected
            drawCard(listing, head: ("on " + listing.targetLabel, .muted), foot: details(listing.note, state),
                     selected: selected, highlighted: selected && pane.focused, at: Rect(x: area.x, y: y, width: area.width, height: 4),
                     state: state, into: &buffer)
        }
    }

    /// A note as four rows: `head`, its text, its flags, `foot`; the selected one marked with ›
    /// (and drawn in the selection style when its list has the keys).
    static func drawCard(_ listing: NoteListing, head: (String, Theme.Role), foot: String, selected: Bool, highlighted: Bool,
                         at card: Rect, state: AppState, into buffer: inout ScreenBuffer) {
        let style = { (role: Theme.Role) in state.theme[highlighted ? .selection : role] }
        let width = card.width - 3
        if highlighted { buffer.fill(card, style: style(.normal)) }
        if selected { buffer.put("›", x: card.x, y: card.y, style: style(.heading)) }
        if highlighted { buffer.focusIfUnset(card.x, card.y) }
        buffer.put(TextWidth.truncate(head.0, to: width), x: card.x + 2, y: card.y, style: style(head.1))
        buffer.put(TextWidth.truncate(firstLine(listing.note), to: width), x: card.x + 2, y: card.y + 1, style: style(.normal))
        let flags = listing.note.flags.isEmpty ? "no flag" : "⚑ " + state.flagNames(listing.note.flags)
        buffer.put(TextWidth.truncate(flags, to: width), x: card.x + 2, y: card.y + 2, style: style(.normal))
        buffer.put(TextWidth.truncate(foot, to: width), x: card.x + 2, y: card.y + 3, style: style(.muted))
    }

    /// The note's text on one line, or what stands for it when it has none.
    static func firstLine(_ note: Note) -> String {
        note.text.isEmpty ? "(flags only)" : note.text.split(separator: "\n").joined(separator: " ")
    }

    /// "private · open · high · follow up Tue 1 Dec 2026" (and who wrote it, when not the reader).
    static func details(_ note: Note, _ state: AppState) -> String {
        var parts = [note.visibility.rawValue, note.status.label]
        if note.priority != 2 { parts.append(Note.priorityName(note.priority)) }
        if let followUp = note.followUp { parts.append("follow up \(followUp.short)") }
        if note.author != state.member { parts.append("by \(note.author)") }
        return parts.joined(separator: " · ")
    }
}

extension AppState {
    /// Flag names for ids, as a list; a retired flag shows its id.
    func flagNames(_ ids: [String]) -> String {
        ids.map { id in flags.first { $0.id == id }?.name ?? id }.joined(separator: ", ")
    }
}
