import Foundation
import Testing
import TestSupport

/// `scrutiny sync moderngov` against a stand-in for a council's web service on loopback
/// (Fixtures/council-server.py), answering in the shapes councils send: a first run fills a new
/// store; a second asks again only for meetings not settled and changes nothing; a 500 is tried
/// again; an HTML page, a dropped connection and a 404 are said clearly and leave the store whole.
@Suite(.serialized) struct SyncCommandTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    /// The answers: the committees, one committee's three meetings, and each meeting (the first held in 2025, long settled).
    /// The server stops when `lifeline` is closed (or this process ends, which closes it).
    func serve() throws -> (port: String, lifeline: Pipe) {
        let answers = folder.file("council")
        try FileManager.default.createDirectory(atPath: answers, withIntermediateDirectories: true)
        func fixture(_ name: String) -> String { PackageRoot.fixture("ScrutinyFormatsTests", "moderngov-xml/" + name) }
        folder.write("council/committees.xml", fixture("get-committees.xml"))
        folder.write("council/meetings-31.xml", fixture("get-meetings.xml").replacing("12/11/2026", with: "13/11/2025"))
        let meeting = fixture("get-meeting.xml")
        folder.write("council/meeting-4120.xml", meeting)
        folder.write("council/meeting-4119.xml", meeting.replacing("<meetingid>4120</meetingid>", with: "<meetingid>4119</meetingid>")
            .replacing("14/01/2027", with: "10/12/2026"))
        folder.write("council/meeting-4118.xml", meeting.replacing("<meetingid>4120</meetingid>", with: "<meetingid>4118</meetingid>")
            .replacing("14/01/2027", with: "13/11/2025"))
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", PackageRoot.fixturePath("ScrutinyCLITests", "council-server.py"), answers, folder.file("port")]
        let lifeline = Pipe()
        server.standardInput = lifeline
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: folder.file("port")) { Thread.sleep(forTimeInterval: 0.05) }
        return (try String(contentsOfFile: folder.file("port"), encoding: .utf8), lifeline)
    }

    func scrutiny(_ arguments: String..., status: Int32 = 0) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = "2026-12-02"
        let result = try CommandRunner.scrutiny(arguments + ["--store", path] + (arguments.first == "sync" ? ["--pause", "0"] : []),
                                                environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    func requests() -> [String] {
        ((try? String(contentsOfFile: folder.file("council/requests.log"), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    @Test func aSecondSyncAsksOnlyForWhatMayHaveChanged() throws {
        let (port, lifeline) = try serve()
        defer { try? lifeline.fileHandleForWriting.close() }
        let url = "http://127.0.0.1:\(port)"
        let first = try scrutiny("sync", "moderngov", url + "/mgWebService.asmx", "--committee", "scrutiny", "--json")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(summary["committees"] as? Int == 1 && summary["meetings_listed"] as? Int == 3 && summary["meetings_fetched"] as? Int == 3)
        #expect(summary["added"] as? Int == 3 && (summary["failed"] as? [String])?.isEmpty == true)
        #expect(requests().first?.hasPrefix("GetCommittees?lDays=0\tScrutiny/") == true)
        #expect(requests().contains { $0.hasPrefix("GetMeetings?lCommitteeId=31") })
        let meetings = try scrutiny("meetings").stdout
        #expect(meetings.contains("Communities Scrutiny Committee") && meetings.contains("Thu 14 Jan 2027"), "\(meetings)")

        // The store remembers the server: sync alone asks again, but not for the meeting of 2025.
        try? FileManager.default.removeItem(atPath: folder.file("council/requests.log"))
        let again = try scrutiny("sync").stdout
        #expect(again.contains("3 meetings listed, 2 fetched (1 settled, not asked again); 0 new, 0 changed, 2 unchanged"), "\(again)")
        #expect(!requests().contains { $0.hasPrefix("GetMeeting?lMeetingId=4118") } && requests().contains { $0.hasPrefix("GetMeeting?lMeetingId=4120") })
        #expect(try scrutiny("doctor").stdout.contains("syncs from: moderngov \(url)"))
    }

    @Test func aServerThatFailsIsSaidClearlyAndTheStoreStaysWhole() throws {
        let (port, lifeline) = try serve()
        defer { try? lifeline.fileHandleForWriting.close() }
        let url = "http://127.0.0.1:\(port)"
        // A 500 once is tried again; an HTML page and a dropped connection are failures of that meeting alone.
        folder.write("council/faults.json", """
            {"GetMeetings?lCommitteeId=31": {"status": 500, "times": 1},
             "GetMeeting?lMeetingId=4119": {"html": true, "times": 9},
             "GetMeeting?lMeetingId=4118": {"reset": true, "times": 9}}
            """)
        let run = try scrutiny("sync", "moderngov", url, "--committee", "31")
        #expect(run.stdout.contains("1 new") && run.stdout.contains("2 failed"), "\(run.stdout)")
        #expect(run.stdout.contains("HTML page where the web service's XML was expected") || run.stdout.contains("meeting 4119"), "\(run.stdout)")
        #expect(requests().filter { $0.hasPrefix("GetMeetings?lCommitteeId=31") }.count == 2)
        let listed = try scrutiny("meetings").stdout
        #expect(listed.contains("Thu 14 Jan 2027") && !listed.contains("Wed 10 Dec 2026"), "\(listed)")

        // Mended, the next sync fetches what failed.
        try FileManager.default.removeItem(atPath: folder.file("council/faults.json"))
        #expect(try scrutiny("sync").stdout.contains("2 new"))

        // A wrong address: a clear message, nothing changed.
        let wrong = try scrutiny("sync", "moderngov", url + "/nothing-here", status: 1)
        #expect(wrong.stderr.contains("HTTP 404"), "\(wrong.stderr)")
        #expect(try scrutiny("sync", "moderngov", "not a web address", status: 1).stderr.contains("is not a web address"))
    }
}
