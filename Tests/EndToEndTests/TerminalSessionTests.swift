import Foundation
import Glibc
import Testing
import TestSupport

/// The built binary in a real terminal (tmux), against a store loaded with the sample papers.
@Suite(.serialized) struct TerminalSessionTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }

    init() throws {
        let result = try CommandRunner.scrutiny(["import", "--store", folder.file("papers.sqlite"), PackageRoot.samples])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func start(width: Int = 100, height: Int = 30, ignoringHangup: Bool = false) throws -> TmuxSession {
        try TmuxSession([PackageRoot.binary, "--store", store], width: width, height: height,
                        environment: folder.environment, ignoringHangup: ignoringHangup, folder: folder)
    }

    /// A crash (here a bad access, sent as its signal) still gives the member their terminal
    /// back: echo and line mode on, off the alternate screen.
    @Test(arguments: [SIGSEGV, SIGABRT])
    func aCrashLeavesTheTerminalUsable(signal: Int32) throws {
        let session = try start()
        try session.waitFor("Scrutiny › Meetings")
        #expect(try session.terminalSettings().contains("-echo"), "the UI turns echo off while it runs")
        let pid = try #require(session.pid)
        #expect(kill(pid, signal) == 0)
        #expect(try session.exitStatus() == 128 + Int(signal))
        #expect(try session.alternateScreenOn() == false)
        let settings = try session.terminalSettings()
        #expect(settings.contains(" echo ") && settings.contains(" icanon"), "\(settings)")
    }

    /// The terminal closes under a shell that ignores SIGHUP, so no signal comes: the program
    /// sees its input end and exits, rather than spinning on a dead terminal for ever.
    @Test func aTerminalClosedWithoutAHangupEndsTheProgram() throws {
        let session = try start(ignoringHangup: true)
        try session.waitFor("Scrutiny › Meetings")
        try session.send("Enter")
        try session.waitFor("Customer Access Strategy")
        let pid = try #require(session.pid)
        defer { kill(pid, SIGKILL) }  // no orphan left spinning if this fails
        try session.killPane()
        let closed = Date()
        while kill(pid, 0) == 0 && Date().timeIntervalSince(closed) < 10 { Thread.sleep(forTimeInterval: 0.02) }
        let seconds = Date().timeIntervalSince(closed)
        #expect(kill(pid, 0) != 0, "still running \(seconds) s after its terminal closed")
        // The loop notices within one key read (half a second); the rest is slack for a loaded machine.
        #expect(seconds < 3, "took \(seconds) s to notice its terminal had gone")
    }

    @Test func browseAMeetingResizeAndQuit() throws {
        let session = try start()
        try session.waitFor("Scrutiny › Meetings")
        try session.waitFor("Tue 8 Dec 2026")
        try session.send("Enter")
        let agenda = try session.waitFor("Award of the contact centre telephony contract")
        #expect(agenda.contains("EXEMPT ¶3"))
        try session.send("j", "Enter")
        // The page is read once its last line is drawn (a frame may be caught part drawn).
        let item = try session.waitFor("Evaluation of tenders for contact centre telephony [EXEMPT]")
        #expect(item.contains("EXEMPT: not for publication, paragraph 3 of Schedule 12A"))
        try session.resize(width: 40, height: 12)
        let small = try session.waitFor("6. Award of the contact")
        #expect(small.split(separator: "\n").allSatisfy { $0.count <= 40 })
        try session.resize(width: 30, height: 10)
        try session.waitFor("Terminal too small")
        try session.resize(width: 100, height: 30)
        try session.waitFor("Scrutiny › Cabinet, Tue 8 Dec 2026 › 6. Award")
        try session.send("Escape")
        try session.waitFor("↑↓ move  Enter open  w who came  / search")
        try session.send("q")
        try session.waitFor("Scrutiny › Meetings")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        #expect(try session.alternateScreenOn() == false)
        #expect(!(try session.screen().contains("Scrutiny ›")))
    }

    @Test func searchAsYouTypeAndJumpToTheParagraph() throws {
        let session = try start()
        try session.waitFor("Scrutiny › Meetings")
        try session.send("/")
        try session.waitFor("Search:")
        try session.type("tenders")
        let results = try session.waitFor("Award of the contact centre telephony contract")
        #expect(results.contains("Search: tenders"))
        try session.send("Enter")
        let item = try session.waitFor("Scrutiny › Search › 6. Award of the contact centre telephony contract")
        #expect(item.contains("Four tenders were received"))
        try session.send("Enter")
        try session.waitFor("/ find  n/N next/previous")
        try session.send("/")
        try session.type("confidential")
        try session.send("Enter")
        try session.waitFor("Find: confidential — 1 line")
        try session.send("?")
        try session.waitFor("find in this document")  // the key reference opens at the reader's keys
        try session.send("Escape", "Escape", "Escape", "Escape")
        try session.waitFor("Scrutiny › Meetings")
        try session.send("Q")
        #expect(try session.exitStatus() == 0)
    }

    @Test(arguments: [SIGHUP, SIGTERM, SIGINT])
    func aSignalEndsCleanly(signal: Int32) throws {
        let session = try start()
        try session.waitFor("Scrutiny › Meetings")
        try session.send("Enter")
        try session.waitFor("Customer Access Strategy")
        let pid = try #require(session.pid)
        #expect(kill(pid, signal) == 0)
        #expect(try session.exitStatus() == 0)
        #expect(try session.alternateScreenOn() == false)
    }
}
