import ScrutinyModel
import TerminalCore

/// The concerns view: flags with how many notes each has, beside the selected flag's notes,
/// newest first, each with where it was written. Below 80 columns, one of the two at a time.
enum ConcernsView {
    static let headerHeight = 2
    static let rowsPerNote = 5
    static let flagsWidth = 30

    static func listHeight(_ state: AppState) -> Int { max(1, state.bodyHeight - headerHeight) }
    static func visibleNotes(_ state: AppState) -> Int { max(1, (listHeight(state) + 1) / rowsPerNote) }
    static func isSplit(_ state: AppState) -> Bool { state.width >= 80 }

    static func render(_ state: AppState, _ screen: ConcernsScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        buffer.put(screen.narrowedTo, x: area.x + 1, y: area.y, style: theme[.heading], limit: area.width - 1)
        if screen.typingFilter {
            let used = buffer.put("Filter: \(screen.filterText)", x: area.x + 1, y: area.y + 1, style: theme[.normal], limit: area.width - 1)
            buffer.cursor = (area.x + 1 + used, area.y + 1)
        } else if let problem = screen.textFilter.problem {
            buffer.put("The dates are left out: \(problem).", x: area.x + 1, y: area.y + 1, style: theme[.muted], limit: area.width - 1)
        }
        guard screen.loaded else {
            buffer.put("Gathering notes…", x: area.x + 1, y: area.y + headerHeight, style: theme[.muted])
            return
        }
        let below = Rect(x: area.x, y: area.y + headerHeight, width: area.width, height: area.height - headerHeight)
        guard isSplit(state) else {
            if screen.notesFocused { renderNotes(state, screen, in: below, into: &buffer) } else { renderGroups(state, screen, in: below, into: &buffer) }
            return
        }
        let (left, rest) = below.splitLeft(flagsWidth)
        renderGroups(state, screen, in: left, into: &buffer)
        let (rule, right) = rest.splitLeft(1)
        for y in rule.y..<rule.maxY {
            buffer.put(y == rule.y && screen.notesFocused ? "┃" : "│", x: rule.x, y: y, style: theme[.muted])
        }
        renderNotes(state, screen, in: right, into: &buffer)
    }

    private static func renderGroups(_ state: AppState, _ screen: ConcernsScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let groups = screen.groups
        for offset in 0..<area.height {
            let index = screen.groupCursor.top + offset
            guard let row = groups[safe: index] else { break }
            let selected = index == screen.groupCursor.selected
            let style = state.theme[selected && !screen.notesFocused ? .selection : (row.count == 0 ? .muted : .normal)]
            let count = String(row.count)
            let name = TextWidth.truncate(row.title, to: max(1, area.width - 4 - count.count))
            let line = TextWidth.pad(name, to: max(0, area.width - 3 - count.count)) + " " + count
            if selected {
                buffer.put("›", x: area.x, y: area.y + offset, style: state.theme[.heading])
                if !screen.notesFocused { buffer.focusIfUnset(area.x, area.y + offset) }
            }
            buffer.put(line, x: area.x + 1, y: area.y + offset, style: style, limit: area.width - 1)
        }
    }

    private static func renderNotes(_ state: AppState, _ screen: ConcernsScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let notes = screen.notes
        guard !notes.isEmpty else {
            let text = screen.listings.isEmpty
                ? "No notes yet. Press a on a meeting, item or paragraph to write one; f to flag it."
                : "No notes here with these filters. s and c change them."
            for (offset, line) in TextWrap.lines(text, width: max(1, area.width - 2)).enumerated() where offset < area.height {
                buffer.put(line, x: area.x + 1, y: area.y + offset, style: state.theme[.muted])
            }
            return
        }
        for slot in 0..<visibleNotes(state) {
            let index = screen.noteCursor.top + slot
            guard let listing = notes[safe: index] else { break }
            let y = area.y + slot * rowsPerNote
            guard y + rowsPerNote - 2 < area.maxY else { break }
            let selected = index == screen.noteCursor.selected
            NotesPaneView.drawCard(listing, head: (listing.place, .heading),
                                   foot: "on \(listing.targetLabel) · " + NotesPaneView.details(listing.note, state),
                                   selected: selected, highlighted: selected && screen.notesFocused,
                                   at: Rect(x: area.x, y: y, width: area.width, height: 4), state: state, into: &buffer)
        }
    }
}
