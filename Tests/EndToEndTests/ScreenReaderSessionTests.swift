import Foundation
import Testing
import TestSupport

/// A screen reader follows the terminal's cursor: after every key the cursor rests on what has
/// the focus — the selected row, the paragraph under the cursor, the notes pane, a dialog's
/// chosen button, the query being typed — read here from tmux on each screen. With
/// `--screen-reader` the cursor is shown and nothing on the screen moves while no key comes,
/// though the live console's clock is running.
@Suite(.serialized) struct ScreenReaderSessionTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }

    init() throws {
        let environment = folder.environment.merging(["SCRUTINY_MEMBER": "Cllr Priya Shah"]) { $1 }
        // The sample papers, a note, a work-programme topic and a recommendation: every screen has something to select.
        for arguments in [["import", PackageRoot.samples],
                          ["notes", "add", "--item", "cabinet-2026-03-17-item-7", "--text", "Ask for the online take-up figures."],
                          ["programme", "add", "--committee", "cabinet", "--title", "Council tax support take-up"],
                          ["recs", "add", "--resolution", "resources-scrutiny-2026-10-13-item-6-res2"]] {
            let result = try CommandRunner.scrutiny(arguments + ["--store", store], environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
    }

    func start(_ extra: [String] = []) throws -> TmuxSession {
        try TmuxSession([PackageRoot.binary, "--store", store] + extra, width: 100, height: 30,
                        environment: folder.environment.merging(["SCRUTINY_MEMBER": "Cllr Priya Shah"]) { $1 }, folder: folder)
    }

    /// The text of the screen from the cursor to the end of its row.
    func atCursor(_ session: TmuxSession) throws -> String {
        let cursor = try session.cursor()
        let row = try session.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[safe: cursor.y] ?? ""
        return String(row.dropFirst(cursor.x))
    }

    /// Sends `keys`, waits for `shown` on the screen, and checks the row at the cursor begins with `focus`.
    func step(_ session: TmuxSession, _ keys: [String], shown: String, focus: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for key in keys { try session.send(key) }
        _ = try session.waitFor(shown)
        Thread.sleep(forTimeInterval: 0.2)
        let text = try atCursor(session)
        #expect(text.trimmingCharacters(in: .whitespaces).hasPrefix(focus), "after \(keys) the cursor is on “\(text)”, not “\(focus)”",
                sourceLocation: sourceLocation)
    }

    @Test func theCursorRestsOnTheFocusOnEveryScreen() throws {
        let session = try start()
        try step(session, [], shown: "Scrutiny › Meetings", focus: "Tue 8 Dec 2026")
        try step(session, ["j"], shown: "Tue 17 Mar 2026", focus: "✎ Tue 17 Mar 2026")
        try step(session, ["Enter"], shown: "ICT and Digital Update", focus: "6 ICT and Digital Update")
        try step(session, ["j"], shown: "Council tax support", focus: "7 Council tax support")
        try step(session, ["Enter"], shown: "Notes", focus: "7. Council tax support scheme")
        try step(session, ["j", "j"], shown: "Notes", focus: "1. The scheme is unchanged")
        try step(session, ["Tab"], shown: "┃", focus: "› on the item")
        try step(session, ["v"], shown: "Ask for the online take-up figures", focus: "")
        #expect(try session.cursor().y == 1, "a note read is a page: the focus at its top")
        try step(session, ["Escape", "Tab", "Enter"], shown: "› Council tax support scheme 2026/27", focus: "1. The scheme is unchanged")
        try step(session, ["Escape", "C"], shown: "Signed by", focus: "")
        #expect(try atCursor(session).isEmpty, "the caret is at the end of the field being typed")
        try step(session, ["Escape", "Escape", "w"], shown: "Attendance", focus: "")
        try step(session, ["Escape", "W"], shown: "Work programme", focus: "› C WP 26/27 01")
        try step(session, ["Enter"], shown: "Council tax support take-up", focus: "")
        try step(session, ["Escape", "Escape", "Enter", "Tab", "a"], shown: "New note", focus: "")
        #expect(try session.cursor().y > 1, "the caret is in the note's text")
        try step(session, ["Escape", "Escape", "Escape", "R"], shown: "Recommendations", focus: "› RDSC (26/27) 01")
        try step(session, ["Enter"], shown: "to Cabinet", focus: "")
        try step(session, ["Escape", "s"], shown: "sent", focus: "[")
        try step(session, ["Escape", "Escape", "Escape", "?"], shown: "Scrutiny › Keys", focus: "")
        #expect(try session.cursor().y == 1, "a page that only scrolls has the focus at its top")
        try step(session, ["Escape", "F"], shown: "Concerns", focus: "›All notes")
        try step(session, ["Escape", "U"], shown: "New for you", focus: "› New meeting")
        try step(session, ["Escape", "g", "j", "L"], shown: "Live", focus: "Live — Cabinet")
        try step(session, ["n"], shown: "Item 1 of 2", focus: "▶ 5")
        try step(session, ["A"], shown: "not yet recorded", focus: "›Cllr Joan Hale")
        try step(session, ["Escape", "r"], shown: "not quorate", focus: "[Wait]")
        try step(session, ["Escape", "Escape"], shown: "Scrutiny › Meetings", focus: "Tue 8 Dec 2026")
        try step(session, ["Escape", "/"], shown: "Search:", focus: "")
        try session.type("libraries")
        try step(session, [], shown: "matches", focus: "")
        #expect(try session.cursor() == (18, 1), "the caret follows the query")
        try step(session, ["Down"], shown: "Search: libraries", focus: "")
        #expect(try session.cursor().y > 2, "moving among the results takes the focus to the one selected")
        try session.send("Q")
    }

    @Test func withAScreenReaderNothingMovesWhileNoKeyComes() throws {
        // Without it, the live console's clock ticks; with it, the screen stays as it was.
        for screenReader in [false, true] {
            let session = try start(screenReader ? ["--screen-reader"] : [])
            _ = try session.waitFor("Tue 8 Dec 2026")
            try session.send("L")
            _ = try session.waitFor("Live")
            try session.send("n")
            _ = try session.waitFor("0:0")
            Thread.sleep(forTimeInterval: 0.3)
            let before = try session.screen()
            Thread.sleep(forTimeInterval: 2.2)
            let after = try session.screen()
            if screenReader {
                #expect(before == after, "the screen moved with no key:\n\(before)\n---\n\(after)")
                #expect(try session.cursorShown(), "the cursor is shown for the screen reader")
            } else {
                #expect(before != after, "the clock should tick without --screen-reader")
                #expect(try !session.cursorShown())
            }
            try session.send("Q")
            _ = try? session.exitStatus()
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
