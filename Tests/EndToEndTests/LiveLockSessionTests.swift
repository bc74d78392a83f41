import Foundation
import Testing
import TestSupport

/// One member on two consoles (a laptop and a tablet) in tmux: the resolution one is writing
/// cannot be typed into from the other, and when the holder is killed the other takes it up.
@Suite(.serialized) struct LiveLockSessionTests {
    let folder = TemporaryFolder()
    let meeting = "resources-scrutiny-2027-01-19"
    let chair = "Cllr Priya Shah"
    var storePath: String { folder.file("papers.sqlite") }

    init() throws {
        let result = try CommandRunner.scrutiny(["import", "--store", storePath, PackageRoot.samples])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func console() throws -> TmuxSession {
        try TmuxSession([PackageRoot.binary, "live", meeting, "--store", storePath, "--member", chair],
                        width: 120, height: 40, environment: folder.environment, folder: folder)
    }

    @Test func theSameMembersSecondConsoleWaitsUntilTheHolderIsGone() throws {
        let laptop = try console()
        let tablet = try console()
        try laptop.waitFor("No item taken up yet")
        try tablet.waitFor("No item taken up yet")
        try laptop.send("n")
        try laptop.waitFor("Nothing recorded yet")
        try laptop.send("r", "y")  // not quorate: record it anyway
        try laptop.waitFor("Resolved i.")
        try laptop.type("That the Committee")
        try laptop.waitFor("That the Committee")

        // The tablet sees the laptop writing, and is refused the editor.
        try tablet.waitFor("You are writing it on another", timeout: 2)
        try tablet.send("e")
        try tablet.waitFor("You are writing it on another terminal", timeout: 1)
        #expect(!(try tablet.screen()).contains("Resolved i."))

        // The laptop is killed mid-resolution; the tablet takes it up with every word.
        let pid = try #require(laptop.pid)
        kill(pid, SIGKILL)
        _ = try? laptop.exitStatus(timeout: 5)
        try tablet.send("e")
        let editor = try tablet.waitFor("Resolved i.", timeout: 2)
        #expect(editor.contains("That the Committee"))
        try tablet.type(" notes the report.")
        try tablet.waitFor("notes the report.")
        try tablet.send("Escape")
        try tablet.waitFor("i. That the Committee notes the report.")
        try tablet.send("Q")
        #expect(try tablet.exitStatus() == 0)
    }
}
