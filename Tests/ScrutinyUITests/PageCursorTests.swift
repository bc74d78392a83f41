import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// The paragraph cursor of the item page and the reader: every block can be reached and noted
/// at every size, and the cursor stays on its paragraph through a resize.
@Suite struct PageCursorTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let notes: MemberNotes
    let item = "resources-scrutiny-2025-06-10-item-5"

    init() throws {
        store = try SampleStore.make(in: folder)
        notes = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("notes.sqlite"), member: "Cllr Priya Shah"),
                            account: "pshah")
    }

    func opened(width: Int, height: Int) -> AppState {
        var state = AppState(width: width, height: height, today: CalendarDate(iso: "2026-11-22")!, member: notes.member)
        AppRunner.perform(state.openItem(item), on: &state, store: store, notes: notes)
        return state
    }

    func press(_ key: Key, _ times: Int = 1, on state: inout AppState) {
        for _ in 0..<times { AppRunner.perform(state.update(.key(key)), on: &state, store: store, notes: notes) }
    }

    func page(_ state: AppState) throws -> ItemScreen { try #require(state.current as? ItemScreen) }

    @Test(arguments: [(80, 24), (120, 40), (40, 12), (100, 30)])
    func downVisitsEveryBlockInOrderAndKeepsItInView(width: Int, height: Int) throws {
        var state = opened(width: width, height: height)
        let lines = try page(state).lines(width: ItemView.pageWidth(state))
        let blocks = PageCursor.blocks(lines)
        #expect(blocks.count > 15)
        var visited: [ItemPage.Anchor] = []
        for _ in 0..<lines.count + blocks.count {
            press(.down, on: &state)
            let screen = try page(state)
            guard let anchor = screen.page.anchor else { continue }
            let block = try #require(blocks.first { $0.anchor == anchor })
            #expect(block.start < screen.page.top + state.bodyHeight && block.end > screen.page.top, "the cursor's block is in the window")
            if visited.last != anchor { visited.append(anchor) }
        }
        #expect(visited == blocks.map(\.anchor))
        // Down at the end goes on until the last block is at the top of the window.
        #expect(try page(state).page.top == blocks[blocks.count - 1].start)
    }

    @Test func upComesBackBlockByBlock() throws {
        var state = opened(width: 80, height: 24)
        press(.character("G"), on: &state)
        let blocks = PageCursor.blocks(try page(state).lines(width: 80))
        #expect(try page(state).page.anchor == blocks.last?.anchor)
        press(.up, on: &state)
        #expect(try page(state).page.anchor == blocks[blocks.count - 2].anchor)
        press(.up, blocks.count * 4, on: &state)
        #expect(try page(state).page.anchor == blocks.first?.anchor)
        #expect(try page(state).page.top == 0)
    }

    /// The paragraph that says "digitally excluded" is ¶9 of the report: at 100×30 the cursor reaches
    /// it and `a` writes on it.
    @Test func aNotesTheParagraphUnderTheCursor() throws {
        var state = opened(width: 100, height: 30)
        let report = "\(item)-report"
        let target = ItemPage.Anchor.paragraph(document: report, position: 13)
        for _ in 0..<80 where try page(state).page.anchor != target { press(.down, on: &state) }
        #expect(try page(state).page.anchor == target)
        press(.character("a"), on: &state)
        let editor = try #require(state.current as? NoteEditorScreen)
        #expect(editor.spots.first?.label == "¶9 of Draft Digital Strategy 2025–2030")
        #expect(editor.draft.target.kind == "paragraph")
        if case .paragraph(_, let position, let quote) = editor.draft.target {
            #expect(position == 13)
            #expect(quote.hasPrefix("An initial equality impact assessment"))
        }
    }

    @Test func theCursorStaysOnItsParagraphThroughAResize() throws {
        var state = opened(width: 120, height: 40)
        press(.down, 12, on: &state)
        let anchor = try #require(try page(state).page.anchor)
        _ = state.update(.resized(width: 40, height: 12))
        let screen = try page(state)
        let block = try #require(PageCursor.blocks(screen.lines(width: ItemView.pageWidth(state))).first { $0.anchor == anchor })
        #expect(screen.page.anchor == anchor)
        #expect(block.start < screen.page.top + state.bodyHeight && block.end > screen.page.top)
    }

    @Test func enterReadsTheDocumentAtTheCursorsParagraph() throws {
        var state = opened(width: 80, height: 24)
        let target = ItemPage.Anchor.paragraph(document: "\(item)-report", position: 13)
        for _ in 0..<80 where try page(state).page.anchor != target { press(.down, on: &state) }
        press(.enter, on: &state)
        let reader = try #require(state.current as? ReaderScreen)
        #expect(reader.page.anchor == target)
        #expect(reader.describe(state).contains { $0.hasPrefix("> 9. An initial equality impact assessment") })
    }
}
