import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// Golden screens of every view at 80×24, 120×40 and 40×12, reached by scripted keys
/// through `update`, against a store holding the sample papers.
@Suite struct ScreenTests {
    let folder = TemporaryFolder()
    let store: PapersStore

    init() throws {
        store = try SampleStore.make(in: folder)
    }

    static let sizes = [(80, 24), (120, 40), (40, 12)]

    /// Starts the UI at `size`, types `keys` (by name), and returns the state.
    func session(_ keys: [String], width: Int, height: Int) -> AppState {
        var state = AppState(width: width, height: height, today: CalendarDate(iso: "2026-11-22")!)
        AppRunner.perform([.loadMeetings], on: &state, store: store)
        for name in keys {
            let key = Key(name: name)!
            AppRunner.perform(state.update(.key(key)), on: &state, store: store)
        }
        return state
    }

    func screen(_ state: AppState) -> String {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        state.render(into: &buffer)
        return buffer.golden(theme: state.theme)
    }

    func check(_ name: String, _ keys: [String]) {
        for (width, height) in Self.sizes {
            let state = session(keys, width: width, height: height)
            #expect(state.unmarkedHints.isEmpty, "\(name): the status bar names \(state.unmarkedHints) with no hint on its binding")
            let text = screen(state)
            #expect(Snapshot.mismatch(text, named: "\(name)-\(width)x\(height)", in: Snapshot.folder()) == nil)
        }
    }

    @Test func meetings() { check("meetings", []) }

    /// Cabinet's upcoming meeting: an exempt item, key decisions, call-in.
    @Test func agenda() { check("agenda", ["enter"]) }

    /// The scrutiny committee's pre-scrutiny item: questions paired with responses, votes.
    @Test func item() { check("item", ["G", "enter", "down", "enter"]) }

    /// A resolution typed live as three lines, indented, shows as three lines at every width,
    /// hung under its label, its outcome on a line of its own.
    @Test func aMultiLineResolution() throws {
        let draft = try store.startResolution(itemID: "cabinet-2026-12-08-item-5", member: "Cllr Joan Hale")
        let text = "That Cabinet:\n  (i) adopts the Customer Access Strategy 2027–2030;\n  (ii) asks for a review of the libraries in March."
        try store.saveDraft(resolutionID: draft.id, text: text, cursor: text.count, member: "Cllr Joan Hale")
        try store.closeDraft(meetingID: "cabinet-2026-12-08", member: "Cllr Joan Hale")
        check("item-multiline-resolution", ["enter", "enter"])
    }

    /// A held meeting's record from its agenda: who came, and who declared what on which item.
    @Test func meetingRecord() {
        check("meeting-record", ["G", "enter", "w"])
        let state = session(["G", "enter", "down", "enter", "w"], width: 80, height: 24)
        #expect(state.current.describe(state).contains("Attendance: 6 present, 1 sent apologies"))
    }

    @Test func itemScrolledToTheEnd() { check("item-end", ["G", "enter", "down", "enter", "G"]) }

    /// Down past the end scrolls until the last paragraph, under the cursor, is at the top.
    @Test func itemLastParagraphAtTheTop() {
        check("item-last-paragraph", ["G", "enter", "down", "enter", "G"] + Array(repeating: "down", count: 40))
    }

    /// Typing "/" then a query searches as you type; each key outdates the search before.
    @Test func search() { check("search", ["/", "d", "i", "g", "i", "t", "a", "l", "space", "e", "x", "c", "l"]) }

    @Test func help() { check("help", ["?"]) }

    /// The report of the pre-scrutiny item on its own, finding "residents".
    @Test func reader() {
        check("reader", ["G", "enter", "down", "enter", "G", "enter", "g", "/"] + "residents".map { String($0) } + ["enter"])
    }

