import ScrutinyModel
import TerminalCore

extension AgendaScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String {
        guard let detail else { return meetingID }
        return "\(detail.committee.name), \(detail.meeting.start.map { $0.date.short } ?? "date not known")"
    }

    static let keymapChains = [[Keymaps.list, Keymaps.notes, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        if previewFocused { return Hints([.up, .down, .switchPane, .open, .back]) }
        let pane: [Action] = AgendaView.previewWidth(app) > 0 ? [.switchPane] : []
        return Hints([.up, .down, .open] + pane + [.meetingRecord, .search, .help, .back])
    }

    var selected: ItemListing? { detail?.items[safe: cursor.selected] }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        if action == .open { return selected.map { app.openItem($0.item.id) } ?? [] }
        if action == .switchPane {
            previewFocused = AgendaView.previewWidth(app) > 0 && !previewFocused
        } else if !action.moves {
            return nil
        } else if previewFocused, var preview {
            preview.page.pager.apply(action, lines: preview.lines(width: AgendaView.previewWidth(app)).count, height: AgendaView.listHeight(app))
            self.preview = preview
        } else {
            cursor.apply(action, count: detail?.items.count ?? 0, page: max(1, app.bodyHeight - 1)) { _ in true }
        }
        return []
    }

    mutating func click(row: Int, _ app: inout AppState) -> [Effect] {
        cursor.select(cursor.top + row - AgendaView.headerHeight, count: detail?.items.count ?? 0) { _ in true }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        switch message {
        case .meetingLoaded(let detail) where detail.meeting.id == meetingID:
            // Also beneath an item page: its badges are current when the member comes back.
            self.detail = detail
        case .previewLoaded(let detail) where preview?.itemID == detail.item.id:
            preview?.detail = detail
            preview?.relayout(width: AgendaView.previewWidth(app))
        default:
            break
        }
        return []
    }

    /// Keeps the selection in view, and on a wide terminal asks for the selected item to be
    /// shown beside the agenda when it is not yet.
    mutating func relayout(_ app: inout AppState) -> [Effect] {
        cursor.clamp(count: detail?.items.count ?? 0, height: AgendaView.listHeight(app)) { _ in true }
        let previewWidth = AgendaView.previewWidth(app)
        preview?.relayout(width: previewWidth)
        if previewWidth == 0 { previewFocused = false }
        guard previewWidth > 0, let selected, preview?.itemID != selected.item.id else { return [] }
        preview = ItemScreen(itemID: selected.item.id)
        return [.loadPreview(selected.item.id)]
    }

    func reloads(onTop: Bool) -> [Effect] {
        [.loadMeeting(meetingID)] + (onTop ? preview.map { [.loadPreview($0.itemID)] } ?? [] : [])
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        AgendaView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        guard let detail else { return ["Loading agenda…"] }
        let meeting = detail.meeting
        var lines = ["Meeting: \(detail.committee.name), \(meeting.start?.short ?? "date not known"), \(meeting.status.rawValue)"]
        if let location = meeting.location { lines.append("Where: \(location)") }
        if let summary = detail.attendanceSummary { lines.append("Attendance: \(summary)") }
        if let minutes = detail.minutesStanding(today: app.today) { lines.append(minutes.summary) }
        if let arising = AgendaView.mattersArising(detail, today: app.today) { lines.append("Matters arising: \(arising)") }
        if detail.items.isEmpty { return lines + ["No items on this agenda."] }
        for (index, listing) in detail.items.enumerated() {
            let badges = ItemBadges.text(listing, in: detail, today: app.today)
            lines.append((index == cursor.selected ? "> " : "  ") + "Item \(index + 1) of \(detail.items.count): "
                         + ItemView.heading(listing.item) + (badges.isEmpty ? "" : " [\(badges)]"))
        }
        return lines
    }

    func noteSpots(_ app: AppState) -> [NoteSpot] {
        guard let detail, let selected else { return [] }
        let meeting = MeetingListing(meeting: detail.meeting, committeeName: detail.committee.name, itemCount: detail.items.count)
        return [NoteSpots.item(selected.item), NoteSpots.meeting(meeting)]
    }

    var meetingHere: String? { meetingID }
}
