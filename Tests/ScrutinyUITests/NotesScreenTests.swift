import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// Notes in the UI: golden screens of the notes pane, the editor, the flag list and the
/// concerns view, and scripted sessions of two members sharing one papers store.
@Suite struct NotesScreenTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let priya: MemberNotes
    let tom: MemberNotes
    let item = "cabinet-2026-12-08-item-5"
    /// Reaches Cabinet's 8 December item 5 from the meetings list, which opens on that meeting.
    let toItem = ["enter", "enter"].map { Key(name: $0)! }

    init() throws {
        store = try SampleStore.make(in: folder)
        let ticks = Ticks()
        let clock: @Sendable () -> Date = { ticks.next() }
        priya = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("priya.sqlite"), member: "Cllr Priya Shah"), account: "pshah", clock: clock)
        tom = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("tom.sqlite"), member: "Cllr Tom Reed"), account: "treed", clock: clock)
        try priya.add(on: .paragraph(document: "\(item)-report", position: 2, quote: ""),
                      text: "No equality impact assessment for residents without internet — what about the six libraries?",
                      flags: ["digital-exclusion", "equality-impact"], priority: 1, followUp: CalendarDate(iso: "2026-12-01"))
        try priya.add(on: .item(item), text: "Ask for the call-back pilot figures", flags: ["value-for-money"], status: .raised,
                      visibility: .shared)
        try tom.add(on: .item(item), text: "Tom's own: the union has concerns about staffing", flags: ["risk"])
        try tom.add(on: .meeting("cabinet-2026-12-08"), text: "Check the meeting is quorate", visibility: .shared)
    }

    func session(_ keys: [Key], as notes: MemberNotes? = nil, width: Int = 80, height: Int = 24) -> AppState {
        let notes = notes ?? priya
        var state = AppState(width: width, height: height, today: CalendarDate(iso: "2026-11-22")!, member: notes.member)
        AppRunner.perform([.loadMeetings, .loadFlags], on: &state, store: store, notes: notes)
        for key in keys { AppRunner.perform(state.update(.key(key)), on: &state, store: store, notes: notes) }
        return state
    }

    func typing(_ text: String) -> [Key] {
        text.map { $0 == "\n" ? .enter : .character($0) }
    }

    func check(_ name: String, _ keys: [Key]) {
        for (width, height) in ScreenTests.sizes {
            var buffer = ScreenBuffer(width: width, height: height)
            let state = session(keys, width: width, height: height)
            #expect(state.unmarkedHints.isEmpty, "\(name): the status bar names \(state.unmarkedHints) with no hint on its binding")
            state.render(into: &buffer)
            #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "\(name)-\(width)x\(height)", in: Snapshot.folder()) == nil)
        }
    }

    @Test func notesPane() { check("notes-pane", toItem + [.tab]) }

    /// A note read in full: its place, flags and details, the words it quotes, its whole text.
    @Test func noteRead() { check("note-read", toItem + [.tab, .down, .character("v")]) }

    @Test func noteEditor() {
        check("note-editor", toItem + [.character("a")] + typing("Fallback if the platform fails?\nSiân asked the same — 多言語 too.") + [.tab, .tab])
    }

    @Test func flagPicker() {
        check("flag-picker", toItem + [.character("a")] + typing("Cyber risk") + Array(repeating: .tab, count: 6)
              + [.character(" "), .down, .down, .character("x")])
    }

    @Test func concerns() { check("concerns", [.character("F")]) }

    @Test func concernsNotes() { check("concerns-notes", [.character("F"), .down, .enter]) }

    @Test func aPrivateNoteIsInvisibleToAnotherMemberOnTheSameStore() throws {
        func paneTexts(_ state: AppState) -> [String] {
            guard let screen = state.current as? ItemScreen else { return [] }
            return screen.notesPane.notes.map(\.note.text)
        }
        let mine = session(toItem, as: priya)
        #expect(Set(paneTexts(mine)) == ["No equality impact assessment for residents without internet — what about the six libraries?",
                                         "Ask for the call-back pilot figures"])
        let his = session(toItem, as: tom)
        #expect(Set(paneTexts(his)) == ["Tom's own: the union has concerns about staffing", "Ask for the call-back pilot figures"])

        guard let concerns = session([.character("F")], as: tom).current as? ConcernsScreen else { Issue.record("no concerns view"); return }
        #expect(!concerns.listings.contains { $0.note.text.contains("six libraries") })
        #expect(concerns.listings.count == 3)

        guard let search = session([.character("/")] + typing("libraries"), as: tom).current as? SearchScreen else { Issue.record("the session is not where the test expects it"); return }
        #expect(!search.hits.contains { $0.kind == .note })
        guard let own = session([.character("/")] + typing("libraries"), as: priya).current as? SearchScreen else { Issue.record("the session is not where the test expects it"); return }
        #expect(own.hits.first?.kind == .note)
    }

    @Test func aNoteTypedInTheEditorIsSavedToTheNotebook() throws {
        let state = session(toItem + [.character("a")] + typing("Who answers the phone at 3am? 🕒") + [.control("s")])
        guard let screen = state.current as? ItemScreen else { Issue.record("the editor should close on save"); return }
        #expect(state.notice == "Note saved.")
        #expect(screen.notesPane.notes.contains { $0.note.text == "Who answers the phone at 3am? 🕒" })
        let saved = try #require(try priya.listings().first { $0.note.text.hasPrefix("Who answers") }?.note)
        #expect(saved.visibility == .private)
        #expect(saved.target == .item(item))
    }

    @Test func leavingAChangedNoteAsksFirst() throws {
        var state = session(toItem + [.character("a")] + typing("Half a thought") + [.escape])
        guard case .confirm = state.overlay else { Issue.record("Esc should ask before discarding"); return }
        AppRunner.perform(state.update(.key(.character("n"))), on: &state, store: store, notes: priya)
        guard let editor = state.current as? NoteEditorScreen else { Issue.record("n keeps the editor"); return }
        #expect(editor.editor.text == "Half a thought")
        AppRunner.perform(state.update(.key(.escape)), on: &state, store: store, notes: priya)
        AppRunner.perform(state.update(.key(.character("y"))), on: &state, store: store, notes: priya)
        guard state.current is ItemScreen else { Issue.record("y discards"); return }
        #expect(try priya.listings().count == 3)
    }

    @Test func savingWithABadDateSaysWhyAndKeepsTheText() {
        let state = session(toItem + [.character("a")] + typing("Check") + Array(repeating: .tab, count: 5) + typing("2026-13-01") + [.control("s")])
        guard let editor = state.current as? NoteEditorScreen else { Issue.record("the editor should stay open"); return }
        #expect(editor.problem == "The follow-up date is written like 2026-12-01 (or left empty).")
        #expect(editor.editor.text == "Check")
    }

    @Test func deletingANoteAsksFirst() throws {
        var state = session(toItem + [.tab, .character("d")])
        guard case .confirm(let question) = state.overlay else { Issue.record("d should ask"); return }
        #expect(question.dialog.selected == 1) // "Keep" is the default answer
        AppRunner.perform(state.update(.key(.enter)), on: &state, store: store, notes: priya)
        #expect(try priya.listings().count == 3)
        AppRunner.perform(state.update(.key(.character("d"))), on: &state, store: store, notes: priya)
        AppRunner.perform(state.update(.key(.character("y"))), on: &state, store: store, notes: priya)
        #expect(try priya.listings().count == 2)
        #expect(state.notice == "Note deleted.")
    }

    @Test func anotherMembersSharedNoteIsReadOnly() {
        // Tom's pane: his private note, then Priya's shared one.
        let state = session(toItem + [.tab, .down, .character("e")], as: tom)
        #expect(state.notice == "This note is Cllr Priya Shah's; only they can change it.")
        guard state.current is ItemScreen else { Issue.record("no editor for someone else's note"); return }
    }

    @Test func quickFlagsMakeAndRemoveAFlagOnlyNote() throws {
        // On the agenda, f flags the selected item without writing anything.
        let agenda = [Key.enter, .down]
        _ = session(agenda + [.character("f"), .character("x"), .enter])
        let flagged = try priya.listings(NoteFilter(itemID: "cabinet-2026-12-08-item-6"))
        #expect(flagged.map(\.note.flags) == [["digital-exclusion"]])
        #expect(flagged.first?.note.text == "")
        // Again on the agenda: the list opens with the flag ticked, and unticking removes the note.
        let again = session(agenda + [.character("f")])
        guard case .flags(let picker) = again.overlay else { Issue.record("f should open the flag list"); return }
        #expect(picker.chosen == ["digital-exclusion"])
        _ = session(agenda + [.character("f"), .character("x"), .enter])
        #expect(try priya.listings(NoteFilter(itemID: "cabinet-2026-12-08-item-6")).isEmpty)
    }

    @Test func concernsFilterByStatusAndOpenThePaper() throws {
        var state = session([.character("F"), .character("S")])
        guard let open = state.current as? ConcernsScreen else { Issue.record("the session is not where the test expects it"); return }
        #expect(open.status == .open)
        #expect(open.notes.count == 2) // Priya's private note and Tom's shared one
        let index = try #require(open.notes.firstIndex { $0.note.target.kind == "paragraph" })
        AppRunner.perform(state.update(.key(.enter)), on: &state, store: store, notes: priya)
        for _ in 0..<index { AppRunner.perform(state.update(.key(.down)), on: &state, store: store, notes: priya) }
        AppRunner.perform(state.update(.key(.enter)), on: &state, store: store, notes: priya)
        guard let item = state.current as? ItemScreen else { Issue.record("Enter should open the paper"); return }
        #expect(item.itemID == self.item)
        #expect(item.page.top > 0)
    }

    /// On the concerns view, `s` moves the selected note on, as in the notes pane (`S` filters).
    @Test func concernsMoveTheSelectedNoteOn() throws {
        var state = session([.character("F"), .tab])
        guard let screen = state.current as? ConcernsScreen else { Issue.record("not on the concerns view"); return }
        let own = try #require(screen.notes.firstIndex { $0.note.author == "Cllr Priya Shah" && $0.note.status == .open })
        let note = screen.notes[own].note
        for key in Array(repeating: Key.down, count: own) + [.character("s")] {
            AppRunner.perform(state.update(.key(key)), on: &state, store: store, notes: priya)
        }
        guard let after = state.current as? ConcernsScreen else { Issue.record("left the concerns view"); return }
        #expect(after.status == nil) // not the filter
        #expect(try priya.note(id: note.id)?.status == .raised)
    }

    @Test func withoutAMemberNotesSayWhy() {
        var state = AppState(width: 80, height: 24, today: CalendarDate(iso: "2026-11-22")!)
        AppRunner.perform([.loadMeetings], on: &state, store: store)
        AppRunner.perform(state.update(.key(.character("a"))), on: &state, store: store)
        #expect(state.notice == AppState.whoAreYou)
    }
}

