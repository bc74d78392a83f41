import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
@testable import ScrutinyUI

/// The UI's effects run against narrow store protocols, so a fake can stand in: here one
/// whose every call fails as a busy store would. Every effect must end as a notice on the
/// screen, whatever screen asked for it — none may stop the program.
@Suite struct FakeStoreTests {
    /// Fails every call with one error: by default the store's "busy".
    final class FailingStore: PapersReading, LiveRecording, RecommendationKeeping, NotesKeeping {
        let error: StoreError
        init(_ error: StoreError = StoreError("reading the papers store failed: another process is using the store", kind: .busy)) {
            self.error = error
        }
        func meetings() throws -> [MeetingListing] { throw error }
        func meeting(id: String) throws -> MeetingDetail { throw error }
        func item(id: String) throws -> ItemDetail { throw error }
        func search(_ text: String, limit: Int, asYouType: Bool) throws -> [SearchHit] { throw error }
        func interruptSearch() {}
        func flags(includingRetired: Bool) throws -> [Flag] { throw error }
        func recommendations(committeeID: String?) throws -> [Recommendation] { throw error }
        func committeeNames() throws -> [String: String] { throw error }
        func deadlines(from today: CalendarDate) throws -> [Deadline] { throw error }
        func recommendationProposals() throws -> [RecommendationProposal] { throw error }
        func addRecommendation(_ draft: Recommendation, today: CalendarDate) throws -> Recommendation { throw error }
        func dismissProposal(resolutionID: String) throws { throw error }
        func sendRecommendation(_ key: String, on day: CalendarDate) throws -> Recommendation { throw error }
        func callIn(_ draft: CallInRequest) throws -> CallInRequest { throw error }
        func updateTopic(_ changed: ProgrammeTopic) throws -> ProgrammeTopic { throw error }
        func topics(committeeID: String?, year: MunicipalYear?) throws -> [ProgrammeTopic] { throw error }
        func programmeCriteria(committeeID: String) throws -> ProgrammeCriteria? { throw error }
        func hearCallIn(itemID: String, at meetingID: String, outcome: CallInRequest.Outcome, note: String?) throws -> CallInRequest { throw error }
        func changeCount() throws -> Int { throw error }
        func liveMeeting(id: String, member: String?) throws -> LiveMeeting { throw error }
        func takeUp(itemID: String?, meetingID: String, now: Int) throws { throw error }
        func record(_ attendance: Attendance) throws { throw error }
        func record(_ declaration: Declaration) throws { throw error }
        func deleteDeclaration(id: String) throws { throw error }
        func startResolution(itemID: String, member: String, now: Date) throws -> Resolution { throw error }
        func openDraft(resolutionID: String, member: String, cursor: Int) throws { throw error }
        func saveDraft(resolutionID: String, text: String, cursor: Int, member: String) throws { throw error }
        func closeDraft(meetingID: String, member: String) throws { throw error }
        func keepDraftAlive(resolutionID: String) throws { throw error }
        func save(_ action: MeetingAction, by member: String?) throws { throw error }
        func deleteAction(id: String) throws { throw error }
        func record(_ step: CourseEvent.Kind, meetingID: String, now: Int, member: String?) throws { throw error }
        func record(_ movement: Attendance.Movement, of person: String, meetingID: String) throws { throw error }
        func save(_ resolution: Resolution, by member: String?) throws { throw error }
        func secureJournal() throws -> Bool { throw error }
        func deleteResolution(id: String, by member: String?) throws { throw error }
        func noteCounts(meetingID: String) throws -> [String: Int] { throw error }
        func meetingNoteCounts(of meetingIDs: [String]?) throws -> [String: Int] { throw error }
        func searchAll(_ text: String, limit: Int, asYouType: Bool) throws -> [SearchHit] { throw error }
        func listings(_ filter: NoteFilter) throws -> [NoteListing] { throw error }
        func newsReport(today: CalendarDate, after: Int64?, foundSince: Int?) throws -> (report: NewsReport, after: Int64) { throw error }
        func markRead(_ ids: [Int64]?) throws { throw error }
        func note(id: String) throws -> Note? { throw error }
        func ownNote(on target: NoteTarget) throws -> Note? { throw error }
        func save(_ changed: Note) throws -> Note { throw error }
        func add(on target: NoteTarget, text: String, flags: [String], priority: Int, status: Note.Status,
                 followUp: CalendarDate?, visibility: Note.Visibility) throws -> Note { throw error }
        func delete(id: String) throws { throw error }
        func keepDraft(_ draft: NoteDraft, label: String) throws { throw error }
        func keptDraft() throws -> KeptNoteDraft? { throw error }
        func dropDraft() throws { throw error }
    }

