import ScrutinyModel
import TerminalCore

extension TrackerScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Recommendations" }

    static let keymapChains = [[Keymaps.tracker, Keymaps.list, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        Hints([.up, .down, .open, .filterStatus, .filterCommittee, .filterAddressee, .filterYear, .markSent, .proposals, .back])
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        let shown = shown(today: app.today)
        switch action {
        case _ where action.moves:
            cursor.apply(action, count: shown.count, page: TrackerView.visible(app)) { _ in true }
        case .filterStatus:
            filter = filter.cycled(by: 1)
            cursor = ListCursor()
            app.notice = "Showing recommendations \(heading)."
        case .filterCommittee:
            narrow(\.committeeID) { $0.committeeID }
            app.notice = "Showing recommendations \(heading)."
        case .filterAddressee:
            narrow(\.addressee) { $0.addressee }
            app.notice = "Showing recommendations \(heading)."
        case .filterYear:
            narrow(\.year) { $0.year }
            app.notice = "Showing recommendations \(heading)."
        case .markSent:
            guard let chosen = shown[safe: cursor.selected] else { return [] }
            if let sent = chosen.sent {
                app.notice = "\(chosen.reference) was sent \(sent.short): scrutiny recs send \(chosen.reference) --on YYYY-MM-DD corrects the day."
                return []
            }
            let due = chosen.period.lastDay(beginningWith: app.today)
            app.overlay = .confirm(Confirmation(
                dialog: Dialog(title: "Sent today?", message: "Record \(chosen.reference) as sent to \(chosen.addressee) today, \(app.today.short): "
                               + "the response is then due by \(due.short) (\(chosen.period)).", choices: ["Sent", "Not yet"], selected: 0),
                consequence: .perform([.sendRecommendation(chosen.id)])))
        case .proposals:
            app.open(ProposalsScreen(committeeNames: committeeNames))
            return [.loadProposals]
        case .open:
            guard let chosen = shown[safe: cursor.selected] else { return [] }
            app.open(RecommendationScreen(recommendation: chosen, committeeName: committeeNames[chosen.committeeID] ?? chosen.committeeID))
        default:
            return nil
        }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .recommendationsLoaded(let all, let names) = message {
            recommendations = all
            committeeNames = names
            cursor.clamp(count: shown(today: app.today).count, height: TrackerView.visible(app)) { _ in true }
        }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { [.loadRecommendations] }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        cursor.clamp(count: shown(today: app.today).count, height: TrackerView.visible(app)) { _ in true }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        TrackerView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        guard recommendations != nil else { return ["Loading the recommendations…"] }
        let shown = shown(today: app.today)
        return ["Recommendations \(heading): \(shown.count)"] + shown.enumerated().map { index, recommendation in
            (index == cursor.selected ? "> " : "  ") + TrackerView.summary(recommendation, today: app.today) + ". " + recommendation.text
        }
    }
}