/// A clock a minute on at every reading, so notes have an order.
final class Ticks: @unchecked Sendable {
    private var minutes = 0
    private let lock = NSLock()

    func next() -> Date {
        lock.lock()
        defer { lock.unlock() }
        minutes += 1
        return Date(timeIntervalSince1970: 1_795_000_000 + Double(minutes * 60))
    }
}

extension NotesScreenTests {
    /// Another process (here another store connection) adds a shared note and retires a flag:
    /// the open concerns view and the flag list show it at the next change poll.
    @Test func theConcernsViewAndFlagsFollowAnotherProcessesChanges() throws {
        var state = session([.character("F")])
        guard let before = state.current as? ConcernsScreen else { Issue.record("not on the concerns view"); return }
        #expect(!before.listings.contains { $0.note.text == "Written from the command line" })
        let other = try PapersStore(path: store.path)
        let otherNotes = MemberNotes(papers: other, notebook: try Notebook(path: folder.file("ravi.sqlite"), member: "Cllr Ravi Patel"))
        try otherNotes.add(on: .item(item), text: "Written from the command line", flags: ["risk"], visibility: .shared)
        _ = try other.retireFlag("climate and net zero")
        let effects = state.update(.storeChanged)
        #expect(effects.contains(.loadConcerns) && effects.contains(.loadFlags))
        AppRunner.perform(effects, on: &state, store: store, notes: priya)
        guard let after = state.current as? ConcernsScreen else { Issue.record("left the concerns view"); return }
        #expect(after.listings.contains { $0.note.text == "Written from the command line" })
        #expect(!state.flags.filter { !$0.retired }.contains { $0.name == "climate and net zero" })
    }

