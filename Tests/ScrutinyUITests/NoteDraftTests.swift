import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// The note editor keeps its draft at each key; a start after a killed process offers it back:
/// "Open it" reopens it, "Discard" drops it, Esc leaves it for the next start.
@Suite struct NoteDraftTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let notes: MemberNotes

    init() throws {
        store = try SampleStore.make(in: folder)
        notes = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("notes.sqlite"), member: "Cllr Priya Shah"),
                            account: "pshah")
    }

    func started(_ keys: [Key] = []) -> AppState {
        var state = AppState(width: 80, height: 24, today: CalendarDate(iso: "2026-11-22")!, member: notes.member)
        AppRunner.perform([.loadMeetings, .loadFlags, .loadNoteDraft], on: &state, store: store, notes: notes)
        for key in keys { AppRunner.perform(state.update(.key(key)), on: &state, store: store, notes: notes) }
        return state
    }

    func typing(_ text: String) -> [Key] { text.map { .character($0) } }

    /// Writes part of a note on Cabinet's item 5 and leaves without the editor's goodbye, as a
    /// killed process does.
    func killedWhileTyping(_ text: String) {
        _ = started([.enter, .enter, .character("a")] + typing(text))
    }

    @Test func eachKeyKeepsTheDraftAndAStartOffersItBack() throws {
        killedWhileTyping("Fallback if the pla")
        #expect(try notes.keptDraft()?.draft.text == "Fallback if the pla")
        var state = started()
        guard case .confirm(let question) = state.overlay else { Issue.record("no offer of the draft"); return }
        #expect(question.dialog.message.contains("the item: 5. Customer Access Strategy 2027–2030: “Fallback if the pla”"))
        AppRunner.perform(state.update(.key(.enter)), on: &state, store: store, notes: notes)
        let editor = try #require(state.current as? NoteEditorScreen)
        #expect(editor.editor.text == "Fallback if the pla")
        for key in typing("tform fails?") + [.control("s")] {
            AppRunner.perform(state.update(.key(key)), on: &state, store: store, notes: notes)
        }
        #expect(try notes.listings(NoteFilter()).map(\.note.text) == ["Fallback if the platform fails?"])
        #expect(try notes.keptDraft() == nil)
    }

    @Test func escLeavesTheDraftForNextTimeAndDiscardDropsIt() throws {
        killedWhileTyping("Keep me")
        _ = started([.escape])
        #expect(try notes.keptDraft()?.draft.text == "Keep me")
        let discarded = started([.tab, .enter])
        #expect(discarded.overlay == nil)
        #expect(try notes.keptDraft() == nil)
        #expect(try notes.listings(NoteFilter()).isEmpty)
    }

    @Test func discardingInTheEditorDropsTheDraft() throws {
        _ = started([.enter, .enter, .character("a")] + typing("Never mind") + [.escape, .tab, .enter])
        #expect(try notes.keptDraft() == nil)
    }
}
