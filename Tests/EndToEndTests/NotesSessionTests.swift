import Foundation
import Testing
import TestSupport

/// A member writes a flagged note in the real UI, quits, comes back to it in the concerns
/// view and finds it on the command line; another member on the same store does not.
@Suite(.serialized) struct NotesSessionTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }

    init() throws {
        let result = try CommandRunner.scrutiny(["import", "--store", store, PackageRoot.samples])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func start(_ member: String) throws -> TmuxSession {
        try TmuxSession([PackageRoot.binary, "--store", store, "--member", member], width: 100, height: 30,
                        environment: folder.environment, folder: folder)
    }

    /// The member's session with the note editor open on Cabinet's item 5, where the list opens.
    func writingANote(_ member: String) throws -> TmuxSession {
        let session = try start(member)
        try session.waitFor("Scrutiny › Meetings")
        try session.send("Enter")
        try session.waitFor("5 Customer Access Strategy")
        try session.send("Enter")
        try session.waitFor("No notes yet")
        try session.send("a")
        try session.waitFor("Write your note here")
        return session
    }

    func cli(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.scrutiny(arguments + ["--store", store], environment: folder.environment)
    }

    @Test func aFlaggedNoteWrittenInTheUIIsThereAfterRestarting() throws {
        let session = try writingANote("Cllr Priya Shah")
        try session.type("Fallback if the platform fails? Siân — 多言語")
        try session.waitFor("Siân — 多言語")
        for _ in 0..<6 { try session.send("Tab") }
        try session.waitFor("› Flags: none")
        try session.send("Space")
        try session.waitFor("[ ] cyber security")
        try session.send("j", "j", "x", "Enter")
        try session.waitFor("› Flags: cyber security")
        try session.send("C-s")
        let saved = try session.waitFor("Note saved.")
        #expect(saved.contains("Notes (1)"))
        try session.send("Q")
        #expect(try session.exitStatus() == 0)

        let again = try start("Cllr Priya Shah")
        try again.waitFor("Scrutiny › Meetings")
        try again.send("F")
        let concerns = try again.waitFor("Fallback if the platform fails?")
        #expect(concerns.contains("cyber security             1"))
        try again.send("Q")
        #expect(try again.exitStatus() == 0)

        let listed = try cli("notes", "list", "--json", "--member", "Cllr Priya Shah")
        #expect(listed.status == 0, "\(listed.stderr)")
        let notes = try #require(try listed.json() as? [[String: Any]])
        #expect(notes.count == 1)
        #expect(notes.first?["text"] as? String == "Fallback if the platform fails? Siân — 多言語")
        #expect(notes.first?["flags"] as? [String] == ["cyber security"])
        #expect(notes.first?["visibility"] as? String == "private")
        #expect(notes.first?["item_id"] as? String == "cabinet-2026-12-08-item-5")

        // Another member on the same store: not listed, not found, not exported.
        let theirs = try cli("notes", "list", "--json", "--member", "Cllr Tom Reed")
        #expect((try theirs.json() as? [Any])?.isEmpty == true)
        let search = try cli("search", "platform fails", "--json", "--member", "Cllr Tom Reed")
        #expect(!search.stdout.contains("\"note\""))
        let export = try cli("notes", "export", "--format", "csv", "--member", "Cllr Tom Reed")
        #expect(!export.stdout.contains("Fallback"))
        let mine = try cli("search", "platform fails", "--json", "--member", "Cllr Priya Shah")
        #expect(mine.stdout.contains("\"kind\" : \"note\""))
    }

    /// The concerns view is open while the same member writes a private note from the command
    /// line (their notebook) and another member a shared one (the papers store): both appear.
    @Test func notesWrittenFromTheCommandLineAppearInAnOpenConcernsView() throws {
        let session = try start("Cllr Priya Shah")
        try session.waitFor("Scrutiny › Meetings")
        try session.send("F")
        try session.waitFor("Scrutiny › Concerns")
        let privately = try cli("notes", "add", "--member", "Cllr Priya Shah", "--item", "cabinet-2026-12-08-item-5",
                                "--text", "Written privately from the shell", "--flag", "risk")
        #expect(privately.status == 0, "\(privately.stderr)")
        try session.waitFor("Written privately from the shell")
        let shared = try cli("notes", "add", "--member", "Cllr Tom Reed", "--shared", "--item", "cabinet-2026-12-08-item-5",
                             "--text", "Shared from another login", "--flag", "risk")
        #expect(shared.status == 0, "\(shared.stderr)")
        let screen = try session.waitFor("Shared from another login")
        #expect(screen.contains("Written privately from the shell"))
        try session.send("Q")
        #expect(try session.exitStatus() == 0)
    }

    /// At 100×30 the cursor reaches ¶9 of the Digital Strategy report ("digitally excluded"),
    /// below the first screenful, and the note goes on it.
    @Test func aNoteGoesOnTheParagraphUnderTheCursor() throws {
        let session = try start("Cllr Priya Shah")
        try session.waitFor("Scrutiny › Meetings")
        try session.send("/")
        try session.type("Pre-scrutiny of the draft Digital Strategy")
        try session.waitFor("Committee — Pre-scrutiny of the draft Digital Str")
        try session.send("Enter")
        try session.waitFor("Notes")
        var screen = try session.screen()
        for _ in 0..<60 where !screen.contains("¶9  ") {
            try session.send("j")
            Thread.sleep(forTimeInterval: 0.05)
            screen = try session.screen()
        }
        #expect(screen.contains("¶9  "), "the status bar names the paragraph under the cursor:\n\(screen)")
        try session.send("a")
        try session.waitFor("¶9 of Draft Digital Strategy 2025–2030")
        try session.type("Who checks the routes of equal standing?")
        try session.send("C-s")
        try session.waitFor("Note saved.")
        try session.send("Q")
        #expect(try session.exitStatus() == 0)
        let listed = try cli("notes", "list", "--json", "--member", "Cllr Priya Shah")
        let note = try #require((try listed.json() as? [[String: Any]])?.first)
        #expect(note["on"] as? String == "¶9 of Draft Digital Strategy 2025–2030")
        #expect(note["paragraph"] as? Int == 9)
    }

    /// The process is killed while a note is typed: the next start offers the draft back, word
    /// for word, and saving it keeps it.
    @Test func aNoteBeingTypedSurvivesAKilledProcess() throws {
        let session = try writingANote("Cllr Priya Shah")
        try session.type("Half a thought about the call-back pilot")
        try session.waitFor("call-back pilot")
        let pid = try #require(session.pid)
        kill(pid, SIGKILL)
        _ = try? session.exitStatus(timeout: 5)
        #expect((try cli("notes", "list", "--json", "--member", "Cllr Priya Shah").json() as? [Any])?.isEmpty == true)

        let again = try start("Cllr Priya Shah")
        try again.waitFor("A note was not saved")
        try again.waitFor("thought about the call-back pilot”. Open it again?")
        try again.send("Enter")
        try again.waitFor("New note")
        try again.type(", and its cost.")
        try again.send("C-s")
        try again.waitFor("Note saved.")
        try again.send("Q")
        #expect(try again.exitStatus() == 0)
        let notes = try #require(try cli("notes", "list", "--json", "--member", "Cllr Priya Shah").json() as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == ["Half a thought about the call-back pilot, and its cost."])

        // Saved, it is not offered again.
        let third = try start("Cllr Priya Shah")
        try third.waitFor("Scrutiny › Meetings")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!(try third.screen()).contains("A note was not saved"))
        try third.send("Q")
        #expect(try third.exitStatus() == 0)
    }
}
