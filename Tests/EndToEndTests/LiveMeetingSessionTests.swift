import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore
import Testing
import TestSupport

/// A whole meeting in tmux: a member leaving and coming back twice, the exempt item's
/// exclusion, the end, and the minutes drafted from the console; and actions typed, or pasted,
/// into a console killed at random moments.
@Suite(.serialized) struct LiveMeetingSessionTests {
    let folder = TemporaryFolder()
    let meeting = "cabinet-2026-12-08"
    var storePath: String { folder.file("papers.sqlite") }

    init() throws {
        let result = try CommandRunner.scrutiny(["import", "--store", storePath, PackageRoot.samples])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func console() throws -> TmuxSession {
        try TmuxSession([PackageRoot.binary, "live", meeting, "--store", storePath, "--member", "Cllr Joan Hale", "--export-to", folder.path],
                        width: 120, height: 40, environment: folder.environment, folder: folder)
    }

    @Test func aMeetingFromStartToEndWithItsPrivatePartInTheMinutes() throws {
        let chair = try console()
        try chair.waitFor("No item taken up yet")
        try chair.send("A", "p", "j", "p", "j", "p")
        try chair.waitFor("3 present")
        for key in ["x", "l", "x", "l"] {  // Cllr Aisha Karim leaves and comes back, twice
            try chair.send(key)
            Thread.sleep(forTimeInterval: 0.2)
        }
        let store = try PapersStore(path: storePath)
        let deadline = Date().addingTimeInterval(5)
        func karim() throws -> Attendance? { try store.meeting(id: meeting).attendance.first { $0.person == "Cllr Aisha Karim" } }
        while try karim()?.movements.count ?? 0 < 4, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try karim()?.movements.map(\.kind) == [.left, .arrived, .left, .arrived])
        try chair.waitFor("present, left ")
        try chair.send("A", "n", "n")
        try chair.waitFor("EXEMPT (paragraph 3) — X: exclude press and public")
        try chair.send("X")
        try chair.waitFor("That under section 100A(4)")
        try chair.send("Escape", "u")
        try chair.waitFor("press and public excluded by (a)")
        try chair.send("E", "y")
        try chair.waitFor("ended at")
        try chair.send("M", "Enter")
        try chair.waitFor("Minutes draft written to")
        let minutes = try String(contentsOfFile: folder.file("minutes-\(meeting).md"), encoding: .utf8)
        #expect(minutes.contains("The press and public were excluded from the meeting for this item. RESOLVED:"))
        #expect(minutes.contains(#/Cllr Aisha Karim \(left \d\d:\d\d, returned \d\d:\d\d, left \d\d:\d\d, returned \d\d:\d\d\)/#))
        #expect(minutes.contains(#/The meeting started at \d\d:\d\d and ended at \d\d:\d\d\./#))
        #expect(try store.meeting(id: meeting).meeting.status == .held)
        try chair.send("Q")
        #expect(try chair.exitStatus() == 0)
    }

    /// Each round opens the console, starts an action with `c`, types or pastes a word and is
    /// killed; what the store holds is always what was typed, up to somewhere after what the
    /// screen had shown.
    @Test func everyShownKeyOfAnActionSurvivesAKill() throws {
        let store = try PapersStore(path: storePath)
        let seed = UInt64(ProcessInfo.processInfo.environment["SCRUTINY_CRASH_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        print("action crash test: seed \(seed)")
        var random = SeededRandom(state: seed)
        var known: Set<String> = []
        for round in 1...30 {
            let session = try console()
            try session.waitFor(round == 1 ? "No item taken up yet" : "Item 1 of 2")
            if round == 1 { try session.send("n") }
            try session.send("c")
            try session.waitFor("Action —")
            let word = "Circulate the figures, round \(round) — über"
            if random.chance(0.33) { try session.paste(word) } else { try session.type(word) }
            var shown = ""
            if random.chance(0.5) {
                try session.waitFor(word, poll: 0.01)
                shown = word
            }
            Thread.sleep(forTimeInterval: Double(random.below(31)) / 1000)
            kill(try #require(session.pid), SIGKILL)
            _ = try? session.exitStatus(timeout: 5)
            let new = try store.actions(meetingID: meeting).filter { !known.contains($0.action.id) }
            #expect(new.count <= 1, "round \(round)")
            let stored = new.first?.action.text ?? ""
            #expect(word.hasPrefix(stored), "round \(round): stored text that was never typed")
            #expect(stored.hasPrefix(shown), "round \(round): lost text the screen had shown")
            known.formUnion(new.map(\.action.id))
        }
        #expect(try CommandRunner.run("/usr/bin/sqlite3", [storePath, "PRAGMA integrity_check"]).stdout.hasPrefix("ok"))
    }
}
