import Foundation
import Testing
import TestSupport

/// `scrutiny sync oparl` against a stand-in OParl server on loopback (Fixtures/oparl-server,
/// in the shapes OParl 1.1 servers send: a System, a list of bodies, paged lists of
/// organizations, people, meetings and papers, a meeting listed without its items): a first
/// run fills a new store, PDFs with their pages; a second asks with `modified_since` and reads
/// again only the meeting whose paper changed; a list that changes between its pages, an HTML
/// page, a 500 and a killed run each leave the store whole, and the next run carries on.
@Suite(.serialized) struct OParlSyncTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    func serve() throws -> StandInCouncil {
        try StandInCouncil.oparl(in: folder, report: [
            ["Digital inclusion action plan", "1. Summary", "One resident in eight has never used the internet."],
            ["2. Help offered", "Libraries will help with forms, and a telephone line stays open."],
        ])
    }

    func scrutiny(_ arguments: String..., status: Int32 = 0) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = "2026-12-02"
        let result = try CommandRunner.scrutiny(arguments + ["--store", path] + (arguments.first == "sync" ? ["--pause", "0"] : []),
                                                environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    @Test func aFirstSyncFillsTheStoreAndASecondAsksForWhatChanged() throws {
        let council = try serve()
        let first = try scrutiny("sync", "oparl", council.address + "/oparl/system", "--json")
        let summary = try #require(((try first.json() as? [String: Any])?["servers"] as? [[String: Any]])?.first)
        #expect(summary["bodies"] as? Int == 1 && summary["meetings_listed"] as? Int == 3 && summary["added"] as? Int == 3, "\(summary)")
        #expect(summary["papers_fetched"] as? Int == 1 && summary["papers_read"] as? Int == 1 && (summary["failed"] as? [String])?.isEmpty == true)
        // Both pages of the meetings list; the meeting listed without its items asked for whole.
        #expect(council.requests.contains { $0.hasPrefix("oparl/bodies/1/meetings?page=2\tScrutiny/") })
        #expect(council.requests.contains { $0.hasPrefix("oparl/meetings/90\t") })
        let meetings = try scrutiny("meetings").stdout
        #expect(meetings.contains("Overview and Scrutiny Committee") && meetings.contains("Cabinet") && meetings.contains("Thu 17 Sep 2026"), "\(meetings)")
        let hits = try #require(try scrutiny("search", "telephone line", "--json").json() as? [[String: Any]])
        #expect(hits.contains { $0["page"] as? Int == 2 }, "\(hits)")

        // Nothing changed: every list is asked with modified_since, and nothing is read again.
        council.clearRequests()
        let again = try scrutiny("sync").stdout
        #expect(again.contains("(modified since 20") && again.contains("0 meetings to read; 0 new, 0 changed"), "\(again)")
        #expect(!council.requests.contains { $0.hasPrefix("files/") })

        // A paper changed: the meeting it was considered at is read again, and only that one.
        council.write("oparl/bodies/1/papers.json",
                      StandInCouncil.oparlPapersModified.replacing("Digital inclusion action plan 2026-2028", with: "Digital inclusion action plan 2026-2029"))
        let changed = try scrutiny("sync").stdout
        #expect(changed.contains("1 meetings to read; 0 new, 1 changed"), "\(changed)")
        #expect(try scrutiny("doctor").stdout.contains("syncs from: oparl \(council.address)/oparl/system"))
    }

    @Test func aListThatChangesBetweenItsPagesIsAskedForWholeNextTime() throws {
        let council = try serve()
        // Page 2 answered as though a meeting had been added after page 1 was read.
        let second = PackageRoot.fixture("ScrutinyCLITests", "oparl-server/oparl/bodies/1/meetings@page=2.json")
        council.write("moved-page-2.json", second.replacing("\"totalElements\": 3", with: "\"totalElements\": 4"))
        council.faults("""
            {"oparl/bodies/1/meetings?page=2": {"swap": "moved-page-2.json", "times": 1},
             "oparl/bodies/1/papers": {"status": 500, "times": 1}}
            """)
        let run = try scrutiny("sync", "oparl", council.address + "/oparl/system")
        #expect(run.stdout.contains("3 new"), "\(run.stdout)")
        council.clearRequests()
        let again = try scrutiny("sync").stdout
        #expect(!again.contains("modified since") && !council.requests.contains { $0.contains("modified_since") }, "\(again)")
        #expect(again.contains("0 new, 0 changed, 3 unchanged"), "\(again)")
    }

    @Test func aServerThatWantsTheTimeUnescapedIsAskedSo() throws {
        let council = try serve()
        _ = try scrutiny("sync", "oparl", council.address + "/oparl/system")
        council.faults("""
            {"*": {"unescaped_since": true, "times": 99}}
            """)
        council.clearRequests()
        let again = try scrutiny("sync").stdout
        #expect(again.contains("0 meetings to read; 0 new, 0 changed") && !again.contains("failed"), "\(again)")
        #expect(council.requests.contains { $0.contains("modified_since=20") && $0.contains("+00:00") && !$0.contains("%3A") }, "\(council.requests)")
    }

    @Test func aServerThatIsNotOParlIsSaidClearly() throws {
        let council = try serve()
        council.faults("""
            {"oparl/system": {"html": true, "times": 9}}
            """)
        let html = try scrutiny("sync", "oparl", council.address + "/oparl/system", status: 1)
        #expect(html.stderr.contains("HTML page where OParl's JSON was expected") && html.stderr.contains("Nothing was changed"), "\(html.stderr)")
        #expect(try scrutiny("sync", "oparl", "oparl.example.org", status: 1).stderr.contains("is not a web address"))
    }

    @Test func aKilledSyncIsCarriedOnByTheNext() throws {
        let council = try serve()
        // The report's PDF is slow: the sync is killed while it waits, one meeting (or none) in.
        council.faults("""
            {"files/510/report.pdf": {"slow": 30, "times": 1}}
            """)
        let sync = Process()
        sync.executableURL = URL(fileURLWithPath: PackageRoot.binary)
        sync.arguments = ["sync", "oparl", council.address + "/oparl/system", "--store", path, "--pause", "0"]
        var environment = ProcessInfo.processInfo.environment.merging(folder.environment) { $1 }
        environment["SCRUTINY_TODAY"] = "2026-12-02"
        sync.environment = environment
        sync.standardOutput = FileHandle.nullDevice
        sync.standardError = FileHandle.nullDevice
        try sync.run()
        for _ in 0..<100 where !council.requests.contains(where: { $0.hasPrefix("files/510") }) { Thread.sleep(forTimeInterval: 0.1) }
        kill(sync.processIdentifier, SIGKILL)
        sync.waitUntilExit()
        #expect(try scrutiny("doctor", "--json").stdout.contains("integrity"))
        let carried = try scrutiny("sync").stdout
        #expect(carried.contains("0 changed") && carried.contains("1 papers fetched, 1 read"), "\(carried)")
        #expect(try scrutiny("meetings").stdout.contains("Thu 17 Sep 2026"))
    }
}
