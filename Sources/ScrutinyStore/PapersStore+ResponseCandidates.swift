import GRDB
import ScrutinyModel

extension PapersStore {
    /// Items of executive and council meetings that read as responses to scrutiny, each with the
    /// recommendations sent before it and still unanswered (narrowed to the scrutiny committee the
    /// item names, when it names one); items already given as a response's venue are left out.
    public func responseCandidates() throws -> [ResponseCandidate] {
        try read { db in
            let waiting = try Self.recommendations(db, where: """
                r.sent IS NOT NULL AND s.recommendation_id IS NULL
                """, []).filter { $0.signOff == nil }
            guard !waiting.isEmpty else { return [] }
            let names = try Self.committeeNames(db)
            return try Row.fetchAll(db, sql: """
                SELECT i.id, i.number, i.title, i.purpose, m.id AS meeting_id, m.start_date, c.name AS committee_name
                FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN committee c ON c.id = m.committee_id
                WHERE c.kind IN ('executive', 'council') AND m.start_date IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM recommendation_response s WHERE s.venue = i.id)
                ORDER BY m.start_date, i.position
                """).compactMap { row -> ResponseCandidate? in
                let title: String = try row.decode(forColumn: "title")
                let words = title + " " + ((try row.decode(forColumn: "purpose") as String?) ?? "")
                guard ResponseCandidate.readsAsResponse(words),
                      let day = CalendarDate(iso: try row.decode(forColumn: "start_date") as String) else { return nil }
                let named = Set(waiting.map(\.committeeID)).filter { id in names[id].map { words.lowercased().contains($0.lowercased()) } ?? false }
                let answers = waiting.filter { $0.sent! <= day && (named.isEmpty || named.contains($0.committeeID)) }
                guard !answers.isEmpty else { return nil }
                let number: String = try row.decode(forColumn: "number")
                return ResponseCandidate(itemID: try row.decode(forColumn: "id"), meetingID: try row.decode(forColumn: "meeting_id"),
                                         committeeName: try row.decode(forColumn: "committee_name"), day: day,
                                         itemHeading: (number.isEmpty ? "" : number + ". ") + title, answers: answers)
            }
        }
    }
}
