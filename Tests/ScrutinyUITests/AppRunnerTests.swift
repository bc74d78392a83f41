import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// The runner itself, in process, on a scripted terminal: keys, change polling, resizes and
/// signals, without tmux.
@Suite struct AppRunnerTests {
    let folder = TemporaryFolder()
    let store: PapersStore

    init() throws {
        store = try SampleStore.make(in: folder)
    }

    func run(_ terminal: FakeTerminal) {
        let state = AppState(width: terminal.size.width, height: terminal.size.height, today: CalendarDate(iso: "2026-11-22")!)
        AppRunner(terminal: terminal, store: store, notes: nil).run(state)
    }

    @Test func keysDriveTheScreensAndQQuits() {
        let terminal = FakeTerminal(width: 80, height: 24, [.key(.enter), .quiet, .key(.character("Q"))])
        run(terminal)
        #expect(terminal.frames.first?.text.contains("Scrutiny › Meetings") == true)
        #expect(terminal.screen.contains("5 Customer Access Strategy"))
        #expect(!terminal.shouldQuit) // it left on Q, not for want of keys
    }

    @Test func anotherProcessesImportShowsAtTheNextQuietRead() throws {
        let other = try PapersStore(path: store.path)
        var bundle = PaperBundle()
        bundle.meetings = [Meeting(id: "cabinet-2025-01-07", committeeID: "cabinet", start: MeetingTime(date: CalendarDate(iso: "2025-01-07")!),
                                   location: "Old Town Hall", status: .held)]
        let terminal = FakeTerminal(width: 100, height: 30, [
            .quiet,
            .meanwhile { _ = try? other.importBundle(bundle, name: "old.md", format: "pack", checksum: "old") },
            .quiet, .key(.character("Q")),
        ])
        run(terminal)
        #expect(terminal.frames.first?.text.contains("Tue 7 Jan 2025") == false)
        #expect(terminal.screen.contains("Tue 7 Jan 2025"))
        #expect(terminal.quietReads == 2)
    }

    @Test func aResizeRedrawsAtTheNewSizeAndATinyTerminalIsSaid() {
        let terminal = FakeTerminal(width: 80, height: 24, [.resize(width: 120, height: 40), .quiet, .resize(width: 30, height: 8), .quiet,
                                                            .key(.character("Q"))])
        run(terminal)
        #expect(terminal.frames.contains { $0.width == 120 && $0.height == 40 })
        #expect(terminal.screen.contains("Terminal too small"))
    }

    /// A note half written when a signal (a dropped connection) ends the run is saved as it stands.
    @Test func aNoteBeingWrittenIsSavedWhenTheRunEnds() throws {
        let notes = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("n.sqlite"), member: "Cllr Priya Shah"),
                                account: "pshah")
        let typing = "Ask about the libraries".map { FakeTerminal.Step.key(.character($0)) }
        let terminal = FakeTerminal(width: 80, height: 24, [.key(.enter), .key(.enter), .quiet, .key(.character("a"))]
                                    + typing + [.quiet, .signal])
        let state = AppState(width: 80, height: 24, today: CalendarDate(iso: "2026-11-22")!, member: notes.member)
        AppRunner(terminal: terminal, store: store, notes: notes).run(state)
        #expect(terminal.screen.contains("Ask about the libraries"))
        #expect(try notes.listings(NoteFilter()).map(\.note.text) == ["Ask about the libraries"])
    }

    @Test func aSignalEndsTheRunWithoutAKey() {
        let terminal = FakeTerminal(width: 80, height: 24, [.quiet, .signal, .key(.down), .key(.down)])
        run(terminal)
        #expect(terminal.shouldQuit)
        // The keys after the signal were never read.
        #expect(terminal.frames.last?.text.contains("Scrutiny › Meetings") == true)
    }
}

