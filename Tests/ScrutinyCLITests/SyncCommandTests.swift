import Foundation
import Testing
import TestSupport

/// `scrutiny sync moderngov` against a stand-in for a council's web service on loopback,
/// answering in the shapes councils send: a first run fills a new store with the meetings and
/// their PDF papers, page by page; a second asks again only for meetings not settled and
/// changes nothing; a 500 is tried again; an HTML page, a dropped connection, a 404, a paper
/// without end and a redirect loop are said clearly and leave each meeting whole or as it was.
@Suite(.serialized) struct SyncCommandTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    /// The answers: the committees, one committee's three meetings (the first held in 2025,
    /// long settled), each meeting linking the same two public papers.
    func serve() throws -> StandInCouncil {
        let council = try StandInCouncil(folder: folder.file("council"))
        func fixture(_ name: String) -> String {
            PackageRoot.fixture("ScrutinyFormatsTests", "moderngov-xml/" + name).replacing("https://papers.example.gov.uk", with: "{server}")
        }
        council.write("committees.xml", fixture("get-committees.xml"))
        council.write("meetings-31.xml", fixture("get-meetings.xml").replacing("12/11/2026", with: "13/11/2025"))
        let meeting = fixture("get-meeting.xml")
        council.write("meeting-4120.xml", meeting)
        council.write("meeting-4119.xml", meeting.replacing("<meetingid>4120</meetingid>", with: "<meetingid>4119</meetingid>")
            .replacing("14/01/2027", with: "10/12/2026"))
        council.write("meeting-4118.xml", meeting.replacing("<meetingid>4120</meetingid>", with: "<meetingid>4118</meetingid>")
            .replacing("14/01/2027", with: "13/11/2025"))
        council.write("paper-9001.pdf", Data(PDFMaker.make(pages: [
            ["Community centres and hubs review", "1. Summary", "The review covers the eleven centres of the borough."],
            ["2. Booking", "Rooms can be booked online, at any library and by telephone."],
        ])))
        council.write("paper-9002.pdf", Data(PDFMaker.make(pages: [["Appendix B", "Fees for community rooms rise by 3 per cent."]])))
        return council
    }

    func scrutiny(_ arguments: String..., status: Int32 = 0) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = "2026-12-02"
        let result = try CommandRunner.scrutiny(arguments + ["--store", path] + (arguments.first == "sync" ? ["--pause", "0"] : []),
                                                environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    @Test func aSecondSyncAsksOnlyForWhatMayHaveChanged() throws {
        let council = try serve()
        let first = try scrutiny("sync", "moderngov", council.address + "/mgWebService.asmx", "--committee", "scrutiny", "--json")
        let summary = try #require(((try first.json() as? [String: Any])?["servers"] as? [[String: Any]])?.first)
        #expect(summary["committees"] as? Int == 1 && summary["meetings_listed"] as? Int == 3 && summary["meetings_fetched"] as? Int == 3)
        #expect(summary["added"] as? Int == 3 && (summary["failed"] as? [String])?.isEmpty == true, "\(summary)")
        // Each paper fetched once, though three meetings link it; the restricted ones not at all.
        #expect(summary["papers_fetched"] as? Int == 2 && summary["papers_read"] as? Int == 6, "\(summary)")
        #expect(council.requests.first?.hasPrefix("GetCommittees?lDays=0\tScrutiny/") == true)
        #expect(council.requests.contains { $0.hasPrefix("GetMeetings?lCommitteeId=31") })
        #expect(!council.requests.contains { $0.hasPrefix("mgConvert2PDF.aspx?ID=9003") || $0.hasPrefix("mgConvert2PDF.aspx?ID=9004") })
        let meetings = try scrutiny("meetings").stdout
        #expect(meetings.contains("Communities Scrutiny Committee") && meetings.contains("Thu 14 Jan 2027"), "\(meetings)")
        // The papers' text is searched, each hit with its page.
        let hits = try #require(try scrutiny("search", "telephone", "--json").json() as? [[String: Any]])
        #expect(hits.contains { $0["page"] as? Int == 2 && ($0["item_title"] as? String)?.contains("Community Centres") == true }, "\(hits)")

        // The store remembers the server: sync alone asks again, but not for the meeting of 2025 nor the papers.
        council.clearRequests()
        let again = try scrutiny("sync").stdout
        #expect(again.contains("3 meetings listed, 2 fetched (1 settled, not asked again); 0 new, 0 changed, 2 unchanged; 0 papers fetched"), "\(again)")
        #expect(!council.requests.contains { $0.hasPrefix("GetMeeting?lMeetingId=4118") } && council.requests.contains { $0.hasPrefix("GetMeeting?lMeetingId=4120") })
        #expect(!council.requests.contains { $0.hasPrefix("mgConvert2PDF") })
        #expect(try scrutiny("doctor").stdout.contains("syncs from: moderngov \(council.address)"))
    }

    @Test func aServerThatFailsIsSaidClearlyAndTheStoreStaysWhole() throws {
        let council = try serve()
        // A 500 once is tried again; an HTML page and a dropped connection are failures of that
        // meeting alone; a paper without end and one redirected for ever leave it listed by title.
        council.faults("""
            {"GetMeetings?lCommitteeId=31": {"status": 500, "times": 1},
             "GetMeeting?lMeetingId=4119": {"html": true, "times": 9},
             "GetMeeting?lMeetingId=4118": {"reset": true, "times": 9},
             "mgConvert2PDF.aspx?ID=9001": {"redirect": true, "times": 99},
             "mgConvert2PDF.aspx?ID=9002": {"huge": true, "times": 1}}
            """)
        let run = try scrutiny("sync", "moderngov", council.address, "--committee", "31")
        #expect(run.stdout.contains("1 new") && run.stdout.contains("2 failed"), "\(run.stdout)")
        #expect(run.stdout.contains("HTML page where the web service's XML was expected"), "\(run.stdout)")
        #expect(run.stdout.contains("2 by title only") && run.stdout.contains("redirects the request round in a loop")
                && run.stdout.contains("larger than 64 MB"), "\(run.stdout)")
        #expect(council.requests.filter { $0.hasPrefix("GetMeetings?lCommitteeId=31") }.count == 2)
        let listed = try scrutiny("meetings").stdout
        #expect(listed.contains("Thu 14 Jan 2027") && !listed.contains("Wed 10 Dec 2026"), "\(listed)")
        #expect(try scrutiny("search", "telephone", "--json").json() as? [Any] != nil)

        // Mended, the next sync fetches what failed, the papers refused before among it.
        council.faults(nil)
        let mended = try scrutiny("sync").stdout
        #expect(mended.contains("2 new, 1 changed") && mended.contains("2 papers fetched, 6 read"), "\(mended)")

        // A wrong address: a clear message, nothing changed.
        let wrong = try scrutiny("sync", "moderngov", council.address + "/nothing-here", status: 1)
        #expect(wrong.stderr.contains("HTTP 404"), "\(wrong.stderr)")
        #expect(try scrutiny("sync", "moderngov", "not a web address", status: 1).stderr.contains("is not a web address"))
    }

    @Test func aPaperThatIsNotAPDFIsListedByItsTitle() throws {
        let council = try serve()
        // A login page where the paper was: said, and the paper kept by its title.
        council.faults("""
            {"mgConvert2PDF.aspx?ID=9002": {"html": true, "times": 99}}
            """)
        let run = try scrutiny("sync", "moderngov", council.address, "--committee", "31")
        #expect(run.stdout.contains("3 new") && run.stdout.contains("3 by title only")
                && run.stdout.contains("Appendix B - Fees & Charges: \(council.address)/mgConvert2PDF.aspx?ID=9002 is not a PDF; listed by its title"),
                "\(run.stdout)")
        let item = try #require(try scrutiny("show", "item", "communities-scrutiny-committee-2027-01-14-item-5", "--json").json() as? [String: Any])
        let documents = try #require(item["documents"] as? [[String: Any]])
        #expect(documents.contains { $0["title"] as? String == "Appendix B - Fees & Charges" && ($0["paragraphs"] as? [Any])?.isEmpty == true })
    }

    @Test func aKilledSyncIsCarriedOnByTheNext() throws {
        let council = try serve()
        council.faults("""
            {"mgConvert2PDF.aspx?ID=9002": {"slow": 30, "times": 1}}
            """)
        let sync = Process()
        sync.executableURL = URL(fileURLWithPath: PackageRoot.binary)
        sync.arguments = ["sync", "moderngov", council.address, "--committee", "31", "--store", path, "--pause", "0"]
        var environment = ProcessInfo.processInfo.environment.merging(folder.environment) { $1 }
        environment["SCRUTINY_TODAY"] = "2026-12-02"
        sync.environment = environment
        sync.standardOutput = FileHandle.nullDevice
        sync.standardError = FileHandle.nullDevice
        try sync.run()
        for _ in 0..<100 where !council.requests.contains(where: { $0.hasPrefix("mgConvert2PDF.aspx?ID=9002") }) { Thread.sleep(forTimeInterval: 0.1) }
        kill(sync.processIdentifier, SIGKILL)
        sync.waitUntilExit()
        // Nothing of the meeting whose papers were being fetched is in the store: it goes in whole or not at all.
        let before = FileManager.default.fileExists(atPath: path) ? try scrutiny("meetings", "--json").json() as? [Any] : []
        #expect(before?.isEmpty == true, "\(before ?? [])")
        let carried = try scrutiny("sync").stdout
        #expect(carried.contains("3 new") && carried.contains("1 papers fetched, 6 read"), "\(carried)")
    }

    @Test func aSlowServerIsWaitedForThenLeft() throws {
        let council = try serve()
        council.faults("""
            {"GetCommittees?lDays=0": {"slow": 3, "times": 9}}
            """)
        let slow = try scrutiny("sync", "moderngov", council.address, "--timeout", "1", status: 1)
        #expect(slow.stderr.contains("timed out") && slow.stderr.contains("Nothing was changed"), "\(slow.stderr)")
        let meetings = FileManager.default.fileExists(atPath: path) ? try scrutiny("meetings", "--json").json() as? [Any] : []
        #expect(meetings?.isEmpty == true)
    }
}
