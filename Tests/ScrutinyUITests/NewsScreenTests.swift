import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// `U` shows what is new for the member: the match for the topic they watch in a PDF paper that
/// arrived after it (with its page), the meeting and paper that arrived, a response overdue;
/// Enter opens the match at its paragraph and marks it read; `M` marks every match read.
@Suite struct NewsScreenTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let notes: MemberNotes
    let today = CalendarDate(iso: "2026-12-02")!

    init() throws {
        store = try SampleStore.make(in: folder)
        notes = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("priya.sqlite"), member: "Cllr Priya Shah"))
        try notes.watch("digital exclusion")
        _ = try notes.newsReport(today: today) // the sample papers are looked at
        let pdf = folder.file("assisted-digital.pdf")
        PDFMaker.write(pdf, pages: [
            ["Assisted digital support", "1. Purpose", "The report sets out how residents without the internet will reach services."],
            ["2. Proposals", "Residents who are digitally excluded will be offered help by", "telephone and at every library."],
        ])
        let parsed = try PaperReader.parsePDF(path: pdf, name: "assisted-digital.pdf",
                                              context: PageContext(committee: "Resources and Digital Scrutiny Committee", date: CalendarDate(iso: "2026-12-10")!))
        _ = try store.importBundle(parsed.bundle, name: parsed.name, format: parsed.format.rawValue, checksum: parsed.checksum)
    }

    func session(_ keys: [Key], width: Int = 100, height: Int = 30) -> AppState {
        var state = AppState(width: width, height: height, today: today)
        AppRunner.perform([.loadMeetings], on: &state, store: store, notes: notes)
        for key in [Key.character("U")] + keys { AppRunner.perform(state.update(.key(key)), on: &state, store: store, notes: notes) }
        return state
    }

    @Test func whatIsNewShowsTheMatchWithItsPage() throws {
        // Opened once (opening counts as looking), then drawn at each size.
        var state = session([])
        let lines = state.current.describe(state)
        for (width, height) in ScreenTests.sizes {
            AppRunner.perform(state.update(.resized(width: width, height: height)), on: &state, store: store, notes: notes)
            #expect(state.unmarkedHints.isEmpty)
            var buffer = ScreenBuffer(width: width, height: height)
            state.render(into: &buffer)
            #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "news-\(width)x\(height)", in: Snapshot.folder()) == nil)
        }
        #expect(lines.first == "New for you: 1 match for your topics (1 unread), 2 new or changed since you last looked")
        #expect(lines[1].hasPrefix("> “digital exclusion” · p. 2, ¶2 · Thu 10 Dec 2026  Resources and Digital Scrutiny Committee — Assisted digital support."))
    }

    @Test func openingAMatchGoesToItsParagraphAndMarksItRead() throws {
        let opened = session([.enter])
        let item = try #require(opened.current as? ItemScreen)
        #expect(item.position(opened)?.hasPrefix("p. 2, ¶2") == true, "\(item.position(opened) ?? "")")
        #expect(try notes.news().isEmpty)
        // Looked at once, the arrivals are not new the next time.
        let again = session([])
        #expect(again.current.describe(again).first == "New for you: 0 matches for your topics, 0 new or changed since you last looked")
        #expect(again.current.describe(again)[1] == "Nothing new: your topics (digital exclusion) have no new matches.")
    }
}