/// A search waits until the keys stop: typing a word searches once, for the whole word.
@Suite struct SearchDebounceTests {
    /// The papers store, counting the searches asked of it; a search for `blocking` runs until
    /// it is interrupted, as a search of a huge archive would.
    final class CountingStore: PapersReading, LiveRecording, RecommendationKeeping, @unchecked Sendable {
        let store: PapersStore
        private let lock = NSLock()
        private var asked: [String] = []
        private var interruptions = 0
        var blocking: String?
        /// While set, every keystroke of a resolution is refused as a full disk would.
        var diskFull = false
        var searches: [String] { lock.withLock { asked } }
        var interrupted: Int { lock.withLock { interruptions } }
        init(_ store: PapersStore) { self.store = store }
        func interruptSearch() { lock.withLock { interruptions += 1 } }
        func meetings() throws -> [MeetingListing] { try store.meetings() }
        func meeting(id: String) throws -> MeetingDetail { try store.meeting(id: id) }
        func item(id: String) throws -> ItemDetail { try store.item(id: id) }
        func search(_ text: String, limit: Int, asYouType: Bool) throws -> [SearchHit] {
            let before = lock.withLock { asked.append(text); return interruptions }
            if text == blocking {
                let deadline = Date().addingTimeInterval(30)
                while lock.withLock({ interruptions }) == before && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
                throw StoreError("searching failed: interrupted", kind: .failed)
            }
            return try store.search(text, limit: limit, asYouType: asYouType)
        }
        func flags(includingRetired: Bool) throws -> [Flag] { try store.flags(includingRetired: includingRetired) }
        func recommendations(committeeID: String?) throws -> [Recommendation] { try store.recommendations(committeeID: committeeID) }
        func committeeNames() throws -> [String: String] { try store.committeeNames() }
        func deadlines(from today: CalendarDate) throws -> [Deadline] { try store.deadlines(from: today) }
        func recommendationProposals() throws -> [RecommendationProposal] { try store.recommendationProposals() }
        func addRecommendation(_ draft: Recommendation, today: CalendarDate) throws -> Recommendation { try store.addRecommendation(draft, today: today) }
        func dismissProposal(resolutionID: String) throws { try store.dismissProposal(resolutionID: resolutionID) }
        func sendRecommendation(_ key: String, on day: CalendarDate) throws -> Recommendation { try store.sendRecommendation(key, on: day) }
        func callIn(_ draft: CallInRequest) throws -> CallInRequest { try store.callIn(draft) }
        func updateTopic(_ changed: ProgrammeTopic) throws -> ProgrammeTopic { try store.updateTopic(changed) }
        func topics(committeeID: String?, year: MunicipalYear?) throws -> [ProgrammeTopic] { try store.topics(committeeID: committeeID, year: year) }
        func programmeCriteria(committeeID: String) throws -> ProgrammeCriteria? { try store.programmeCriteria(committeeID: committeeID) }
        func hearCallIn(itemID: String, at meetingID: String, outcome: CallInRequest.Outcome, note: String?) throws -> CallInRequest {
            try store.hearCallIn(itemID: itemID, at: meetingID, outcome: outcome, note: note)
        }
        func changeCount() throws -> Int { try store.changeCount() }
        func liveMeeting(id: String, member: String?) throws -> LiveMeeting { try store.liveMeeting(id: id, member: member) }
        func takeUp(itemID: String?, meetingID: String, now: Int) throws { try store.takeUp(itemID: itemID, meetingID: meetingID, now: now) }
        func record(_ attendance: Attendance) throws { try store.record(attendance) }
        func record(_ declaration: Declaration) throws { try store.record(declaration) }
        func deleteDeclaration(id: String) throws { try store.deleteDeclaration(id: id) }
        func startResolution(itemID: String, member: String, now: Date) throws -> Resolution {
            try store.startResolution(itemID: itemID, member: member, now: now)
        }
        func openDraft(resolutionID: String, member: String, cursor: Int) throws {
            try store.openDraft(resolutionID: resolutionID, member: member, cursor: cursor)
        }
        func saveDraft(resolutionID: String, text: String, cursor: Int, member: String) throws {
            if diskFull { throw StoreError("writing to the papers store failed: the disk is full", kind: .diskFull) }
            try store.saveDraft(resolutionID: resolutionID, text: text, cursor: cursor, member: member)
        }
        func closeDraft(meetingID: String, member: String) throws { try store.closeDraft(meetingID: meetingID, member: member) }
        func keepDraftAlive(resolutionID: String) throws { try store.keepDraftAlive(resolutionID: resolutionID) }
        func save(_ action: MeetingAction, by member: String?) throws { try store.save(action, by: member) }
        func deleteAction(id: String) throws { try store.deleteAction(id: id) }
        func record(_ step: CourseEvent.Kind, meetingID: String, now: Int, member: String?) throws {
            try store.record(step, meetingID: meetingID, now: now, member: member)
        }
        func record(_ movement: Attendance.Movement, of person: String, meetingID: String) throws {
            try store.record(movement, of: person, meetingID: meetingID)
        }
        func save(_ resolution: Resolution, by member: String?) throws { try store.save(resolution, by: member) }
        func secureJournal() throws -> Bool { try store.secureJournal() }
        func deleteResolution(id: String, by member: String?) throws { try store.deleteResolution(id: id, by: member) }
    }

