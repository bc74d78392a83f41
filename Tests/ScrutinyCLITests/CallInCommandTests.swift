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
        folder.write("council.md", council.replacing("call-in period: 5 working days\ncall-in ends at: 17:00\n", with: "call-in period: 8 days\ncall-in ends at: 12:00\n"))
        _ = try scrutiny("import", folder.file("council.md"), today: "2026-12-09")
        let upcoming = try scrutiny("show", "meeting", "cabinet-2026-12-08", "--json", today: "2026-12-09").stdout
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(upcoming.utf8)) as? [String: Any])
        let items = try #require(shown["items"] as? [[String: Any]])
        let first = try #require(items.first?["call_in_clock"] as? [String: Any])
        #expect(first["expires"] as? String == "2026-12-16 12:00" && first["source"] as? String == "rules")
        #expect(first["publication_assumed"] as? Bool == true && first["period"] as? String == "8 days")
    }

    /// The seeds' Cabinet decision called in: refused while the signatures fall short, recorded
    /// when they do not, heard at a special meeting of the scrutiny committee and referred back.
    @Test func aDecisionIsCalledInHeardAndReferredBack() throws {
        _ = try scrutiny("import", PackageRoot.samples, today: "2025-06-26")
        let decision = "cabinet-2025-06-24-item-7"
        func refused(_ arguments: String...) throws -> String {
            var environment = folder.environment
            environment["SCRUTINY_TODAY"] = "2025-06-26"
            let result = try CommandRunner.scrutiny(["call-in", "request", decision] + arguments + ["--store", path], environment: environment)
            #expect(result.status == 1)
            return result.stderr
        }
        let short = try refused("--by", "Priya Shah", "--by", "Cllr Ravi Patel", "--ground", "inadequate consultation")
        #expect(short.contains("this request needs 2 more members of it."), "\(short)")
        #expect(short.contains("Cllr Ravi Patel does not count: not a member of Resources and Digital Scrutiny Committee."))
        #expect(try refused("--by", "Gareth Owen", "--by", "Helen Marsh", "--by", "Sam Ortiz", "--ground", "inadequate consultation")
            .contains("needs the chair of Resources and Digital Scrutiny Committee (Cllr Priya Shah)."))
        #expect(try refused("--by", "Priya Shah", "--by", "Helen Marsh", "--by", "Sam Ortiz", "--ground", "we disagree")
            .contains("\"we disagree\" is not among the grounds the council's rules allow"))

        let made = try scrutiny("call-in", "request", decision, "--by", "Priya Shah", "--by", "Helen Marsh", "--by", "Sam Ortiz",
                                "--ground", "inadequate consultation", "--reason", "Residents without a connection at home were not asked.",
                                "--json", today: "2025-06-26").stdout
        let request = try #require(try JSONSerialization.jsonObject(with: Data(made.utf8)) as? [String: Any])
        // Ten working days from Thursday 26 June 2025.
        #expect(request["hearing_due"] as? String == "2025-07-10" && request["committee_id"] as? String == "resources-scrutiny")
        #expect(request["signatories"] as? [String] == ["Cllr Priya Shah", "Cllr Helen Marsh", "Cllr Sam Ortiz"])
        #expect(try refused("--by", "Priya Shah", "--by", "Helen Marsh", "--by", "Sam Ortiz", "--ground", "inadequate consultation")
            .contains("the council's rules allow a decision to be called in once"))
        #expect(try scrutiny("show", "meeting", "cabinet-2025-06-24", today: "2025-06-30").stdout
            .contains("Digital Strategy 2025–2030  [KEY] [CALLED IN: hearing by 10 Jul]"))
        #expect(try scrutiny("meetings", "--upcoming", today: "2025-06-30").stdout
            .contains("Thu 10 Jul 2025  call-in to be heard · Cabinet: 7. Digital Strategy 2025–2030"))

        // The committee meets specially to hear it, and refers the decision back.
        folder.write("special.md", """
            ---
            type: meeting
            committee: resources-scrutiny
            date: 2025-07-08
            time: 18:00
            status: held
            ---

            # Item 1: Call-in of the Digital Strategy 2025–2030
            kind: Call-in
            """)
        _ = try scrutiny("import", folder.file("special.md"), today: "2025-07-08")
        let heard = try scrutiny("call-in", "hear", decision, "--at", "resources-scrutiny-2025-07-08", "--outcome", "referred-back",
                                 today: "2025-07-08").stdout
        #expect(heard.contains("REFERRED BACK: reconsider by 22 Jul"), "\(heard)")
        #expect(heard.contains("heard by Resources and Digital Scrutiny Committee on Tue 8 Jul 2025: referred back to the decision-maker, to reconsider by Tue 22 Jul 2025."))
        let item = try scrutiny("show", "item", decision, "--json", today: "2025-07-09").stdout
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(item.utf8)) as? [String: Any])
        let clock = try #require(shown["call_in_clock"] as? [String: Any])
        let recorded = try #require(clock["request"] as? [String: Any])
        #expect(clock["status"] as? String == "called_in" && recorded["outcome"] as? String == "referred_back")
        #expect(recorded["heard_at"] as? String == "resources-scrutiny-2025-07-08" && recorded["reconsideration_due"] as? String == "2025-07-22")
        #expect(try scrutiny("meetings", "--upcoming", today: "2025-07-09").stdout
            .contains("Tue 22 Jul 2025  reconsideration due · Cabinet: 7. Digital Strategy 2025–2030"))
        let listed = try scrutiny("call-in", "list", "--json", today: "2025-07-09").stdout
        #expect((try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [[String: Any]])?.count == 1)
    }
}