    /// Resolutions recorded in another process while an item page is open: the page shows them,
    /// and the agenda beneath it counts them when the member goes back.
    @Test func theItemPageAndTheAgendaBeneathFollowResolutionsRecordedElsewhere() throws {
        var state = session(toItem)
        let other = try PapersStore(path: store.path)
        for text in ["That the strategy be adopted.", "That a review be reported in June."] {
            var resolution = try other.startResolution(itemID: item, member: "Cllr Joan Hale")
            resolution.text = text
            resolution.isFinal = true
            try other.save(resolution, by: "Cllr Joan Hale")
            try other.closeDraft(meetingID: "cabinet-2026-12-08", member: "Cllr Joan Hale")
        }
        AppRunner.perform(state.update(.storeChanged), on: &state, store: store, notes: priya)
        guard let page = state.current as? ItemScreen else { Issue.record("not on the item page"); return }
        #expect(page.detail?.resolutions.map(\.text).contains("That a review be reported in June.") == true)
        AppRunner.perform(state.update(.key(.escape)), on: &state, store: store, notes: priya)
        guard let agenda = state.current as? AgendaScreen else { Issue.record("not back on the agenda"); return }
        let listing = agenda.detail?.items.first { $0.item.id == item }
        #expect(listing?.resolutionCount == page.detail?.resolutions.count)
    }