    @Test func typingAWordSearchesOnceForTheWholeWord() throws {
        let folder = TemporaryFolder()
        let store = CountingStore(try SampleStore.make(in: folder))
        let keys: [FakeTerminal.Step] = [.key(.character("/"))] + "libraries".map { .key(.character($0)) } + [.quiet, .key(.escape), .key(.character("Q"))]
        let terminal = FakeTerminal(width: 100, height: 30, keys)
        AppRunner(terminal: terminal, store: store, notes: nil).run(AppState(width: 100, height: 30, today: CalendarDate(iso: "2026-11-22")!))
        #expect(store.searches == ["libraries"])
    }

    /// Keys the full disk refused are written by themselves once it has room: the editor offers
    /// the whole text again whenever no key comes, and stops saying NOT SAVED when it is stored.
    @Test func unsavedKeysAreWrittenWhenTheDiskHasRoomWithoutAnotherKey() throws {
        let folder = TemporaryFolder()
        let store = CountingStore(try SampleStore.make(in: folder))
        let resolution = try store.startResolution(itemID: "cabinet-2026-12-08-item-5", member: "Cllr Joan Hale", now: Date())
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: "2026-12-08")!, member: "Cllr Joan Hale")
        state.open(ResolutionEditorScreen(resolution: resolution, meetingID: "cabinet-2026-12-08", itemHeading: "5. Customer", cursor: 0))
        store.diskFull = true
        for character in "That" { AppRunner.perform(state.update(.key(.character(character))), on: &state, store: store) }
        #expect((state.current as? ResolutionEditorScreen)?.unsaved == true)
        AppRunner.perform(state.update(.idle), on: &state, store: store)
        #expect((state.current as? ResolutionEditorScreen)?.unsaved == true)
        store.diskFull = false
        AppRunner.perform(state.update(.idle), on: &state, store: store)
        #expect((state.current as? ResolutionEditorScreen)?.unsaved == false)
        #expect(try store.store.liveMeeting(id: "cabinet-2026-12-08", member: nil).resolutions.values.joined()
            .first { $0.id == resolution.id }?.text == "That")
    }

    /// A key typed while a search runs stops it and is taken at once: the member goes on typing,
    /// the stopped search says nothing, and the new one answers.
    @Test func aKeyTypedDuringASearchStopsIt() throws {
        let folder = TemporaryFolder()
        let store = CountingStore(try SampleStore.make(in: folder))
        store.blocking = "l"
        let keys: [FakeTerminal.Step] = [.key(.character("/")), .key(.character("l")), .quiet, .quiet, .key(.character("i"))]
            + Array(repeating: .quiet, count: 200) + [.key(.escape), .key(.character("Q"))]  // 2 ms each while it searches
        let terminal = FakeTerminal(width: 100, height: 30, keys)
        AppRunner(terminal: terminal, store: store, notes: nil).run(AppState(width: 100, height: 30, today: CalendarDate(iso: "2026-11-22")!))
        #expect(store.searches == ["l", "li"])
        #expect(store.interrupted == 1)
        let searching = terminal.frames.map(\.text).filter { $0.contains("Scrutiny › Search") }
        #expect(searching.last?.contains("Digital") == true || searching.last?.contains("result") == true, "\(searching.last ?? "")")
        #expect(!terminal.frames.contains { $0.text.contains("interrupted") })
    }
}