    @Test func everyEffectOnABusyStoreEndsAsANotice() {
        let resolution = Resolution(id: "r", itemID: "i", position: 1, label: "(a)", text: "", outcome: .agreed)
        let effects: [Effect] = [
            .loadMeetings, .loadFirstMeetings(rows: 24), .loadMeeting("m"), .loadItem("i"), .loadPreview("i"), .search("libraries", generation: 1, limit: 50), .loadFlags,
            .loadNotes("i"), .loadConcerns, .saveNote(NoteDraft(target: .item("i"), text: "A note")), .deleteNote("n"),
            .keepNoteDraft(NoteDraft(target: .item("i"), text: "A no"), label: "the item"), .dropNoteDraft, .loadNoteDraft,
            .findOwnNote(NoteSpot(.item("i"), "the item")), .loadLive("m"), .takeUp(itemID: "i", meetingID: "m"),
            .recordAttendance(Attendance(meetingID: "m", person: "Cllr A", status: .present)),
            .recordDeclaration(Declaration(id: "d", meetingID: "m", itemID: nil, person: "Cllr A", kind: .otherRegistrable,
                                           detail: "", action: .remained)),
            .removeDeclaration("d", meetingID: "m"), .startResolution(itemID: "i", meetingID: "m"),
            .openDraft(resolution, meetingID: "m"), .saveDraft(resolutionID: "r", text: "T", cursor: 1),
            .saveResolution(resolution, meetingID: "m"), .removeResolution("r", meetingID: "m"), .closeDraft(meetingID: "m"),
        ]
        let store = FailingStore()
        for effect in effects {
            var state = AppState(width: 80, height: 24, today: CalendarDate(iso: "2026-12-01")!, member: "Cllr A")
            AppRunner.perform([effect], on: &state, store: store, notes: store)
            #expect(state.notice?.contains("another process is using the store") == true, "\(effect)")
        }
    }

    static let today = CalendarDate(iso: "2026-12-01")!
    static let fullDisk = StoreError("saving failed: the disk is full", kind: .diskFull)

    func typing(_ text: String, into state: inout AppState, store: FailingStore) {
        for character in text { AppRunner.perform(state.update(.key(.character(character))), on: &state, store: store, notes: store) }
    }

    /// A note saved onto a full disk: the editor stays open with every word, and the status line
    /// says the disk is full and that nothing typed is lost.
    @Test func aFullDiskKeepsTheNoteOnScreen() {
        let store = FailingStore(Self.fullDisk)
        var state = AppState(width: 80, height: 24, today: Self.today, member: "Cllr A")
        state.open(NoteEditorScreen(draft: NoteDraft(target: .item("i")), spots: [NoteSpot(.item("i"), "the item")]))
        typing("Ask about libraries", into: &state, store: store)
        AppRunner.perform(state.update(.key(.control("s"))), on: &state, store: store, notes: store)
        guard let editor = state.current as? NoteEditorScreen else { Issue.record("the editor closed on a failed save"); return }
        #expect(editor.editor.text == "Ask about libraries")
        #expect(state.notice?.contains("the disk is full") == true)
        #expect(state.notice?.contains("Nothing typed is lost") == true)
    }

    /// A keystroke of a resolution that the disk cannot take stays in the editor, and says so.
    @Test func aFullDiskKeepsTheResolutionOnScreen() {
        let store = FailingStore(Self.fullDisk)
        var state = AppState(width: 80, height: 24, today: Self.today, member: "Cllr A")
        let resolution = Resolution(id: "r", itemID: "i", position: 1, label: "(a)", text: "That", outcome: .agreed)
        state.open(ResolutionEditorScreen(resolution: resolution, meetingID: "m", itemHeading: "5. Libraries", cursor: 4))
        typing(" the", into: &state, store: store)
        guard let editor = state.current as? ResolutionEditorScreen else { Issue.record("the editor closed"); return }
        #expect(editor.editor.text == "That the")
        #expect(editor.unsaved)
        #expect(state.notice?.contains("the disk is full") == true)
        var buffer = ScreenBuffer(width: 80, height: 24)
        state.render(into: &buffer)
        #expect(buffer.text.contains("NOT SAVED"))
    }

    /// Someone else writing the resolution: the console names them.
    @Test func aConflictNamesWhoHoldsIt() {
        let store = FailingStore(StoreError("Cllr Patel is writing this resolution", kind: .conflict))
        var state = AppState(width: 80, height: 24, today: Self.today, member: "Cllr A")
        let resolution = Resolution(id: "r", itemID: "i", position: 1, label: "(a)", text: "", outcome: .agreed)
        AppRunner.perform([.openDraft(resolution, meetingID: "m")], on: &state, store: store, notes: store)
        #expect(state.notice == "Cllr Patel is writing this resolution.")
        #expect(!(state.current is ResolutionEditorScreen))
    }
}