    /// A meeting imported by another process appears in the meetings list, and the meeting the
    /// member had selected stays selected.
    @Test func theMeetingsListFollowsAnImportElsewhereKeepingTheSelection() throws {
        var state = session([.down, .down])
        guard case .meeting(let chosen) = state.meetings.rows[state.meetings.cursor.selected] else {
            Issue.record("no meeting selected"); return
        }
        var bundle = PaperBundle()
        bundle.meetings = [Meeting(id: "cabinet-2025-01-07", committeeID: "cabinet", start: MeetingTime(date: CalendarDate(iso: "2025-01-07")!),
                                   status: .held)]
        bundle.items = [AgendaItem(id: "cabinet-2025-01-07-item-1", meetingID: "cabinet-2025-01-07", number: "1", position: 1,
                                   title: "Apologies")]
        _ = try PapersStore(path: store.path).importBundle(bundle, name: "older.md", format: "pack", checksum: "older")
        let effects = state.update(.storeChanged)
        #expect(effects.contains(.loadMeetings))
        AppRunner.perform(effects, on: &state, store: store, notes: priya)
        #expect(state.meetings.rows.contains { if case .meeting(let listing) = $0 { listing.meeting.id == "cabinet-2025-01-07" } else { false } })
        guard case .meeting(let still) = state.meetings.rows[state.meetings.cursor.selected] else { Issue.record("no meeting selected"); return }
        #expect(still.meeting.id == chosen.meeting.id)
    }
}
