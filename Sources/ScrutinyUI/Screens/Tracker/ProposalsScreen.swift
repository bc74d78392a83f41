import ScrutinyModel
import TerminalCore

/// Resolutions of scrutiny committees whose words recommend — imported or recorded live — for
/// the clerk to record as recommendations (Enter) or set aside (`d`).
public struct ProposalsScreen: Sendable, Equatable {
    public var proposals: [RecommendationProposal]?
    public var committeeNames: [String: String]
    public var cursor = ListCursor()

    public init(committeeNames: [String: String]) {
        self.committeeNames = committeeNames
    }

    /// "Resources Scrutiny Committee, Tue 10 Jun 2025 · to Cabinet".
    func summary(_ proposal: RecommendationProposal) -> String {
        origin(proposal) + " · " + (proposal.addressee.map { "to \($0)" } ?? "to whom its words do not say")
    }

    /// "Resources Scrutiny Committee, Tue 10 Jun 2025".
    func origin(_ proposal: RecommendationProposal) -> String {
        [committeeNames[proposal.committeeID] ?? proposal.committeeID, proposal.day?.short].compactMap { $0 }.joined(separator: ", ")
    }
}

extension ProposalsScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Proposed" }

    static let keymapChains = [[Keymaps.proposals, Keymaps.list, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints([.up, .down, .makeRecommendation, .setAside, .back]) }

    static func visible(_ app: AppState) -> Int { TrackerView.visible(app) }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        let all = proposals ?? []
        switch action {
        case _ where action.moves:
            cursor.apply(action, count: all.count, page: Self.visible(app)) { _ in true }
        case .makeRecommendation, .open:
            guard let chosen = all[safe: cursor.selected] else { return [] }
            guard let addressee = chosen.addressee else {
                app.notice = "Its words do not say to whom: scrutiny recs add --resolution \(chosen.resolutionID) --to … records it."
                return []
            }
            app.overlay = .confirm(Confirmation(
                dialog: Dialog(title: "Record a recommendation?", message: "Record this resolution of \(origin(chosen)) as a recommendation "
                               + "to \(addressee), numbered next in its municipal year.", choices: ["Record", "Not now"], selected: 0),
                consequence: .perform([.confirmProposal(chosen)])))
        case .setAside:
            guard let chosen = all[safe: cursor.selected] else { return [] }
            app.overlay = .confirm(Confirmation(
                dialog: Dialog(title: "Set it aside?", message: "This resolution of \(origin(chosen)) is not a recommendation, and is not "
                               + "offered again.", choices: ["Set aside", "Keep"], selected: 1),
                consequence: .perform([.dismissProposal(resolutionID: chosen.resolutionID)])))
        default:
            return nil
        }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .proposalsLoaded(let all) = message {
            proposals = all
            cursor.clamp(count: all.count, height: Self.visible(app)) { _ in true }
        }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { [.loadProposals] }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        cursor.clamp(count: proposals?.count ?? 0, height: Self.visible(app)) { _ in true }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = app.theme
        guard let all = proposals else {
            buffer.put("Loading the resolutions…", x: area.x + 1, y: area.y, style: theme[.muted])
            return
        }
        buffer.put("Resolutions that read as recommendations: \(all.count)", x: area.x + 1, y: area.y, style: theme[.heading], limit: area.width - 1)
        if all.isEmpty {
            buffer.put("None waiting: every one is recorded or set aside.", x: area.x + 1, y: area.y + 2, style: theme[.muted], limit: area.width - 1)
            return
        }
        TrackerView.drawRows(all.map { (summary($0), $0.text, .normal) }, selected: cursor.selected, app, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        guard let all = proposals else { return ["Loading the resolutions…"] }
        return ["Resolutions that read as recommendations: \(all.count)"] + all.enumerated().map { index, proposal in
            (index == cursor.selected ? "> " : "  ") + summary(proposal) + ". " + proposal.text
        }
    }
}
