import Foundation
import Testing
import TestSupport

/// `scrutiny recs`: a recommendation made from a committee's resolution, sent, answered, and
/// listed as JSON with its status as of today.
@Suite struct RecsCommandTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: String..., today: String = "2025-07-01") throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = today
        return try CommandRunner.scrutiny(arguments + ["--store", path], environment: environment)
    }

    func json(_ result: CommandResult) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func aRecommendationFromAResolutionIsSentAnsweredAndListed() throws {
        #expect(try scrutiny("import", PackageRoot.samples).status == 0)
        let made = try json(try scrutiny("recs", "add", "--resolution", "resources-scrutiny-2025-06-10-item-5-res2", "--to", "Cabinet",
                                         "--lead-officer", "Head of Digital Services", "--json"))
        #expect(made["reference"] as? String == "RDSC (25/26) 01")
        #expect(made["agreed"] as? String == "2025-06-10")
        #expect(made["meeting_id"] as? String == "resources-scrutiny-2025-06-10")
        #expect((made["text"] as? String)?.hasPrefix("That a full equality impact assessment") == true)
        #expect(made["status"] as? String == "not_sent")

        let sent = try json(try scrutiny("recs", "send", "RDSC (25/26) 01", "--on", "2025-06-30", "--json"))
        #expect(sent["response_due"] as? String == "2025-08-29")
        #expect(sent["status"] as? String == "awaiting_response")
        let late = try scrutiny("recs", "list", "--json", today: "2025-08-30")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(late.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == ["response_overdue"])
        #expect(try scrutiny("recs", "list", today: "2025-08-30").stdout.contains("RDSC (25/26) 01  RESPONSE OVERDUE  to Cabinet"))

        let answered = try json(try scrutiny("recs", "respond", "rdsc (25/26) 01", "--decision", "partially_accepted", "--by", "Cabinet",
                                             "--on", "2025-08-20", "--reason", "The assessment will come in the spring.", "--json"))
        #expect(answered["status"] as? String == "responded")
        #expect((answered["response"] as? [String: Any])?["decision"] as? String == "partially_accepted")
        let shown = try scrutiny("recs", "show", "RDSC (25/26) 01")
        #expect(shown.stdout.contains("Response Wed 20 Aug 2025 from Cabinet: partially accepted — The assessment will come in the spring."))

        let wrong = try scrutiny("recs", "respond", "RDSC (25/26) 01", "--decision", "maybe", "--by", "Cabinet")
        #expect(wrong.status != 0 && wrong.stderr.contains("--decision is one of accepted, partially_accepted"))
        let missing = try scrutiny("recs", "show", "RDSC (99/00) 07")
        #expect(missing.status != 0 && missing.stderr.contains("no recommendation with id \"RDSC (99/00) 07\""))
    }
}