/// A paste into the chair's resolution editor arrives as keys already waiting: they are handled
/// as one burst, saved once and drawn once, and the store holds all of it.
@Suite struct PasteBurstTests {
    let folder = TemporaryFolder()

    /// Text in bracketed-paste marks is typed into the editor, its line break a new line, and
    /// saved once; pasted on the console it is left out, not taken as commands.
    @Test func aBracketedPasteIsTextInTheEditorAndLeftOutElsewhere() throws {
        let store = try SampleStore.make(in: folder)
        let pasted = "That the report\nbe noted."
        func paste(_ text: String) -> [FakeTerminal.Step] {
            [.key(.pasteStart)] + text.map { FakeTerminal.Step.key($0 == "\n" ? .enter : .character($0)) } + [.key(.pasteEnd), .quiet]
        }
        let terminal = FakeTerminal(width: 100, height: 30, [.quiet] + paste("nrx") + [.key(.character("n")), .quiet, .key(.character("r")), .quiet,
                                    .key(.character("y")), .quiet] + paste(pasted) + [.signal])
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: "2027-01-19")!, member: "Cllr Priya Shah")
        let opening = state.openLive("resources-scrutiny-2027-01-19")
        AppRunner(terminal: terminal, store: store, notes: nil).run(state, opening: opening)
        #expect(try store.scalar("SELECT group_concat(text, '|') FROM resolution WHERE live = 1") == pasted)
        #expect(try store.scalar("SELECT current_item_id FROM live_meeting") == "resources-scrutiny-2027-01-19-item-4")
        #expect(terminal.frames.contains { $0.text.contains("Pasted text is typed only into a text field") })
    }

    @Test func aPastedResolutionIsSavedAndDrawnOnceAndKeptWhole() throws {
        let store = try SampleStore.make(in: folder)
        let pasted = String(repeating: "That the Committee notes the report. ", count: 6)
        let terminal = FakeTerminal(width: 100, height: 30, [.quiet, .key(.character("n")), .quiet, .key(.character("r")), .quiet, .key(.character("y")), .quiet]
                                    + pasted.map { FakeTerminal.Step.key(.character($0)) } + [.quiet, .signal])
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: "2027-01-19")!, member: "Cllr Priya Shah")
        let opening = state.openLive("resources-scrutiny-2027-01-19")
        let before = terminal.frames.count
        AppRunner(terminal: terminal, store: store, notes: nil).run(state, opening: opening)
        #expect(terminal.frames.count - before < 12, "\(terminal.frames.count) frames for a paste of \(pasted.count) keys")
        #expect(terminal.screen.contains("That the Committee notes the report."))
        let saved = try #require(try store.scalar("SELECT text FROM resolution WHERE live = 1"))
        #expect(saved == pasted)
    }

    @Test func onlyTheLastSaveOfEachKindIsKept() {
        let effects: [Effect] = [.saveDraft(resolutionID: "r", text: "a", cursor: 1), .loadFlags,
                                 .saveDraft(resolutionID: "r", text: "ab", cursor: 2), .closeDraft(meetingID: "m")]
        #expect(AppRunner.lastOfEach(effects) == [.loadFlags, .saveDraft(resolutionID: "r", text: "ab", cursor: 2), .closeDraft(meetingID: "m")])
    }
}
