import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// Small things a member runs into: Ctrl+C in an editor, keys on a terminal too small to show
/// anything, and the key reference's long key names.
@Suite struct SmallDefectsTests {
    let notes: NotesScreenTests

    init() throws {
        notes = try NotesScreenTests()
    }

    @Test func ctrlCQuitsFromTheNoteEditorAndTheNoteIsSaved() throws {
        let terminal = FakeTerminal(width: 80, height: 24, notes.toItem.map { FakeTerminal.Step.key($0) } + [.quiet, .key(.character("a"))]
                                    + "Half a thought".map { .key(.character($0)) } + [.key(.control("c"))])
        let state = AppState(width: 80, height: 24, today: CalendarDate(iso: "2026-11-22")!, member: notes.priya.member)
        AppRunner(terminal: terminal, store: notes.store, notes: notes.priya).run(state)
        #expect(!terminal.shouldQuit) // it left on Ctrl+C, not for want of keys
        #expect(try notes.priya.listings(NoteFilter()).contains { $0.note.text == "Half a thought" })
    }

    @Test func onATerminalTooSmallQQuitsAndNothingIsTypedBlind() throws {
        var state = notes.session(notes.toItem + [.character("a")] + notes.typing("Keep"))
        _ = state.update(.resized(width: 30, height: 8))
        _ = state.update(.key(.character("x")))
        #expect((state.current as? NoteEditorScreen)?.editor.text == "Keep")
        _ = state.update(.key(.character("Q")))
        #expect(state.quit)
        #expect((state.current as? NoteEditorScreen)?.editor.text == "Keep")
    }

    @Test func longKeyNamesTakeALineOfTheirOwnInTheKeyReference() {
        for width in [40, 80, 120] {
            for (line, _) in HelpView.lines(width: width) {
                #expect(TextWidth.of(line) <= width - 2, "“\(line)” is cut at \(width) columns")
            }
        }
        #expect(HelpView.lines(width: 80).contains { $0.0 == "left, right, tab, shift+tab" })
    }
}
