import ScrutinyModel
import TerminalCore

/// One work-programme topic whole: where it came from, its score on each criterion, the meeting
/// it is planned for, who leads, the items that heard it and the recommendations made; a
/// review's terms, members, evidence sessions and final report.
public struct TopicScreen: Sendable, Equatable {
    public var topic: ProgrammeTopic
    public var committeeName: String
    public var criteria: ProgrammeCriteria?
    public var pager = Pager()

    /// The topic as lines at `width`, each with its role.
    func lines(width: Int) -> [(String, Theme.Role)] {
        let room = max(10, width - 3)
        func wrapped(_ text: String, _ role: Theme.Role = .normal) -> [(String, Theme.Role)] {
            TextWrap.lines(text, width: room).enumerated().map { ($0.offset == 0 ? $0.element : "  " + $0.element, role) }
        }
        var lines = wrapped("\(topic.reference) — \(topic.title)", .heading)
        lines += wrapped("\(committeeName), \(topic.year.label): \(topic.standing)")
        lines.append(("", .normal))
        var facts: [String] = []
        if let source = topic.source { facts.append("Source: \(source)") }
        if let lead = topic.lead { facts.append("Lead: \(lead)") }
        if let criteria, !topic.scores.isEmpty {
            facts.append("Score: \(criteria.standing(topic.scores)) — "
                         + criteria.names.map { "\($0) \(topic.scores[$0].map(String.init) ?? "unscored")" }.joined(separator: ", "))
        }
        if let meeting = topic.targetMeetingID { facts.append("Planned for: " + (topic.targetDay?.short ?? meeting)) }
        if !topic.items.isEmpty { facts.append("Heard at: " + topic.items.joined(separator: ", ")) }
        if !topic.recommendations.isEmpty { facts.append("Recommendations: " + topic.recommendations.joined(separator: ", ")) }
        if let notes = topic.notes { facts.append("Notes: \(notes)") }
        if let review = topic.review {
            facts.append("Review. Terms of reference: \(review.terms)")
            if !review.members.isEmpty { facts.append("Members: \(review.members.joined(separator: ", "))") }
            if let due = review.reportDue { facts.append("Report due: \(due.short)") }
            facts += review.sessions.map { session in
                "Evidence session \(session.day.short)" + (session.witnesses.isEmpty ? "" : ", heard \(session.witnesses.joined(separator: ", "))")
                    + (session.notes.isEmpty ? "" : ": \(session.notes)")
            }
            facts.append("Final report: \(review.finalReport ?? "not yet presented")")
        }
        for fact in facts { lines += wrapped(fact) }
        return lines
    }
}

extension TopicScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { topic.reference }

    static let keymapChains = [[Keymaps.scroll, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints([.up, .down, .back]) }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        guard action.moves else { return nil }
        pager.apply(action, lines: lines(width: app.width).count, height: app.bodyHeight)
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .programmeLoaded(let topics, _, _) = message, let fresh = topics.first(where: { $0.id == topic.id }) { topic = fresh }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let lines = lines(width: area.width)
        TextPage.draw(lines, from: pager.top, theme: app.theme, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] { lines(width: 10_000).map(\.0).filter { !$0.isEmpty } }
}
