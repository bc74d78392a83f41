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

        // The plan, two updates (amber, then green), and sign-off at a meeting.
        _ = try json(try scrutiny("recs", "plan", "RDSC (25/26) 01", "--what", "Complete the equality impact assessment", "--who",
                                  "Head of Digital Services", "--by", "2026-03-31", "--json"))
        _ = try json(try scrutiny("recs", "update", "RDSC (25/26) 01", "--on", "2025-11-04", "--text", "Consultation under way.",
                                  "--rag", "amber", "--assessment", "3", "--new-date", "2026-04-30", "--json"))
        #expect(try scrutiny("recs", "update", "RDSC (25/26) 01", "--text", "Late.", "--assessment", "3").status != 0)
        let done = try json(try scrutiny("recs", "update", "RDSC (25/26) 01", "--on", "2026-02-20", "--text", "Assessment published.",
                                         "--rag", "green", "--assessment", "1", "--json"))
        #expect(done["rag"] as? String == "green")
        #expect((done["updates"] as? [[String: Any]])?.map { $0["rag"] as? String } == ["amber", "green"])
        let signed = try json(try scrutiny("recs", "sign-off", "RDSC (25/26) 01", "--meeting", "resources-scrutiny-2026-02-24", "--json"))
        #expect(signed["signed_off"] as? String == "2026-02-24")
        #expect(signed["status"] as? String == "signed_off")
        let history = try scrutiny("recs", "show", "RDSC (25/26) 01").stdout
        #expect(history.contains("  Plan: Complete the equality impact assessment — Head of Digital Services, by Tue 31 Mar 2026"))
        #expect(history.contains("  Tue 4 Nov 2025: Consultation under way. [AMBER (acceptable progress); 3 slipped; now by Thu 30 Apr 2026]"))
        #expect(history.contains("  Signed off Tue 24 Feb 2026 at resources-scrutiny-2026-02-24"))

        let wrong = try scrutiny("recs", "respond", "RDSC (25/26) 01", "--decision", "maybe", "--by", "Cabinet")
        #expect(wrong.status != 0 && wrong.stderr.contains("--decision is one of accepted, partially_accepted"))
        let missing = try scrutiny("recs", "show", "RDSC (99/00) 07")
        #expect(missing.status != 0 && missing.stderr.contains("no recommendation with id \"RDSC (99/00) 07\""))
    }

    /// The six-monthly report gives the tracker's table, as the expected files a scrutiny officer
    /// has read through, and says of each what `recs list --json` says.
    @Test func theSixMonthlyReportIsTheTrackersTable() throws {
        #expect(try scrutiny("import", PackageRoot.samples).status == 0)
        let steps: [[String]] = [
            ["recs", "add", "--resolution", "resources-scrutiny-2025-06-10-item-5-res2", "--to", "Cabinet"],
            ["recs", "send", "RDSC (25/26) 01", "--on", "2025-06-30"],
            ["recs", "respond", "RDSC (25/26) 01", "--decision", "partially_accepted", "--by", "Cabinet", "--on", "2025-08-20",
             "--reason", "The assessment will come in the spring."],
            ["recs", "update", "RDSC (25/26) 01", "--on", "2026-02-20", "--text", "Assessment published.", "--rag", "green", "--assessment", "1"],
            ["recs", "add", "--committee", "resources-scrutiny", "--text", "That assisted digital support be offered in every library.",
             "--to", "Cabinet", "--agreed", "2025-10-14"],
        ]
        for step in steps {
            var environment = folder.environment
            environment["SCRUTINY_TODAY"] = "2025-07-01"
            let result = try CommandRunner.scrutiny(step + ["--store", path], environment: environment)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        for format in ["md", "csv", "html"] {
            let report = try scrutiny("recs", "report", "--from", "2025-05-01", "--to", "2026-04-30", "--format", format)
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout == PackageRoot.fixture("ScrutinyFormatsTests", "recommendations/report-2025-26.\(format)"), "\(format)")
        }
        let listed = try scrutiny("recs", "list", "--json", today: "2026-04-30")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == ["responded", "not_sent"])
        #expect(rows.map { $0["rag"] as? String } == ["green", nil])
        let narrow = try scrutiny("recs", "report", "--from", "2026-05-01", "--to", "2026-06-30")
        #expect(narrow.stdout.contains("| RDSC (25/26) 02 |") && narrow.stdout.contains("| RDSC (25/26) 01 |"))
        #expect(try scrutiny("recs", "report", "--from", "2026-05-01", "--to", "2025-06-30").status != 0)
    }

    /// An exported pack carries the recommendations whole, so that an import elsewhere gives the
    /// same tracker; a public export leaves them out and says so.
    @Test func anExportedPackCarriesTheTrackerToAnotherStore() throws {
        #expect(try scrutiny("import", PackageRoot.samples).status == 0)
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = "2025-07-01"
        func run(_ arguments: [String], store: String? = nil) throws -> CommandResult {
            try CommandRunner.scrutiny(arguments + ["--store", store ?? path], environment: environment)
        }
        let steps: [[String]] = [
            ["recs", "add", "--resolution", "resources-scrutiny-2025-06-10-item-5-res2", "--to", "Cabinet", "--lead-officer", "Head of Digital Services"],
            ["recs", "send", "RDSC (25/26) 01", "--on", "2025-06-30"],
            ["recs", "respond", "RDSC (25/26) 01", "--decision", "accepted", "--by", "Cabinet", "--on", "2025-08-20", "--text", "Agreed in full."],
            ["recs", "plan", "RDSC (25/26) 01", "--what", "Publish the assessment", "--who", "Head of Digital Services", "--by", "2026-03-31"],
            ["recs", "update", "RDSC (25/26) 01", "--on", "2026-02-20", "--text", "Published:\n  - online\n# in print", "--rag", "green",
             "--assessment", "1"],
            ["recs", "sign-off", "RDSC (25/26) 01", "--meeting", "resources-scrutiny-2026-02-24"],
            ["recs", "add", "--committee", "resources-scrutiny", "--text", "That libraries: offer help.", "--to", "Cabinet"],
        ]
        for step in steps {
            let result = try run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        let out = folder.file("pack")
        let exported = try run(["export", "pack", "--out", out])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/recommendations-resources-scrutiny.md"))
        let elsewhere = folder.file("elsewhere.sqlite")
        let imported = try run(["import", out], store: elsewhere)
        #expect(imported.status == 0, "\(imported.stderr)")
        let here = try run(["recs", "list", "--json"]).stdout, there = try run(["recs", "list", "--json"], store: elsewhere).stdout
        #expect(!here.isEmpty && here == there)
        #expect(here.contains("Published:\\n  - online\\n# in print"))
        // Imported again, nothing doubles; the next one made there is numbered after them.
        #expect(try run(["import", out], store: elsewhere).status == 0)
        #expect(try run(["recs", "list", "--json"], store: elsewhere).stdout == here)
        let next = try run(["recs", "add", "--committee", "resources-scrutiny", "--text", "That …", "--to", "Cabinet", "--agreed", "2025-09-01"],
                           store: elsewhere)
        #expect(next.stdout.hasPrefix("RDSC (25/26) 03"), "\(next.stdout)\(next.stderr)")

        let published = try run(["export", "public", "--out", folder.file("public")])
        #expect(published.status == 0, "\(published.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("public") + "/recommendations-resources-scrutiny.md"))
        #expect(published.stdout.contains("the recommendations tracker (2)") || published.stderr.contains("the recommendations tracker (2)"))
    }

    /// A scrutiny committee's resolution that recommends is offered for the clerk to confirm;
    /// confirmed from it, the recommendation takes the addressee its words name.
    @Test func resolutionsThatRecommendAreOfferedToConfirmOrDismiss() throws {
        folder.write("council.md", """
            ---
            type: council
            id: eastmoor
            name: Eastmoor District Council
            ---

            # Committee: Overview and Scrutiny Committee
            id: overview
            kind: scrutiny
            """)
        folder.write("meeting.md", """
            ---
            type: meeting
            committee: overview
            date: 2026-03-10
            status: held
            ---

            # Item 6: Library outreach review

            ## Resolution (a): agreed

            Recommended to Cabinet that the mobile library route be kept for two more years.

            ## Resolution (b): agreed

            That the Committee recommends that the chair writes to the trust.

            ## Resolution (c): noted

            That the report be noted.
            """)
        #expect(try scrutiny("import", folder.file("council.md"), folder.file("meeting.md")).status == 0)
        let offered = try scrutiny("recs", "proposed", "--json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(offered.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["addressee"] as? String } == ["Cabinet", nil])
        let made = try json(try scrutiny("recs", "add", "--resolution", "overview-2026-03-10-item-6-res1", "--json"))
        #expect(made["addressee"] as? String == "Cabinet" && made["reference"] as? String == "OSC (25/26) 01")
        #expect(try scrutiny("recs", "add", "--resolution", "overview-2026-03-10-item-6-res2").stderr.contains("give --to"))
        #expect(try scrutiny("recs", "dismiss", "overview-2026-03-10-item-6-res2").status == 0)
        #expect(try scrutiny("recs", "proposed").stdout == "No resolutions waiting to be confirmed as recommendations.\n")
    }
}


extension RecsCommandTests {
    /// An executive meeting's item that reads as its response to scrutiny is offered on import
    /// and by `recs responses` with the recommendations awaiting one; given as the venue, it
    /// answers for whom and on what day, and is not offered again.
    @Test func theExecutivesResponseItemIsOfferedToLink() throws {
        #expect(try scrutiny("import", PackageRoot.samples).status == 0)
        #expect(try scrutiny("recs", "add", "--resolution", "resources-scrutiny-2025-06-10-item-5-res2", "--to", "Cabinet").status == 0)
        #expect(try scrutiny("recs", "send", "RDSC (25/26) 01", "--on", "2025-06-30").status == 0)
        folder.write("cabinet.md", """
            ---
            type: meeting
            committee: cabinet
            date: 2025-08-19
            status: held
            ---

            # Item 9: Executive response to overview and scrutiny recommendations
            purpose: To agree Cabinet's responses to the recommendations of the Resources and Digital Scrutiny Committee.

            ## Resolution (a): agreed

            That the responses set out in the appendix be agreed.

            # Item 10: Treasury management outturn

            ## Resolution (a): noted

            That the outturn be noted.
            """)
        let imported = try scrutiny("import", folder.file("cabinet.md"))
        #expect(imported.stdout.contains("Cabinet, Tue 19 Aug 2025, 9. Executive response to overview and scrutiny recommendations may be the "
                                         + "response to RDSC (25/26) 01: scrutiny recs responses links it."), "\(imported.stdout)")
        let offered = try scrutiny("recs", "responses", "--json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(offered.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["item_id"] as? String } == ["cabinet-2025-08-19-item-9"])
        #expect(rows.first?["may_answer"] as? [String] == ["RDSC (25/26) 01"])
        let answered = try json(try scrutiny("recs", "respond", "RDSC (25/26) 01", "--venue", "cabinet-2025-08-19-item-9",
                                             "--decision", "accepted", "--json"))
        let response = try #require(answered["response"] as? [String: Any])
        #expect(response["responder"] as? String == "Cabinet" && response["received"] as? String == "2025-08-19")
        #expect(try scrutiny("recs", "responses").stdout == "No items read as responses to recommendations still awaiting one.\n")
        #expect(try scrutiny("recs", "respond", "RDSC (25/26) 01", "--venue", "letter of 3 March", "--decision", "accepted")
            .stderr.contains("give --by"))
    }
}
