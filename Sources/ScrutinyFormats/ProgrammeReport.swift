import ScrutinyModel

/// A committee's work programme for a year as its agenda's work programme item sets it out:
/// the topics planned for each meeting in turn, those not yet placed, those deferred or dropped,
/// then each task-and-finish review with its terms, members, evidence sessions and report.
public struct ProgrammeReport: Sendable {
    public var committee: String
    public var year: MunicipalYear
    public var topics: [ProgrammeTopic]
    public var criteria: ProgrammeCriteria?

    public init(committee: String, year: MunicipalYear, topics: [ProgrammeTopic], criteria: ProgrammeCriteria?) {
        self.committee = committee
        self.year = year
        self.topics = topics
        self.criteria = criteria
    }

    public var markdown: String {
        var lines = ["# \(committee): work programme \(year.label)", ""]
        if let criteria {
            lines += ["Topics are scored 0 to \(criteria.maximum) on each of: \(criteria.names.joined(separator: "; "))"
                      + (criteria.cutOff.map { "; a total below \($0) is not taken on." } ?? "."), ""]
        }
        let placed = topics.filter { $0.targetDay != nil && ![.deferred, .dropped].contains($0.status) }
        for day in Set(placed.compactMap(\.targetDay)).sorted() {
            lines += ["## \(day.long)", ""] + table(placed.filter { $0.targetDay == day }) + [""]
        }
        for (heading, chosen) in [("Not yet placed", topics.filter { $0.targetDay == nil && ![.deferred, .dropped].contains($0.status) }),
                                  ("Deferred or dropped", topics.filter { [.deferred, .dropped].contains($0.status) })] where !chosen.isEmpty {
            lines += ["## \(heading)", ""] + table(chosen) + [""]
        }
        for topic in topics {
            guard let review = topic.review else { continue }
            lines += ["## Review: \(topic.title) (\(topic.reference))", "", "Terms of reference: \(review.terms)", ""]
            if !review.members.isEmpty { lines += ["Members: \(review.members.joined(separator: ", "))", ""] }
            if let due = review.reportDue { lines += ["Report due: \(due.long)", ""] }
            for session in review.sessions {
                let heard = session.witnesses.isEmpty ? "" : " — heard \(session.witnesses.joined(separator: ", "))"
                lines.append("- \(session.day.short)\(heard)" + (session.notes.isEmpty ? "" : ": \(session.notes)"))
            }
            if !review.sessions.isEmpty { lines.append("") }
            lines += ["Final report: \(review.finalReport ?? "not yet presented")", ""]
        }
        if topics.isEmpty { lines += ["No topics recorded for \(year.label).", ""] }
        return lines.joined(separator: "\n")
    }

    private func table(_ chosen: [ProgrammeTopic]) -> [String] {
        ["| Ref | Topic | Source | Lead | Score | Status | Heard, recommendations |", "| --- | --- | --- | --- | --- | --- | --- |"]
            + chosen.map { topic in
                let score = criteria.map { $0.standing(topic.scores) } ?? ""
                let outcome = (topic.items + topic.recommendations).joined(separator: ", ")
                return "| " + [topic.reference, topic.title, topic.source ?? "", topic.lead ?? "", topic.scores.isEmpty ? "" : score,
                               topic.standing, outcome].map { $0.replacing("|", with: "/") }.joined(separator: " | ") + " |"
            }
    }
}
