import ScrutinyModel
import TerminalCore

/// One recommendation with its whole history: where it came from, when it was sent and is
/// due, the response, the plan, every update and the sign-off.
public struct RecommendationScreen: Sendable, Equatable {
    public var recommendation: Recommendation
    public var committeeName: String
    public var pager = Pager()

    public init(recommendation: Recommendation, committeeName: String) {
        self.recommendation = recommendation
        self.committeeName = committeeName
    }

    /// The history as lines at `width`, each with its role.
    func lines(width: Int, today: CalendarDate) -> [(String, Theme.Role)] {
        let room = max(10, width - 3)
        func wrapped(_ text: String, _ role: Theme.Role = .normal, indent: Int = 0) -> [(String, Theme.Role)] {
            TextWrap.lines(text, width: room - indent).map { (String(repeating: " ", count: indent) + $0, role) }
        }
        let made = recommendation
        var lines = wrapped("\(made.reference) — \(committeeName) to \(made.addressee)", .heading)
        lines += wrapped("Now: \(made.status(today: today).title)" + (made.rating.map { "; \($0.title)" } ?? ""),
                         made.status(today: today) == .responseOverdue ? .warning : .normal)
        lines += [("", .normal)] + wrapped(made.text, indent: 2)
        var facts: [String] = []
        if let agreed = made.agreed { facts.append("Agreed \(agreed.short)" + (made.meetingID == nil ? "" : " at the committee's meeting")) }
        if let sent = made.sentSummary { facts.append(sent) }
        if let officer = made.leadOfficer { facts.append("Lead officer: \(officer)") }
        if let member = made.executiveMember { facts.append("Executive member: \(member)") }
        if let response = made.response {
            facts.append(response.summary + (response.text.isEmpty ? "" : ". “\(response.text)”"))
        }
        facts += made.plan.map(\.summary) + made.updates.map(\.summary)
        if let signOff = made.signOff {
            facts.append("Signed off \(signOff.date.short)" + (signOff.meetingID == nil ? "" : " at the committee's meeting"))
        }
        lines.append(("", .normal))
        for fact in facts { lines += wrapped(fact).enumerated().map { ($0.offset == 0 ? $0.element.0 : "  " + $0.element.0, $0.element.1) } }
        return lines
    }
}

extension RecommendationScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { recommendation.reference }

    static let keymapChains = [[Keymaps.scroll, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints([.up, .down, .back]) }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        guard action.moves else { return nil }
        pager.apply(action, lines: lines(width: app.width, today: app.today).count, height: app.bodyHeight)
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let lines = lines(width: area.width, today: app.today)
        TextPage.draw(lines, from: pager.top, theme: app.theme, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] { lines(width: 10_000, today: app.today).map(\.0).filter { !$0.isEmpty } }
}
