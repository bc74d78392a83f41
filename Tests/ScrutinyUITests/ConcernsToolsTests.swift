import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// A note read in full, the concerns view narrowed by words and dates, and its report written
/// from the UI in the formats of `notes export`.
@Suite struct ConcernsToolsTests {
    let notes: NotesScreenTests

    init() throws {
        notes = try NotesScreenTests()
    }

    func session(_ keys: [Key]) -> AppState {
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: "2026-11-22")!, member: notes.priya.member)
        state.exportFolder = notes.folder.path
        AppRunner.perform([.loadMeetings, .loadFlags], on: &state, store: notes.store, notes: notes.priya)
        for key in keys { AppRunner.perform(state.update(.key(key)), on: &state, store: notes.store, notes: notes.priya) }
        return state
    }

    @Test func vReadsTheWholeNote() throws {
        let state = session(notes.toItem + [.tab, .down, .character("v")])
        let read = try #require(state.current as? NoteReadScreen)
        let text = read.describe(state)
        #expect(text.first == "Note on ¶1 of Customer Access Strategy 2027–2030")
        #expect(text.contains("No equality impact assessment for residents without internet — what about the six libraries?"))
        #expect(text.contains { $0.contains("digital exclusion, equality impact") && $0.contains("follow up") })
    }

    @Test func typedWordsAndDatesNarrowTheConcerns() throws {
        let all = session([.character("F")])
        let count = try #require(all.current as? ConcernsScreen).filtered.count
        let libraries = session([.character("F"), .character("t")] + notes.typing("librar") + [.enter])
        let narrowed = try #require(libraries.current as? ConcernsScreen)
        #expect(narrowed.filtered.map(\.note.text) == ["No equality impact assessment for residents without internet — what about the six libraries?"])
        #expect(narrowed.filtered.count < count)
        let later = try #require(session([.character("F"), .character("t")] + notes.typing("from:2027") + [.enter]).current as? ConcernsScreen)
        #expect(later.filtered.isEmpty)
        let bad = try #require(session([.character("F"), .character("t")] + notes.typing("from:soon")).current as? ConcernsScreen)
        #expect(bad.textFilter.problem?.contains("from: takes a date") == true)
        let cleared = session([.character("F"), .character("t")] + notes.typing("librar") + [.enter, .escape])
        #expect(try #require(cleared.current as? ConcernsScreen).filtered.count == count)
    }

    @Test func theReportIsWrittenFromTheUIInEachFormat() throws {
        for (choice, format) in ConcernsReport.Format.allCases.enumerated() {
            let state = session([.character("F"), .character("E")] + Array(repeating: Key.right, count: choice) + [.enter])
            let path = notes.folder.file("concerns-cllr-priya-shah-2026-11-22.\(format.rawValue)")
            #expect(state.notice == "Concerns report of 3 notes written to \(path).")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("call-back pilot"))
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        }
        // A second report beside the first never replaces it.
        let again = session([.character("F"), .character("E"), .enter])
        #expect(again.notice?.hasSuffix("concerns-cllr-priya-shah-2026-11-22-2.md.") == true)
    }
}
