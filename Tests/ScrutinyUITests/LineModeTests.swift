import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// The line mode, as a screen reader hears it: golden transcripts of a reviewer's, a member's
/// and a chair's sessions, typed as commands; and every key action a command of its own.
@Suite struct LineModeTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let notes: MemberNotes
    let today = CalendarDate(iso: "2026-12-08")!

    init() throws {
        store = try SampleStore.make(in: folder)
        notes = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("priya.sqlite"), member: "Cllr Priya Shah"))
    }

    /// The session's transcript: each command after "> ", then what was said.
    func transcript(_ commands: [String]) -> String {
        var state = AppState(width: 100, height: 40, today: today, member: "Cllr Priya Shah")
        state.now = 1_796_752_800  // 8 December 2026, 18:00 UTC
        var session = LineSession(state: state, store: store, notes: notes)
        var lines = session.start()
        for command in commands where !session.finished {
            lines.append("> " + command)
            lines += session.handle(command)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aReviewerReadsAnAgendaAndSearches() {
        let said = transcript(["?", "n", "open", "where", "n", "open", "read", "more", "back", "back", "/ telephone", "n", "open", "where", "quit"])
        #expect(Snapshot.mismatch(said, named: "line-reviewer", in: Snapshot.folder()) == nil)
        #expect(!said.contains("\u{1B}"), "no escape sequence ever")
    }

    @Test func aMemberWritesAFlaggedNote() throws {
        let said = transcript(["n", "open", "n", "open", "add note",
                               "Ask how residents without the internet will apply.", ".",
                               "flag", "digital exclusion", "concerns", "read", "back", "news", "quit"])
        #expect(Snapshot.mismatch(said, named: "line-member", in: Snapshot.folder()) == nil)
        let written = try notes.listings(NoteFilter()).map(\.note)
        #expect(written.contains { $0.text.contains("without the internet") && $0.flags == ["digital-exclusion"] }, "\(written)")
    }

    @Test func aChairRecordsAMeeting() throws {
        let said = transcript(["live", "attendance", "p", "n", "p", "n", "p", "back", "n", "r",
                               "That the Committee approves the strategy", "subject to an equality impact assessment.", ".",
                               "v", "2 1 0", "where", "c", "Publish the assessment", ".", "n", "quit"])
        #expect(Snapshot.mismatch(said, named: "line-chair", in: Snapshot.folder()) == nil)
        let item = try store.item(id: "cabinet-2026-12-08-item-5")
        #expect(item.resolutions.contains { $0.text.contains("subject to an equality impact assessment") }, "\(item.resolutions)")
    }

    @Test func everyKeyActionIsACommand() {
        for action in LineSession.allActions {
            #expect(LineSession.action(named: LineSession.name(of: action)) == action, "\(action)")
        }
        #expect(LineSession.action(named: "Add Note") == .addNote && LineSession.action(named: "addnote") == .addNote)
    }
}