    @Test func readerFindsNextAndPreviousAndWraps() {
        var state = session(["G", "enter", "down", "enter", "G", "enter", "g", "/"] + "residents".map { String($0) } + ["enter"],
                            width: 80, height: 24)
        guard let first = state.current as? ReaderScreen else { Issue.record("not reading"); return }
        let matches = first.matches(width: 80)
        #expect(matches.count >= 3)
        #expect(first.page.top == matches[0])
        _ = state.update(.key(.character("n")))
        guard let second = state.current as? ReaderScreen else { Issue.record("the session is not where the test expects it"); return }
        #expect(second.page.top == matches[1])
        _ = state.update(.key(.character("N")))
        _ = state.update(.key(.character("N")))
        guard let wrapped = state.current as? ReaderScreen else { Issue.record("the session is not where the test expects it"); return }
        // The page scrolls as far as its last paragraph at the top, so the last match can be.
        #expect(wrapped.page.top == matches[matches.count - 1])
        #expect(wrapped.lines(width: 80)[wrapped.page.top].anchor == wrapped.page.anchor)
        _ = state.update(.key(.escape))
        guard state.current is ItemScreen else { Issue.record("Esc should go back to the item"); return }
    }

    /// "digital exclusion" finds ¶9, which says "digitally excluded": the page it opens marks those words.
    @Test func searchHitMarksTheMatchOnThePage() {
        check("search-hit-marked", ["/"] + "digital exclusion".map { $0 == " " ? "space" : String($0) } + ["down", "enter"])
        let state = session(["/"] + "digital exclusion".map { $0 == " " ? "space" : String($0) } + ["down", "enter"], width: 80, height: 24)
        #expect((state.current as? ItemScreen)?.marks == ["digitally", "excluded"])
        #expect(state.current.position(state)?.hasPrefix("¶9") == true)
    }

