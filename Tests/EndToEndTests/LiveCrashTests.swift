import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport

/// The chair's words survive whatever happens to the process: the real binary in tmux types a
/// resolution word by word and is killed at random moments; each restart must reopen the
/// editor with every acknowledged character and the cursor after the last one, and the store
/// must stay sound. A second process on the same store sees each change within a second.
@Suite(.serialized) struct LiveCrashTests {
    let folder = TemporaryFolder()
    let meeting = "resources-scrutiny-2027-01-19"
    let item = "resources-scrutiny-2027-01-19-item-4"
    let chair = "Cllr Priya Shah"
    var storePath: String { folder.file("papers.sqlite") }
    /// Single-width letters beyond ASCII, so the cursor's column is the count of characters.
    static let words = ["résumé", "über", "naïve", "Zürich", "łódź", "façade", "smørbrød", "Ålesund", "señor", "ćwierć",
                        "Ærø", "Øst", "İzmir", "ğüşçö", "Straße", "café"]

    init() throws {
        let result = try CommandRunner.scrutiny(["import", "--store", storePath, PackageRoot.samples])
        #expect(result.status == 0, "\(result.stderr)")
    }

    func live(_ member: String) throws -> TmuxSession {
        try TmuxSession([PackageRoot.binary, "live", meeting, "--store", storePath, "--member", member],
                        width: 120, height: 40, environment: folder.environment, folder: folder)
    }

    /// The draft being written by the chair: its text and the cursor stored with it.
    func draft(_ store: PapersStore) throws -> (text: String, cursor: Int) {
        let live = try store.liveMeeting(id: meeting, member: chair)
        let draft = try #require(live.draft)
        let resolution = try #require(live.resolutions[item]?.first { $0.id == draft.resolutionID })
        return (resolution.text, draft.cursor)
    }

