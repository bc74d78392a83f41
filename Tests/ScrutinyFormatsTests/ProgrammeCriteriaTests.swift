import ScrutinyFormats
import ScrutinyModel
import Testing

/// A committee's criteria for its work programme, from its section of the council file: scores
/// read against them, totals against the cut-off, and wrong settings refused.
@Suite struct ProgrammeCriteriaTests {
    let council = """
        ---
        type: council
        id: northbridge
        name: Northbridge Borough Council
        ---

        # Committee: Resources Scrutiny
        id: resources-scrutiny
        kind: scrutiny
        programme criteria: public interest; impact on residents; council priority; poor performance; timeliness
        programme scores: 0 to 2
        programme cut-off: 6
        """

    @Test func theCouncilFileGivesEachCommitteesCriteria() throws {
        let read = try PackReader.read(SourceText(file: "council.md", text: council))
        let criteria = try #require(read.committees.first?.programmeCriteria)
        #expect(criteria.names.count == 5 && criteria.maximum == 2 && criteria.cutOff == 6)
        #expect(try PackReader.read(SourceText(file: "council.md", text: PackWriter.council(read))).committees == read.committees)
        for (line, wrong) in [("programme scores: 0 to 2", "programme scores: high, medium, low"), ("programme cut-off: 6", "programme cut-off: 11"),
                              ("programme criteria: public interest; impact on residents; council priority; poor performance; timeliness",
                               "programme criteria: ;")] {
            #expect(throws: FormatError.self) { try PackReader.read(SourceText(file: "council.md", text: council.replacing(line, with: wrong))) }
        }
    }

    @Test func scoresAreReadAgainstTheCriteriaAndTheCutOff() throws {
        let criteria = ProgrammeCriteria(names: ["Public interest", "Impact on residents", "Council priority", "Poor performance", "Timeliness"],
                                         maximum: 2, cutOff: 6)
        guard case .success(let (name, value)) = criteria.score("impact=2") else { Issue.record("impact=2 not read"); return }
        #expect(name == "Impact on residents" && value == 2)
        for wrong in ["impact=3", "wibble=1", "impact", "impact=high"] {
            guard case .failure = criteria.score(wrong) else { Issue.record("\(wrong) was read"); continue }
        }
        let scores = ["Public interest": 1, "Impact on residents": 2, "Council priority": 1, "Poor performance": 0, "Timeliness": 1]
        #expect(criteria.standing(scores) == "5 of 10: below the cut-off of 6" && criteria.belowCutOff(scores))
        #expect(criteria.standing(scores.merging(["Timeliness": 2]) { $1 }) == "6 of 10 (cut-off 6)")
        #expect(criteria.standing(["Timeliness": 2]) == "2 of 10 so far (4 criteria unscored)" && !criteria.belowCutOff(["Timeliness": 0]))
    }
}