    @Test func downPastTheLastResultAsksForMore() throws {
        var state = session(["/", "b"], width: 80, height: 24)
        let hit = SearchHit(kind: .item, itemID: "i", itemTitle: "T", meetingID: "m", meetingDate: nil, committeeName: "C", refID: "i",
                            paragraph: nil, snippet: Snippet(text: "b", highlights: []))
        _ = state.update(.searched(generation: 1, hits: Array(repeating: hit, count: SearchScreen.page)))
        for _ in 1..<SearchScreen.page { #expect(state.update(.key(.down)).isEmpty) }
        #expect(state.update(.key(.down)) == [.search("b", generation: 2, limit: 2 * SearchScreen.page)])
        _ = state.update(.searched(generation: 2, hits: Array(repeating: hit, count: SearchScreen.page + 3)))
        let search = try #require(state.current as? SearchScreen)
        #expect(search.cursor.selected == SearchScreen.page)
    }

    @Test func aFilterThatCannotBeReadIsSaidBesideTheQuery() {
        let state = session(["/"] + "libraries from:2025-13".map { $0 == " " ? "space" : String($0) }, width: 80, height: 24)
        #expect(state.current.describe(state).contains { $0.hasPrefix("Cannot search: from: takes a date such as 2025-06-10") })
    }

    @Test func searchHitOpensTheItemAtTheParagraph() throws {
        var state = session(["/"] + "telephony".map { String($0) }, width: 80, height: 24)
        guard let search = state.current as? SearchScreen else { Issue.record("not searching"); return }
        let index = try #require(search.hits.firstIndex { $0.kind == .paragraph && $0.itemID == "cabinet-2026-12-08-item-6" })
        for _ in 0..<index { AppRunner.perform(state.update(.key(.down)), on: &state, store: store) }
        AppRunner.perform(state.update(.key(.enter)), on: &state, store: store)
        guard let item = state.current as? ItemScreen else { Issue.record("no item opened"); return }
        #expect(item.itemID == "cabinet-2026-12-08-item-6")
        #expect(item.page.top > 0)
        #expect(screen(state).contains("Four tenders were received"))
    }

    @Test func anOutdatedSearchAnswerIsDropped() {
        var state = session(["/", "b", "u"], width: 80, height: 24)
        _ = state.update(.key(.character("d")))
        _ = state.update(.searched(generation: 2, hits: []))
        guard let screen = state.current as? SearchScreen else { Issue.record("the session is not where the test expects it"); return }
        #expect(screen.answered == 2)
        #expect(screen.generation == 3)
        #expect(screen.query == "bud")
    }

    /// On a wide agenda the selected item shows beside it; Tab gives the keys to that pane.
    @Test func tabSwitchesToTheItemBesideTheAgenda() {
        var state = session(["enter", "down"], width: 120, height: 20)
        guard let agenda = state.current as? AgendaScreen else { Issue.record("no agenda"); return }
        #expect(agenda.preview?.itemID == "cabinet-2026-12-08-item-6")
        #expect(agenda.preview?.detail != nil)
        AppRunner.perform(state.update(.key(.tab)), on: &state, store: store)
        AppRunner.perform(state.update(.key(.down)), on: &state, store: store)
        guard let focused = state.current as? AgendaScreen else { Issue.record("the session is not where the test expects it"); return }
        #expect(focused.previewFocused)
        #expect(focused.cursor.selected == 1)
        #expect(focused.preview?.page.top == 1)
        _ = state.update(.resized(width: 80, height: 24))
        guard let narrow = state.current as? AgendaScreen else { Issue.record("the session is not where the test expects it"); return }
        #expect(!narrow.previewFocused)
    }

    @Test func tooSmall() {
        let text = screen(session([], width: 30, height: 8))
        #expect(Snapshot.mismatch(text, named: "too-small-30x8", in: Snapshot.folder()) == nil)
    }

    @Test func backAndQuit() {
        var state = session(["down", "enter", "enter", "esc"], width: 80, height: 24)
        guard state.current is AgendaScreen else { Issue.record("expected the agenda after Esc"); return }
        _ = state.update(.key(.character("q")))
        #expect(state.current is MeetingsScreen)
        #expect(!state.quit)
        _ = state.update(.key(.character("q")))
        #expect(state.quit)
        var anywhere = session(["down", "enter", "enter"], width: 80, height: 24)
        _ = anywhere.update(.key(.character("Q")))
        #expect(anywhere.quit)
    }

    @Test func selectionSkipsHeadingsAndStaysVisible() {
        let state = session(Array(repeating: "down", count: 30), width: 40, height: 12)
        let rows = state.meetings.rows
        guard case .meeting(let last) = rows[state.meetings.cursor.selected] else {
            Issue.record("selection on a heading"); return
        }
        #expect(last.meeting.id == "resources-scrutiny-2025-06-10")
        #expect(state.meetings.cursor.top + state.bodyHeight > state.meetings.cursor.selected)
    }

    @Test func resizeKeepsTheSelection() {
        var state = session(["G"], width: 120, height: 40)
        _ = state.update(.resized(width: 40, height: 12))
        _ = state.update(.resized(width: 80, height: 24))
        guard case .meeting(let listing) = state.meetings.rows[state.meetings.cursor.selected] else { Issue.record("the session is not where the test expects it"); return }
        #expect(listing.meeting.id == "resources-scrutiny-2025-06-10")
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        var state = session([], width: 80, height: 24)
        _ = state.update(.key(.mouse(MouseEvent(kind: .click, x: 10, y: 6))))
        guard case .meeting(let listing) = state.meetings.rows[state.meetings.cursor.selected] else { Issue.record("the session is not where the test expects it"); return }
        #expect(listing.meeting.id == "cabinet-2026-12-08")
        _ = state.update(.key(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 7))))
        guard case .meeting(let next) = state.meetings.rows[state.meetings.cursor.selected] else { Issue.record("the session is not where the test expects it"); return }
        #expect(next.meeting.id == "cabinet-2026-03-17")
    }
}
