import ScrutinyModel
import TerminalCore

/// A committee's work programme: its topics for the year in the order of the meetings they are
/// planned for, each with where it stands, its score against the committee's criteria and its
/// lead; `c` and `y` show another committee or year, `s` moves a topic on, Enter opens it whole.
public struct ProgrammeScreen: Sendable, Equatable {
    public var topics: [ProgrammeTopic]?
    public var criteria: [String: ProgrammeCriteria] = [:]
    public var committeeNames: [String: String] = [:]
    /// The committee and municipal year shown; nil is every one.
    public var committeeID: String?
    public var year: MunicipalYear?
    public var cursor = ListCursor()

    public init(committeeID: String?, year: MunicipalYear?) {
        self.committeeID = committeeID
        self.year = year
    }

    /// The topics shown: those planned in meeting order, then the rest, each by reference.
    var shown: [ProgrammeTopic] {
        (topics ?? []).filter { topic in (committeeID.map { $0 == topic.committeeID } ?? true) && (year.map { $0 == topic.year } ?? true) }
            .sorted { ($0.targetDay?.dayNumber ?? .max, $0.reference) < ($1.targetDay?.dayNumber ?? .max, $1.reference) }
    }

    /// "Resources and Digital Scrutiny Committee · 26/27", "every committee · every year".
    var heading: String {
        [committeeID.map { committeeNames[$0] ?? $0 } ?? "every committee", year?.label ?? "every year"].joined(separator: " · ")
    }

    /// "RDSC WP 26/27 01 · planned for Tue 13 Oct 2026 · 8 of 10 (cut-off 6) · lead Nadia Farouk".
    func summary(_ topic: ProgrammeTopic) -> String {
        let score = topic.scores.isEmpty ? nil : criteria[topic.committeeID]?.standing(topic.scores)
        return [topic.reference, topic.standing, score, topic.lead.map { "lead \($0)" }].compactMap { $0 }.joined(separator: " · ")
    }

    /// Below 60 columns, the words that must show: "RDSC WP 26/27 02 · planned · 5/10 LOW".
    func shortSummary(_ topic: ProgrammeTopic) -> String {
        let criteria = criteria[topic.committeeID]
        let score = topic.scores.isEmpty ? nil : criteria.map { each in
            "\(topic.scores.values.reduce(0, +))/\(each.names.count * each.maximum)" + (each.belowCutOff(topic.scores) ? " LOW" : "")
        }
        return [topic.reference, topic.status.rawValue, score].compactMap { $0 }.joined(separator: " · ")
    }

    /// The status `s` moves a topic on to: proposed → planned → heard → completed, and a deferred one back to planned.
    static func next(_ status: ProgrammeTopic.Status) -> ProgrammeTopic.Status {
        switch status {
        case .proposed, .deferred: .planned
        case .planned: .heard
        case .heard: .completed
        case .completed, .dropped: .proposed
        }
    }

    /// Moves one narrowing on to the next value the topics have, then back to every one.
    mutating func narrow<Value: Hashable>(_ path: WritableKeyPath<ProgrammeScreen, Value?>, by value: (ProgrammeTopic) -> Value) {
        var values: [Value?] = [nil]
        for topic in topics ?? [] where !values.contains(value(topic)) { values.append(value(topic)) }
        self[keyPath: path] = values.stepping(from: self[keyPath: path], by: 1)
        cursor = ListCursor()
    }
}