    func integrity() throws -> String {
        try CommandRunner.run("/usr/bin/sqlite3", [storePath, "PRAGMA integrity_check"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The editor's text rows as the UI wraps them (at 120 columns less the margin and gutter),
    /// each on its own screen line below the title, and the cursor after the last character.
    /// The screen is read again while a frame may be only part drawn.
    func expectEditor(showing text: String, in session: TmuxSession, round: Int) throws {
        let editor = TextEditor(text: text)
        let rows = editor.rows(width: 115).map { editor.string($0).trimmingCharacters(in: .whitespaces) }
        var shown: [String] = []
        let cell = editor.cursorCell(width: 115)
        var cursor = (x: -1, y: -1)
        func cursorRight() -> Bool { cursor.x == 3 + cell.column && cursor.y == 2 + cell.row }
        // The text and the cursor are read until both are right: a frame may be only part drawn.
        let deadline = Date().addingTimeInterval(3)
        repeat {
            let lines = try session.waitFor("Resolved i.", poll: 0.01).components(separatedBy: "\n")
            shown = rows.indices.map { lines.count > 2 + $0 ? String(lines[2 + $0].dropFirst(3)).trimmingCharacters(in: .whitespaces) : "" }
            cursor = try session.cursor()
        } while (shown != rows || !cursorRight()) && Date() < deadline
        #expect(shown == rows, "round \(round)")
        #expect(cursorRight(), "round \(round): cursor \(cursor), expected \(cell)")
    }

    @Test func everyAcknowledgedCharacterSurvivesKillsAndHangups() throws {
        let store = try PapersStore(path: storePath)
        var typed = "Resolved:"
        let first = try live(chair)
        try first.waitFor("No item taken up yet")
        try first.send("n")
        try first.waitFor("Nothing recorded yet")
        try first.send("r", "y")  // not quorate: record it anyway
        try first.waitFor("Resolved i.")
        try first.type(typed)
        try first.waitFor(typed)
        try first.send("C-c")  // quits without closing the editor, like a dropped line
        #expect(try first.exitStatus() == 0)

        // Seeded, so that a failing run can be replayed: SCRUTINY_CRASH_SEED=N.
        let seed = UInt64(ProcessInfo.processInfo.environment["SCRUTINY_CRASH_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        print("live crash test: seed \(seed)")
        var random = SeededRandom(state: seed)
        // 220 rounds in `make test`; `make fuzz` asks for more (SCRUTINY_CRASH_ROUNDS).
        let total = max(22, Int(ProcessInfo.processInfo.environment["SCRUTINY_CRASH_ROUNDS"] ?? "") ?? 220)
        let signals: [(Int32, Int)] = [(SIGKILL, total * 5 / 11), (SIGHUP, total * 5 / 11), (SIGTERM, total - 2 * (total * 5 / 11))]
        var round = 0
        var midWord = 0, pasted = 0
        for (signal, rounds) in signals {
            for _ in 0..<rounds {
                round += 1
                let session = try live(chair)
                // The restart shows the text as last stored, in the editor, cursor after it.
                let stored = try draft(store)
                #expect(stored.cursor == stored.text.count, "round \(round)")
                try expectEditor(showing: stored.text, in: session, round: round)

                let word = " " + Self.words[round % Self.words.count] + "\(round)"
                typed = stored.text + word
                // A third of the rounds paste the word (bracketed paste) rather than type it.
                let pasting = random.chance(0.33)
                if pasting { try session.paste(word) } else { try session.type(word) }
                if pasting { pasted += 1 }
                var acknowledged = stored.text
                if random.chance(0.5) {
                    try session.waitFor(String(word.dropFirst()), poll: 0.01)
                    acknowledged = typed
                }
                Thread.sleep(forTimeInterval: Double(random.below(31)) / 1000)
                let pid = try #require(session.pid, "round \(round): no process")
                kill(pid, signal)
                if signal != SIGKILL { #expect(try session.exitStatus() == 0, "round \(round)") }
                _ = try? session.exitStatus(timeout: 5)

                let after = try draft(store).text
                #expect(after.hasPrefix(acknowledged), "round \(round): lost acknowledged text")
                #expect(typed.hasPrefix(after), "round \(round): stored text that was never typed")
                if after != typed && after != stored.text { midWord += 1 }
                if round % 20 == 0 { #expect(try integrity() == "ok", "round \(round)") }
            }
        }
        #expect(try integrity() == "ok")
        print("live crash test: \(round) rounds, \(pasted) of them pasted, \(midWord) killed part-way through a word")
    }

    @Test func aSecondProcessSeesEachChangeWithinASecond() throws {
        let chairSession = try live(chair)
        let viewer = try live("Cllr Gareth Owen")
        try chairSession.waitFor("No item taken up yet")
        try viewer.waitFor("No item taken up yet")
        try chairSession.send("n")
        try chairSession.waitFor("Nothing recorded yet")
        try viewer.waitFor("Nothing recorded yet", timeout: 1)
        try chairSession.send("r", "y")  // not quorate: record it anyway
        try chairSession.waitFor("Resolved i.")
        for (index, word) in ["That", "the", "Committee", "notes", "Zürich’s", "résumé"].enumerated() {
            try chairSession.type((index == 0 ? "" : " ") + word)
            try chairSession.waitFor(word, poll: 0.01)
            let seen = Date()
            try viewer.waitFor(word, timeout: 1, poll: 0.02)
            #expect(Date().timeIntervalSince(seen) < 1)
        }
        let writing = try viewer.waitFor("Cllr Priya Shah is writing", timeout: 1)
        #expect(writing.contains("agreed — NOT QUORATE — DRAFT"))
        try chairSession.send("Escape")
        try chairSession.waitFor("› i. That the Committee")
        try chairSession.send("o", "m")
        try viewer.waitFor("noted", timeout: 1.5)
        try chairSession.send("A", "p")
        try viewer.waitFor("1 present", timeout: 1)
        for session in [chairSession, viewer] {
            let screen = try session.screen()
            #expect(!screen.contains("locked"), "\(screen)")
            #expect(!screen.contains("failed"), "\(screen)")
            try session.send("Q")
            #expect(try session.exitStatus() == 0)
        }
    }

    @Test func theMinutesDraftHasWhatWasRecordedLive() throws {
        let store = try PapersStore(path: storePath)
        try store.record(Attendance(meetingID: meeting, person: "Cllr Sam Ortiz", status: .present, arrived: "18:47"))
        try store.record(Attendance(meetingID: meeting, person: "Cllr Helen Marsh", status: .apologies))
        try store.record(Declaration(id: "d1", meetingID: meeting, itemID: item, person: "Cllr Sam Ortiz", kind: .otherRegistrable,
                                     detail: "Governor of Northbridge Academy", action: .leftRoom))
        var resolution = try store.startResolution(itemID: item, member: chair)
        resolution.text = "That the thirty-one hour restore be reviewed — über-checked."
        resolution.outcome = .approved
        resolution.votes = VoteTally(for: 4, against: 1, abstain: 0)
        resolution.isFinal = true
        try store.save(resolution, by: chair)
        try store.closeDraft(meetingID: meeting, member: chair)

        let result = try CommandRunner.scrutiny(["export", "minutes", meeting, "--format", "md", "--store", storePath],
                                                environment: folder.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("- Cllr Sam Ortiz (arrived 18:47)"))
        #expect(result.stdout.contains("Cllr Sam Ortiz declared an other registrable interest in item 4 "
                                       + "(Governor of Northbridge Academy) and left the room for that item."))
        #expect(result.stdout.contains("i. That the thirty-one hour restore be reviewed — über-checked.\\\n  Approved: 4 for, 1 against, 0 abstained."))

        let missing = try CommandRunner.scrutiny(["live", "no-such-meeting", "--store", storePath], environment: folder.environment)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no meeting with id \"no-such-meeting\""))
    }
}
