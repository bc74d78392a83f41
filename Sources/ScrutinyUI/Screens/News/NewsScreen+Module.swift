import ScrutinyModel
import ScrutinyStore
import TerminalCore

extension NewsScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "New for you" }

    static let keymapChains = [[Keymaps.news, Keymaps.list, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints([.up, .down, .open, .markRead, .markAllRead, .back]) }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        let all = entries
        switch action {
        case _ where action.moves:
            cursor.apply(action, count: all.count, page: TrackerView.visible(app)) { _ in true }
        case .open:
            switch all[safe: cursor.selected] {
            case .match(_, let match):
                let anchor = match.position.map { ItemPage.Anchor.paragraph(document: match.refId, position: $0) }
                return (match.read ? [] : [.markNewsRead([match.id], after: after)]) + app.openItem(match.itemId, jumpTo: anchor)
            case .paper(let paper):
                return paper.itemId.map { app.openItem($0) } ?? app.openMeeting(paper.meetingId)
            case .response:
                app.open(TrackerScreen())
                return [.loadRecommendations]
            case nil:
                return []
            }
        case .markRead:
            guard case .match(_, let match) = all[safe: cursor.selected], !match.read else {
                app.notice = "Only a match for a topic is marked read."
                return []
            }
            return [.markNewsRead([match.id], after: after)]
        case .markAllRead:
            return [.markNewsRead(nil, after: after)]
        default:
            return nil
        }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .newsLoaded(let report, let after) = message {
            self.report = report
            self.after = after
            cursor.clamp(count: entries.count, height: TrackerView.visible(app)) { _ in true }
        }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { [.loadNews(after: after)] }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        cursor.clamp(count: entries.count, height: TrackerView.visible(app)) { _ in true }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = app.theme
        buffer.put(heading(width: area.width), x: area.x + 1, y: area.y, style: theme[report == nil ? .muted : .heading], limit: area.width - 1)
        guard let report else { return }
        let all = entries
        if all.isEmpty {
            for (offset, line) in TextWrap.lines(nothing, width: max(10, area.width - 2)).prefix(max(0, area.height - 2)).enumerated() {
                buffer.put(line, x: area.x + 1, y: area.y + 2 + offset, style: theme[.muted], limit: area.width - 1)
            }
            return
        }
        TrackerView.drawRows(all.map(\.lines), selected: cursor.selected, app, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        [heading(width: .max)] + (entries.isEmpty && report != nil ? [nothing] : []) + entries.enumerated().map { index, entry in
            let (first, text, _) = entry.lines
            return (index == cursor.selected ? "> " : "  ") + first + ". " + text
        }
    }
}
