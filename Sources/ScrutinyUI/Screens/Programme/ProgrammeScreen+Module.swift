import ScrutinyModel
import TerminalCore

extension ProgrammeScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Work programme" }

    static let keymapChains = [[Keymaps.programme, Keymaps.list, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints([.up, .down, .open, .filterCommittee, .filterYear, .cycleStatus, .back]) }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        let shown = shown
        switch action {
        case _ where action.moves:
            cursor.apply(action, count: shown.count, page: TrackerView.visible(app)) { _ in true }
        case .filterCommittee:
            narrow(\.committeeID) { $0.committeeID }
            app.notice = "Showing the work programme of \(heading)."
        case .filterYear:
            narrow(\.year) { $0.year }
            app.notice = "Showing the work programme of \(heading)."
        case .cycleStatus:
            guard var topic = shown[safe: cursor.selected] else { return [] }
            topic.status = Self.next(topic.status)
            return [.saveTopic(topic)]
        case .open:
            guard let topic = shown[safe: cursor.selected] else { return [] }
            app.open(TopicScreen(topic: topic, committeeName: committeeNames[topic.committeeID] ?? topic.committeeID,
                                 criteria: criteria[topic.committeeID]))
        default:
            return nil
        }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .programmeLoaded(let topics, let criteria, let names) = message {
            self.topics = topics
            self.criteria = criteria
            committeeNames = names
            cursor.clamp(count: shown.count, height: TrackerView.visible(app)) { _ in true }
        }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { [.loadProgramme] }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        cursor.clamp(count: shown.count, height: TrackerView.visible(app)) { _ in true }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = app.theme
        guard topics != nil else {
            buffer.put("Loading the work programme…", x: area.x + 1, y: area.y, style: theme[.muted])
            return
        }
        let shown = shown
        buffer.put("Work programme · \(heading): \(shown.count)", x: area.x + 1, y: area.y, style: theme[.heading], limit: area.width - 1)
        if shown.isEmpty {
            let empty = topics?.isEmpty == true ? "No topics yet: scrutiny programme add puts one on." : "None for \(heading): c and y show others."
            buffer.put(empty, x: area.x + 1, y: area.y + 2, style: theme[.muted], limit: area.width - 1)
            return
        }
        TrackerView.drawRows(shown.map { topic in
            let short = (criteria[topic.committeeID]?.belowCutOff(topic.scores) ?? false) && topic.status != .dropped
            return (area.width < 60 ? shortSummary(topic) : summary(topic), topic.title, short ? .warning : .normal)
        }, selected: cursor.selected, app, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        guard topics != nil else { return ["Loading the work programme…"] }
        let shown = shown
        return ["Work programme · \(heading): \(shown.count)"] + shown.enumerated().map { index, topic in
            (index == cursor.selected ? "> " : "  ") + summary(topic) + ". " + topic.title
        }
    }
}
