import Foundation
import Testing
import TestSupport

/// A scrutiny committee's work programme on the command line: topics scored against the
/// committee's criteria from the council file, planned for a meeting, heard, linked to the
/// recommendations made; a task-and-finish review with its evidence; the report for the
/// committee's agenda, and the topics on the Upcoming calendar.
@Suite struct ProgrammeCommandTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: String..., status: Int32 = 0) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = "2026-09-01"
        let result = try CommandRunner.scrutiny(arguments + ["--store", path], environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func aYearsProgrammeIsScoredPlannedHeardAndReported() throws {
        _ = try scrutiny("import", PackageRoot.samples)
        let added = try object(try scrutiny("programme", "add", "--committee", "resources-scrutiny", "--title", "Digital inclusion",
                                            "--source", "member suggestion", "--score", "public=2", "--score", "impact=2", "--score", "council=1",
                                            "--score", "poor=1", "--score", "timeliness=2", "--target", "resources-scrutiny-2026-10-13",
                                            "--lead", "Nadia Farouk", "--json").stdout)
        #expect(added["reference"] as? String == "RDSC WP 26/27 01" && added["status"] as? String == "planned")
        #expect(added["target_day"] as? String == "2026-10-13" && (added["scores"] as? [[String: Any]])?.first { $0["criterion"] as? String == "impact on residents" }?["score"] as? Int == 2)
        let reference = try #require(added["id"] as? String)

        // Scores are the committee's criteria, within its range; the target is its own meeting.
        #expect(try scrutiny("programme", "add", "--committee", "resources-scrutiny", "--title", "X", "--score", "cost=1", status: 1).stderr
            .contains("\"cost\" is not one of the committee's criteria: public interest; impact on residents;"))
        #expect(try scrutiny("programme", "add", "--committee", "resources-scrutiny", "--title", "X", "--score", "public=3", status: 1).stderr
            .contains("public interest is scored 0 to 2, not 3"))
        #expect(try scrutiny("programme", "add", "--committee", "resources-scrutiny", "--title", "X", "--target", "cabinet-2026-12-08", status: 1).stderr
            .contains("cabinet-2026-12-08 is not a meeting of Resources and Digital Scrutiny Committee"))
        #expect(try scrutiny("programme", "add", "--committee", "cabinet", "--title", "X", "--score", "public=1", status: 1).stderr
            .contains("the committee scores no criteria"))

        // It appears on the calendar on its meeting's day until heard.
        _ = try scrutiny("programme", "add", "--committee", "resources-scrutiny", "--title", "Cyber security resilience",
                         "--target", "resources-scrutiny-2027-01-19", "--score", "public=0", "--score", "impact=1", "--score", "council=2",
                         "--score", "poor=1", "--score", "timeliness=1")
        #expect(try scrutiny("meetings", "--upcoming").stdout
            .contains("Tue 19 Jan 2027  work programme · RDSC WP 26/27 02: Cyber security resilience  resources-scrutiny-wp-2026-2"))
        let due = try #require(try JSONSerialization.jsonObject(with: Data(try scrutiny("deadlines", "--json").stdout.utf8)) as? [[String: Any]])
        #expect(due.map { $0["kind"] as? String } == ["programme", "call_in", "call_in", "programme"], "\(due)")
        #expect(due.last?["day"] as? String == "2027-01-19" && due.last?["target_id"] as? String == "resources-scrutiny-wp-2026-2")

        // Heard at its meeting, where the committee made a recommendation: both are linked.
        _ = try scrutiny("recs", "add", "--resolution", "resources-scrutiny-2026-10-13-item-6-res2", "--to", "Cabinet")
        let heard = try object(try scrutiny("programme", "update", reference, "--heard", "resources-scrutiny-2026-10-13-item-6", "--json").stdout)
        #expect(heard["status"] as? String == "heard" && heard["items"] as? [String] == ["resources-scrutiny-2026-10-13-item-6"])
        #expect((heard["recommendations"] as? [String])?.count == 1)

        // A task-and-finish review with its evidence.
        _ = try scrutiny("programme", "add", "--committee", "resources-scrutiny", "--title", "Library Wi-Fi review",
                         "--terms", "To review the reach and reliability of library Wi-Fi.", "--member", "Cllr Helen Marsh",
                         "--member", "Cllr Sam Ortiz", "--report-due", "2027-01-19")
        let session = try object(try scrutiny("programme", "session", "RDSC WP 26/27 03", "--on", "2026-09-15",
                                              "--witness", "Dana Whitfield", "--notes", "Outages cluster at two branches.", "--json").stdout)
        let review = try #require(session["review"] as? [String: Any])
        #expect((review["sessions"] as? [[String: Any]])?.first?["witnesses"] as? [String] == ["Dana Whitfield"])
        #expect(try scrutiny("programme", "session", "RDSC WP 26/27 01", "--on", "2026-09-15", status: 1).stderr.contains("is not a review"))

        let report = try scrutiny("programme", "report", "--committee", "resources-scrutiny").stdout
        #expect(report.hasPrefix("# Resources and Digital Scrutiny Committee: work programme 26/27"))
        #expect(report.contains("## Tuesday 13 October 2026"))
        #expect(report.contains("| RDSC WP 26/27 02 | Cyber security resilience |  |  | 5 of 10: below the cut-off of 6 | planned for Tue 19 Jan 2027 |  |"))
        #expect(report.contains("## Review: Library Wi-Fi review (RDSC WP 26/27 03)"))
        #expect(report.contains("- Tue 15 Sep 2026 — heard Dana Whitfield: Outages cluster at two branches."))
        let listed = try JSONSerialization.jsonObject(with: Data(try scrutiny("programme", "list", "--year", "26/27", "--json").stdout.utf8))
        #expect((listed as? [[String: Any]])?.count == 3)
        #expect(try scrutiny("programme", "list", "--year", "2025").stdout.contains("No work programme topics recorded."))
    }
}
