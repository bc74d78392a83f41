import Foundation
import ScrutinyStore
import Testing
import TestSupport

/// `scrutiny notes` and `scrutiny flags` as a member runs them.
@Suite struct NotesCommandTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }

    init() throws {
        let result = try CommandRunner.scrutiny(["import", "--store", folder.file("papers.sqlite"), PackageRoot.samples])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func scrutiny(_ arguments: String..., member: String? = "Cllr Priya Shah") throws -> CommandResult {
        var environment = folder.environment
        if let member { environment["SCRUTINY_MEMBER"] = member }
        return try CommandRunner.scrutiny(arguments + ["--store", store], environment: environment)
    }

    /// The member's notebooks, one per papers store: "cllr-priya-shah-<store>.sqlite".
    func notebooks(_ member: String) -> [String] {
        let folder = folder.file("data/scrutiny/notebooks")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix(member + "-") && $0.hasSuffix(".sqlite") }.map { "\(folder)/\($0)" }
    }

    /// A notebook belongs to one papers store: notes written against another stay with it.
    @Test func eachPapersStoreHasItsOwnNotebook() throws {
        let other = folder.file("other.sqlite")
        #expect(try CommandRunner.scrutiny(["import", "--store", other, PackageRoot.samples]).status == 0)
        let added = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-5", "--text", "On the first store")
        #expect(added.status == 0, "\(added.stderr)")
        var environment = folder.environment
        environment["SCRUTINY_MEMBER"] = "Cllr Priya Shah"
        let elsewhere = try CommandRunner.scrutiny(["notes", "list", "--json", "--store", other], environment: environment)
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect((try elsewhere.json() as? [Any])?.isEmpty == true)
        #expect(notebooks("cllr-priya-shah").count == 2)
        // The first store's notebook given for the other store is refused, and says why.
        let first = try #require(notebooks("cllr-priya-shah").first { !$0.isEmpty && (try? scrutiny("notes", "list", "--notebook", $0).status) == 0 })
        let refused = try CommandRunner.scrutiny(["notes", "list", "--store", other, "--notebook", first], environment: environment)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("holds Cllr Priya Shah's notes on another papers store"))
        #expect(try scrutiny("notes", "list").stdout.contains("On the first store"))
    }

    /// A notebook from before stores had names (one per member) is the first store's to keep.
    @Test func anEarlierNotebookStaysWithTheFirstStoreThatOpensIt() throws {
        let earlier = folder.file("data/scrutiny/notebooks/cllr-priya-shah.sqlite")
        try FileManager.default.createDirectory(atPath: folder.file("data/scrutiny/notebooks"), withIntermediateDirectories: true)
        _ = try Notebook(path: earlier, member: "Cllr Priya Shah")
        let added = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-5", "--text", "In the earlier notebook")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try Notebook(path: earlier, member: "Cllr Priya Shah").noteCount() == 1)
        #expect(notebooks("cllr-priya-shah").isEmpty)
    }

    @Test func addEditListAndDeleteANote() throws {
        let added = try scrutiny("notes", "add", "--document", "cabinet-2026-12-08-item-5-report", "--paragraph", "1",
                                 "--flag", "digital exclusion", "--flag", "risk", "--priority", "high", "--follow-up", "2026-12-01",
                                 "--text", "Who helps residents\nwithout internet?", "--json")
        #expect(added.status == 0, "\(added.stderr)")
        let note = try #require(try added.json() as? [String: Any])
        let id = try #require(note["id"] as? String)
        #expect(note["on"] as? String == "¶1 of Customer Access Strategy 2027–2030")
        #expect(note["quote"] as? String == "That Cabinet adopts the Customer Access Strategy 2027–2030 at Appendix A.")
        #expect(note["flags"] as? [String] == ["digital exclusion", "risk"])

        let notebook = try #require(notebooks("cllr-priya-shah").first)
        #expect(try FileManager.default.attributesOfItem(atPath: notebook)[.posixPermissions] as? Int == 0o600)

        let edited = try scrutiny("notes", "edit", id, "--status", "raised", "--remove-flag", "risk", "--shared", "--json")
        #expect(edited.status == 0, "\(edited.stderr)")
        let after = try #require(try edited.json() as? [String: Any])
        #expect(after["status"] as? String == "raised")
        #expect(after["visibility"] as? String == "shared")
        #expect(after["flags"] as? [String] == ["digital exclusion"])

        let raised = try #require(try scrutiny("notes", "list", "--status", "raised", "--flag", "digital-exclusion", "--json").json() as? [[String: Any]])
        #expect(raised.map { $0["id"] as? String } == [id])
        let text = try scrutiny("notes", "list")
        #expect(text.stdout.contains("\(id)  Cabinet, Tue 8 Dec 2026 — 5. Customer Access Strategy 2027–2030"))
        #expect(text.stdout.contains("    without internet?"))

        let refused = try scrutiny("notes", "delete", id)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("run again with --yes"))
        #expect(try scrutiny("notes", "delete", id, "--yes").status == 0)
        #expect((try scrutiny("notes", "list", "--json").json() as? [Any])?.isEmpty == true)
    }

    /// A paragraph is named by the ¶ shown on screen and in search hits, a heading by its position.
    @Test func aParagraphIsTheNumberShownEverywhere() throws {
        let report = "resources-scrutiny-2025-06-10-item-5-report"
        let found = try scrutiny("search", "digitally excluded", "--json")
        let hit = try #require((try found.json() as? [[String: Any]])?.first)
        #expect(hit["paragraph"] as? Int == 9)
        #expect(hit["position"] as? Int == 13)
        let added = try scrutiny("notes", "add", "--document", report, "--paragraph", "9", "--text", "Which residents?", "--json")
        #expect(added.status == 0, "\(added.stderr)")
        let note = try #require(try added.json() as? [String: Any])
        #expect(note["on"] as? String == "¶9 of Draft Digital Strategy 2025–2030")
        #expect(note["paragraph"] as? Int == 9)
        #expect((note["quote"] as? String)?.hasPrefix("An initial equality impact assessment") == true)
        let heading = try scrutiny("notes", "add", "--document", report, "--position", "12", "--text", "A heading", "--json")
        #expect(heading.status == 0, "\(heading.stderr)")
        #expect((try heading.json() as? [String: Any])?["on"] as? String == "the heading “Equality impact” of Draft Digital Strategy 2025–2030")
        let missing = try scrutiny("notes", "add", "--document", report, "--paragraph", "99", "--text", "x")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no ¶99"))
        let both = try scrutiny("notes", "add", "--document", report, "--paragraph", "9", "--position", "13", "--text", "x")
        #expect(both.status != 0)
        #expect(both.stderr.contains("--paragraph or --position"))
    }

    @Test func exportIsAConcernsReportGroupedByFlag() throws {
        _ = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-6", "--flag", "cyber security", "--text", "Data centre resilience?")
        _ = try scrutiny("notes", "add", "--meeting", "cabinet-2026-12-08", "--text", "Ask about quorum", "--shared")
        let markdown = try scrutiny("notes", "export")
        #expect(markdown.stdout.hasPrefix("# Concerns: Cllr Priya Shah\n\nSun 22 Nov 2026 · 2 notes\n"))
        #expect(markdown.stdout.contains("## Cyber security (1)\n\n### Cabinet, Tue 8 Dec 2026 — 6. Award of the contact centre telephony contract"))
        #expect(markdown.stdout.contains("## No flag (1)"))
        let report = try #require(try scrutiny("notes", "export", "--format", "json").json() as? [String: Any])
        let groups = try #require(report["groups"] as? [[String: Any]])
        #expect(groups.map { $0["flag"] as? String } == ["cyber security", nil])
        let file = folder.file("concerns.csv")
        #expect(try scrutiny("notes", "export", "--format", "csv", "--output", file).status == 0)
        let csv = try String(contentsOfFile: file, encoding: .utf8)
        #expect(csv.hasPrefix("flag,status,priority,follow_up,committee,meeting_date,item,on,quote,text"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
    }

    /// `--output` writes a new file: an existing one is kept unless `--force` says to replace it.
    @Test func anOutputFileThatExistsIsKept() throws {
        folder.write("report.md", "the member's own draft")
        let refused = try scrutiny("notes", "export", "--output", folder.file("report.md"))
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("already exists; choose a new file, or add --force"))
        #expect(try String(contentsOfFile: folder.file("report.md"), encoding: .utf8) == "the member's own draft")
        #expect(try scrutiny("notes", "export", "--output", folder.file("report.md"), "--force").status == 0)
        #expect(try String(contentsOfFile: folder.file("report.md"), encoding: .utf8) != "the member's own draft")
        let minutes = try scrutiny("export", "minutes", "cabinet-2026-12-08", "--output", folder.file("report.md"))
        #expect(minutes.stderr.contains("already exists"))
    }

    /// `--notebook` pointed at the papers store (or any other database) is refused before its
    /// mode is touched: the group that shares the store keeps reading it.
    @Test func aNotebookPathThatIsNotANotebookIsLeftAlone() throws {
        #expect(chmod(store, 0o640) == 0)
        let result = try scrutiny("notes", "list", "--notebook", store)
        #expect(result.status != 0)
        #expect(result.stderr.contains("is not a notebook"), "\(result.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int == 0o640)
        #expect(try scrutiny("meetings").status == 0)
    }

    @Test func badNotesGetAClearError() throws {
        let unknownFlag = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-5", "--flag", "potholes", "--text", "x")
        #expect(unknownFlag.status != 0)
        #expect(unknownFlag.stderr.contains("there is no flag \"potholes\""))
        let nowhere = try scrutiny("notes", "add", "--item", "no-such-item", "--text", "x")
        #expect(nowhere.stderr.contains("no item with id \"no-such-item\""))
        let twoTargets = try scrutiny("notes", "add", "--item", "a", "--meeting", "b", "--text", "x")
        #expect(twoTargets.stderr.contains("say what the note is on"))
        let empty = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-5")
        #expect(empty.stderr.contains("a note needs some text or a flag"))
        // One huge note would slow every member's search: refused with the limit, nothing written.
        let huge = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-5", "--shared",
                                "--text", String(repeating: "the budget ", count: 10_000))
        #expect(huge.status != 0)
        #expect(huge.stderr.contains("this note is 110,000 characters; a note holds up to 20,000"), "\(huge.stderr)")
        let longest = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-5", "--text", String(repeating: "x", count: 20_000))
        #expect(longest.status == 0, "\(longest.stderr)")
    }

    @Test func theSettingsFileNamesTheMemberAndAddsFlags() throws {
        folder.write("config/scrutiny/config.toml", "member = \"Cllr Siân Jones\"\nflags = [\"housing\"]\n")
        let added = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-5", "--flag", "housing", "--text", "Homes", "--json",
                                 member: nil)
        #expect(added.status == 0, "\(added.stderr)")
        #expect((try added.json() as? [String: Any])?["author"] as? String == "Cllr Siân Jones")
        #expect(notebooks("cllr-sian-jones").count == 1)
        folder.write("config/scrutiny/config.toml", "membr = \"typo\"\n")
        let typo = try scrutiny("notes", "list", member: nil)
        #expect(typo.stderr.contains("config.toml:1: unknown setting \"membr\""))
    }

    @Test func flagsAreAddedRenamedAndRetired() throws {
        #expect(try scrutiny("flags", "add", "Housing standards").stdout == "Flag \"Housing standards\" (housing-standards).\n")
        _ = try scrutiny("notes", "add", "--item", "cabinet-2026-12-08-item-5", "--flag", "housing standards", "--text", "Damp")
        #expect(try scrutiny("flags", "rename", "housing-standards", "Housing quality").status == 0)
        #expect(try scrutiny("flags", "retire", "Housing quality").status == 0)
        let active = try #require(try scrutiny("flags", "--json").json() as? [[String: Any]])
        #expect(!active.contains { $0["id"] as? String == "housing-standards" })
        let kept = try #require(try scrutiny("notes", "list", "--json").json() as? [[String: Any]])
        #expect(kept.first?["flags"] as? [String] == ["Housing quality"])
        let all = try scrutiny("flags", "list", "--all")
        #expect(all.stdout.contains("Housing quality (retired)"))
    }
}
