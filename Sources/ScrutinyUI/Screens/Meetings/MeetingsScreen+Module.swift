import ScrutinyModel
import TerminalCore

extension MeetingsScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Meetings" }

    static let keymapChains = [[Keymaps.list, Keymaps.notes, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        Hints([.up, .down, .open, .addNote, .concerns, .search, .help, .quit])
    }

    var selected: MeetingListing? {
        if case .meeting(let listing)? = rows[safe: cursor.selected] { listing } else { nil }
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        if action == .open { return selected.map { app.openMeeting($0.meeting.id) } ?? [] }
        guard action.moves else { return nil }
        let rows = rows
        cursor.apply(action, count: rows.count, page: max(1, app.bodyHeight - 1)) { rows[$0].isSelectable }
        return []
    }

    mutating func click(row: Int, _ app: inout AppState) -> [Effect] {
        let rows = rows
        cursor.select(cursor.top + row, count: rows.count) { rows[$0].isSelectable }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .meetingsLoaded(let listings) = message {
            show(listings, today: app.today)
            let rows = rows
            cursor.clamp(count: rows.count, height: app.bodyHeight) { rows[$0].isSelectable }
        }
        return []
    }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        let rows = rows
        cursor.clamp(count: rows.count, height: app.bodyHeight) { rows[$0].isSelectable }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { onTop ? [.loadMeetings] : [] }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        MeetingsView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        guard loaded else { return ["Loading meetings…"] }
        guard !rows.isEmpty else { return ["No meetings yet."] }
        return rows.indices.map { index in
            switch rows[index] {
            case .committee(let name): "Committee: \(name)"
            case .group(let title): "  \(title)"
            case .meeting(let listing): (index == cursor.selected ? "> " : "  ") + MeetingsView.line(listing, width: 200)
            }
        }
    }

    func noteSpots(_ app: AppState) -> [NoteSpot] { selected.map { [NoteSpots.meeting($0)] } ?? [] }

    var meetingHere: String? { selected?.meeting.id }
}
