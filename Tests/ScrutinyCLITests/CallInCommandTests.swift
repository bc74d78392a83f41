import Foundation
import Testing
import TestSupport

/// A decision's call-in clock on the command line: the badge beside it in `show meeting`, the
/// whole clock in `show item`, and both in `--json`, as of today and under the council's rules.
@Suite struct CallInCommandTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: String..., today: String) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = today
        let result = try CommandRunner.scrutiny(arguments + ["--store", path], environment: environment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    @Test func theClockRunsFromThePapersOrTheRules() throws {
        _ = try scrutiny("import", PackageRoot.samples, today: "2026-03-20")
        let meeting = try scrutiny("show", "meeting", "cabinet-2026-03-17", today: "2026-03-20").stdout
        #expect(meeting.contains("6  ICT and Digital Update  [CALL-IN 4 days left]"), "\(meeting)")
        let json = try scrutiny("show", "item", "cabinet-2026-03-17-item-6", "--json", today: "2026-03-25").stdout
        let item = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let clock = try #require(item["call_in_clock"] as? [String: Any])
        #expect(clock["expires"] as? String == "2026-03-25 17:00" && clock["source"] as? String == "papers")
        #expect(clock["badge"] as? String == "CALL-IN ends today 17:00" && clock["working_days_left"] as? Int == 1)
        #expect(clock["status"] as? String == "open")
        #expect(try scrutiny("show", "item", "cabinet-2026-03-17-item-6", today: "2026-03-26").stdout
            .contains("ends 17:00 Wed 25 Mar 2026 — closed: it may be implemented."))

        // The Upcoming calendar puts each period's end between the meetings.
        let calendar = try scrutiny("meetings", "--upcoming", today: "2026-12-09").stdout
        #expect(calendar.contains("Tue 15 Dec 2026  call-in ends 17:00 · Cabinet: 5. Customer Access Strategy 2027–2030  cabinet-2026-12-08-item-5"),
                "\(calendar)")
        #expect(!calendar.contains("Tue 8 Dec 2026  scheduled"))

        // A council whose rules are its own: midday on the eighth day, counted from the meeting when no publication day is given.
        let council = try String(contentsOfFile: PackageRoot.samples + "/council.md", encoding: .utf8)
        folder.write("council.md", council.replacing("time zone: Europe/London\n", with: "time zone: Europe/London\ncall-in period: 8 days\ncall-in ends at: 12:00\n"))
        _ = try scrutiny("import", folder.file("council.md"), today: "2026-12-09")
        let upcoming = try scrutiny("show", "meeting", "cabinet-2026-12-08", "--json", today: "2026-12-09").stdout
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(upcoming.utf8)) as? [String: Any])
        let items = try #require(shown["items"] as? [[String: Any]])
        let first = try #require(items.first?["call_in_clock"] as? [String: Any])
        #expect(first["expires"] as? String == "2026-12-16 12:00" && first["source"] as? String == "rules")
        #expect(first["publication_assumed"] as? Bool == true && first["period"] as? String == "8 days")
    }
}
