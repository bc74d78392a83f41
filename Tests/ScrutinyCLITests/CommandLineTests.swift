import Foundation
import Testing
import TestSupport

/// The built `scrutiny` binary, run as a member would run it.
@Suite struct CommandLineTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.scrutiny(arguments, environment: folder.environment.merging(environment) { $1 })
    }

    func importSamples() throws {
        let result = try scrutiny("import", "--store", store, PackageRoot.samples)
        #expect(result.status == 0, "\(result.stderr)")
        // The progress line is for a terminal: none reaches a pipe.
        #expect(result.stderr.isEmpty)
    }

    /// A held meeting says who came and who declared what; an item, its questions with the
    /// response beneath each question it answers.
    @Test func exportToMustBeAFolder() throws {
        for command in [["open"], ["live", "cabinet-2026-12-08"]] {
            let result = try CommandRunner.scrutiny(command + ["--export-to", "/no/such/folder"])
            #expect(result.status != 0)
            #expect(result.stderr.contains("--export-to /no/such/folder is not a folder"), "\(result.stderr)")
        }
    }

    @Test func showSaysTheWholeRecord() throws {
        try importSamples()
        let meeting = try scrutiny("show", "--store", store, "meeting", "resources-scrutiny-2025-06-10").stdout
        #expect(meeting.contains("Attendance: 6 present, 1 sent apologies"))
        #expect(meeting.contains("apologies: Cllr David Lloyd"))
        #expect(meeting.contains("Cllr Sam Ortiz on item 5: non-registrable interest, remained in the room"))
        let item = try scrutiny("show", "--store", store, "item", "resources-scrutiny-2025-06-10-item-5").stdout
        #expect(item.contains("↳ Head of Corporate Strategy (answers Q1 and Q3):"))
        #expect(item.contains("↳ answered with Q1 above, by Head of Corporate Strategy"))
    }

    /// The Upcoming calendar across committees, soonest first, as the UI's `u` shows it.
    @Test func meetingsUpcomingIsTheCalendarAcrossCommittees() throws {
        try importSamples()
        let listed = try scrutiny("meetings", "--store", store, "--upcoming", "--json")
        #expect(listed.status == 0, "\(listed.stderr)")
        let ids = try #require(try listed.json() as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids == ["cabinet-2026-12-08", "resources-scrutiny-2027-01-19", "council-2027-02-25"])
        let text = try scrutiny("meetings", "--store", store, "--upcoming").stdout
        #expect(text.hasPrefix("Tue 8 Dec 2026 18:00  scheduled  2 items  cabinet-2026-12-08  Cabinet\n"))
    }

    /// Stemming, prefixes and filters on the command line as in the UI; an empty query is refused.
    @Test func searchFindsOtherFormsTakesFiltersAndRefusesNothing() throws {
        try importSamples()
        let found = try #require(try scrutiny("search", "--store", store, "digital exclusion", "--json").json() as? [[String: Any]])
        #expect(found.contains { $0["paragraph"] as? Int == 9 && ($0["snippet"] as? String)?.contains("digitally excluded") == true })
        let narrowed = try #require(try scrutiny("search", "--store", store, "libraries", "--committee", "cabinet", "--kind", "report",
                                                 "--json").json() as? [[String: Any]])
        #expect(!narrowed.isEmpty)
        #expect(narrowed.allSatisfy { $0["committee"] as? String == "Cabinet" && $0["kind"] as? String == "paragraph" })
        let typed = try #require(try scrutiny("search", "--store", store, "telepho", "--json").json() as? [[String: Any]])
        #expect(!typed.isEmpty)
        let empty = try scrutiny("search", "--store", store, " ")
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("nothing to search for"))
        let bad = try scrutiny("search", "--store", store, "libraries", "--from", "June")
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("from: takes a date"))
    }

    /// `remove` says what goes, asks (or refuses without a terminal), and removes the samples whole.
    @Test func removeSaysAsksAndTakesTheSamples() throws {
        try importSamples()
        let dry = try scrutiny("remove", "meeting", "cabinet-2026-12-08", "--store", store, "--dry-run")
        #expect(dry.stdout.hasPrefix("Would remove 1 meeting, 2 items, 2 documents, 1 imported file."))
        let unasked = try scrutiny("remove", "meeting", "cabinet-2026-12-08", "--store", store)
        #expect(unasked.status != 0)
        #expect(unasked.stderr.contains("run again with --yes"))
        #expect(try scrutiny("meetings", "--store", store).stdout.contains("cabinet-2026-12-08"))
        let samples = try scrutiny("remove", "samples", "--store", store, "--yes", "--json")
        #expect(samples.status == 0, "\(samples.stderr)")
        #expect(((try samples.json() as? [String: Any])?["removal"] as? [String: Any])?["meetings"] as? [String] != nil)
        #expect((try scrutiny("meetings", "--store", store, "--json").json() as? [Any])?.isEmpty == true)
        #expect(try scrutiny("flags", "list", "--store", store).status == 0)
    }

    /// A command that reads refuses a store that is not there, and makes nothing.
    @Test func aReadingCommandRefusesAStoreThatIsNotThere() throws {
        let missing = folder.file("no/such/folder/papers.sqlite")
        let result = try scrutiny("meetings", "--store", missing)
        #expect(result.status != 0)
        #expect(result.stderr.contains("there is no papers store at \(missing)"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("no")))
    }

    /// Every command reads the settings: a theme this Scrutiny does not have is said by all.
    @Test func aBadSettingIsSaidByEveryCommand() throws {
        try importSamples()
        folder.write("config/scrutiny/config.toml", "theme = \"neon\"\n")
        for command in [["meetings"], ["search", "libraries"], ["flags", "list"], ["show", "meeting", "cabinet-2026-12-08"]] {
            let run = try CommandRunner.scrutiny(command + ["--store", store], environment: folder.environment)
            #expect(run.status != 0, "\(command)")
            #expect(run.stderr.contains("theme = \"neon\" is not a theme"), "\(command): \(run.stderr)")
        }
    }

    /// Help reads as prose: defaults by name, no runs of spaces inside a sentence.
    @Test func helpTextReadsCleanly() throws {
        #expect(try scrutiny("notes", "add", "--help").stdout.contains("(default: normal)"))
        for command in [["live"], ["search"], ["remove"], []] {
            let help = try CommandRunner.scrutiny(command + ["--help"], environment: folder.environment).stdout
            #expect(!help.contains("Priority(value"))
            for line in help.split(separator: "\n") where !line.hasPrefix("  ") {
                #expect(!line.contains("   "), "\(command): “\(line)”")
            }
        }
    }

    @Test func importReportsEachFileAsJSON() throws {
        let result = try scrutiny("import", "--store", store, "--json", PackageRoot.samples)
        #expect(result.status == 0)
        let files = try #require(try result.json() as? [[String: Any]])
        #expect(files.count >= 9)
        #expect(files.first?["outcome"] as? String == "added")
        #expect(files.first?["file"] as? String == "\(PackageRoot.samples)/council.md")
        let again = try #require(try scrutiny("import", "--store", store, "--json", PackageRoot.samples).json() as? [[String: Any]])
        #expect(again.allSatisfy { $0["outcome"] as? String == "unchanged" })
    }

    @Test func withJSONAFailureIsAnObjectWithItsKind() throws {
        try importSamples()
        let missing = try scrutiny("show", "--store", store, "item", "no-such-item", "--json")
        #expect(missing.status == 1)
        let failure = try #require(try missing.json() as? [String: Any])["error"] as? [String: Any]
        #expect(failure?["kind"] as? String == "not_found")
        #expect(failure?["message"] as? String == "no agenda item with id \"no-such-item\" in the store")
        // Without --json, the same failure is a line on standard error.
        let plain = try scrutiny("show", "--store", store, "item", "no-such-item")
        #expect(plain.status == 1 && plain.stdout.isEmpty && plain.stderr.contains("no agenda item"))
    }

    @Test func dryRunChangesNothing() throws {
        let result = try scrutiny("import", "--store", store, "--dry-run", PackageRoot.samples)
        #expect(result.status == 0)
        #expect(result.stdout.contains("would import: \(PackageRoot.samples)/cabinet/2026-12-08.md [pack] — 1 meeting, 2 items, 2 documents"))
        // What was recognised, item by item.
        #expect(result.stdout.contains("      item 6 \"Award of the contact centre telephony contract\" [exempt, paragraph 3]: report (2 paragraphs, exempt)"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    @Test func aBadFileIsNamedWithItsLineAndTheOthersGoIn() throws {
        let bad = folder.write("in/bad.md", "---\ntype: meeting\ncommittee: cabinet\ndate: 2026-13-01\n---\n")
        folder.write("in/good.txt", "Agenda item\nBus Shelters\nMinutes:\nThe Committee noted the report.\nResolved that the report be noted.\n")
        let result = try scrutiny("import", "--store", store, folder.file("in"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(bad):4: \"2026-13-01\" is not a date written YYYY-MM-DD"))
        #expect(result.stdout.contains("added: \(folder.file("in/good.txt")) [moderngov-page]"))
    }

    /// Files go in together; one the store refuses undoes its batch, which then goes in file by
    /// file: the refused one alone is left out.
    @Test func aFileTheStoreRefusesLeavesTheRestOfItsBatchIn() throws {
        let page = "Agenda item\nBus Shelters\nMinutes:\nThe Committee noted the report.\nResolved that the report be noted.\n"
        folder.write("in/a.txt", page)
        folder.write("in/b.txt", page + "\n")  // the same item again, from another file
        folder.write("in/c.txt", page.replacingOccurrences(of: "Bus Shelters", with: "Street Lighting"))
        let result = try scrutiny("import", "--store", store, "--committee", "Cabinet", "--date", "2026-10-01", "--json", folder.file("in"))
        #expect(result.status == 1)
        let files = try #require(try result.json() as? [[String: Any]])
        #expect(files.map { $0["outcome"] as? String } == ["added", "failed", "added"])
        #expect((files[1]["error"] as? String)?.contains("is already in the store from \(folder.file("in/a.txt"))") == true)
        let items = try #require(try scrutiny("show", "meeting", "cabinet-2026-10-01", "--store", store, "--json").json() as? [String: Any])
        #expect((items["items"] as? [[String: Any]])?.count == 2)
    }

    @Test func meetingsAreAnArrayOfObjectsUpcomingFirst() throws {
        try importSamples()
        let meetings = try #require(try scrutiny("meetings", "--store", store, "--json").json() as? [[String: Any]])
        #expect(meetings.count == 10)
        let cabinet = meetings.filter { $0["committee_id"] as? String == "cabinet" }.map { $0["date"] as? String }
        #expect(cabinet == ["2026-12-08", "2026-03-17", "2025-06-24"])
        let keys = Set(meetings[0].keys)
        #expect(keys == ["id", "committee_id", "committee", "date", "time", "location", "status", "hybrid", "item_count"])
    }

    @Test func showMeetingAndItem() throws {
        try importSamples()
        let meeting = try #require(try scrutiny("show", "meeting", "cabinet-2026-12-08", "--store", store, "--json").json() as? [String: Any])
        let items = try #require(meeting["items"] as? [[String: Any]])
        #expect(items.map { $0["number"] as? String } == ["5", "6"])
        #expect(items[1]["exempt_paragraphs"] as? [Int] == [3])
        let item = try #require(try scrutiny("show", "item", "resources-scrutiny-2025-06-10-item-5", "--store", store, "--json").json() as? [String: Any])
        let questions = try #require(item["questions"] as? [[String: Any]])
        let responses = try #require(item["responses"] as? [[String: Any]])
        #expect(questions.map { $0["speaker"] as? String } == ["Cllr Helen Marsh", "Cllr Gareth Owen", "Cllr Chloe Brennan"])
        #expect(responses.first?["answers"] as? [String] == ["resources-scrutiny-2025-06-10-item-5-q1", "resources-scrutiny-2025-06-10-item-5-q3"])
        let resolutions = try #require(item["resolutions"] as? [[String: Any]])
        #expect(resolutions.first?["votes"] as? [String: Int] == ["for": 6, "against": 0, "abstain": 0])
        let missing = try scrutiny("show", "item", "no-such-item", "--store", store)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no agenda item with id \"no-such-item\""))
    }

    @Test func searchFindsWithSnippets() throws {
        try importSamples()
        let hits = try #require(try scrutiny("search", "digital exclusion", "--store", store, "--json").json() as? [[String: Any]])
        #expect(!hits.isEmpty)
        let first = try #require(hits.first)
        #expect((first["snippet"] as? String)?.lowercased().contains("digital exclusion") == true)
        #expect((first["highlights"] as? [[Int]])?.isEmpty == false)
        let limited = try #require(try scrutiny("search", "council", "--limit", "2", "--store", store, "--json").json() as? [Any])
        #expect(limited.count == 2)
        #expect(try scrutiny("search", "x", "--limit", "0", "--store", store).status != 0)
    }

    @Test func doctorReportsAHealthyStore() throws {
        try importSamples()
        let result = try scrutiny("doctor", "--store", store, "--json")
        #expect(result.status == 0)
        let health = try #require(try result.json() as? [String: Any])
        #expect(health["integrity"] as? String == "ok")
        #expect((health["counts"] as? [String: Int])?["meeting"] == 10)
        #expect((health["modes"] as? [String: String])?[store] == "600")
    }

    /// A new default store is filled with the sample papers on first run.
    @Test func firstRunLoadsTheSamples() throws {
        let environment = ["XDG_DATA_HOME": folder.file("xdg"), "SCRUTINY_STORE": "", "SCRUTINY_SAMPLES": PackageRoot.samples]
        let meetings = try #require(try scrutiny("meetings", "--json", environment: environment).json() as? [Any])
        #expect(meetings.count == 10)
        #expect(FileManager.default.fileExists(atPath: folder.file("xdg/scrutiny/papers.sqlite")))
    }

    @Test func exportMinutesToAFile() throws {
        try importSamples()
        let file = folder.file("minutes.html")
        let result = try scrutiny("export", "minutes", "audit-2026-09-29", "--format", "html", "--output", file, "--store", store)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(html.contains("<h2>5. Investigation of a data breach in the revenues service</h2>"))
        #expect(!html.contains("spreadsheet of council tax accounts"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        let missing = try scrutiny("export", "minutes", "no-such-meeting", "--store", store)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no meeting with id \"no-such-meeting\""))
    }
}
