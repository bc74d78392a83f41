import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// `W` shows the work programme of the committee shown or selected, in the order of the meetings
/// its topics are planned for, each scored against the committee's criteria (one below the
/// cut-off marked); `s` moves a topic on, Enter opens it whole, and the calendar shows it.
@Suite struct ProgrammeScreenTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let today = CalendarDate(iso: "2026-09-01")!

    init() throws {
        store = try SampleStore.make(in: folder)
        let year = MunicipalYear(containing: today)
        var inclusion = ProgrammeTopic(committeeID: "resources-scrutiny", year: year, title: "Digital inclusion: support for residents offline",
                                       source: "member suggestion", targetMeetingID: "resources-scrutiny-2026-10-13", lead: "Nadia Farouk")
        inclusion.scores = ["public interest": 2, "impact on residents": 2, "council priority": 1, "poor performance": 1, "timeliness": 2]
        _ = try store.addTopic(inclusion)
        var cyber = ProgrammeTopic(committeeID: "resources-scrutiny", year: year, title: "Cyber security resilience",
                                   source: "Audit and Governance Committee", targetMeetingID: "resources-scrutiny-2027-01-19")
        cyber.scores = ["public interest": 0, "impact on residents": 1, "council priority": 2, "poor performance": 1, "timeliness": 1]
        _ = try store.addTopic(cyber)
        let review = ProgrammeTopic.Review(terms: "To review the reach and reliability of library Wi-Fi.", members: ["Cllr Helen Marsh", "Cllr Sam Ortiz"],
                                           reportDue: CalendarDate(iso: "2027-01-19"),
                                           sessions: [.init(day: CalendarDate(iso: "2026-09-15")!, witnesses: ["Dana Whitfield"], notes: "Outages cluster at two branches.")])
        _ = try store.addTopic(ProgrammeTopic(committeeID: "resources-scrutiny", year: year, title: "Library Wi-Fi review", review: review))
    }

    /// The meetings list with the scrutiny committee's October meeting selected, then `W` and `keys`.
    func session(_ keys: [Key], width: Int = 100, height: Int = 30) -> AppState {
        var state = AppState(width: width, height: height, today: today)
        AppRunner.perform([.loadMeetings, .loadDeadlines], on: &state, store: store)
        state.open(AgendaScreen(meetingID: "resources-scrutiny-2026-10-13"))
        AppRunner.perform([.loadMeeting("resources-scrutiny-2026-10-13")], on: &state, store: store)
        for key in [Key.character("W")] + keys { AppRunner.perform(state.update(.key(key)), on: &state, store: store) }
        return state
    }

    @Test func theProgrammeRunsMeetingByMeeting() throws {
        for (width, height) in ScreenTests.sizes {
            let state = session([], width: width, height: height)
            #expect(state.unmarkedHints.isEmpty)
            var buffer = ScreenBuffer(width: width, height: height)
            state.render(into: &buffer)
            #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "programme-\(width)x\(height)", in: Snapshot.folder()) == nil)
        }
        let lines = session([]).current.describe(session([]))
        #expect(lines == [
            "Work programme · Resources and Digital Scrutiny Committee · 26/27: 3",
            "> RDSC WP 26/27 01 · planned for Tue 13 Oct 2026 · 8 of 10 (cut-off 6) · lead Nadia Farouk. Digital inclusion: support for residents offline",
            "  RDSC WP 26/27 02 · planned for Tue 19 Jan 2027 · 5 of 10: below the cut-off of 6. Cyber security resilience",
            "  RDSC WP 26/27 03 · proposed · review, 1 evidence session. Library Wi-Fi review",
        ])
    }

    @Test func sMovesATopicOnAndEnterOpensIt() throws {
        var state = session([.character("s")])
        #expect(state.notice == "RDSC WP 26/27 01 is now heard.")
        #expect(try store.topic("RDSC WP 26/27 01").status == .heard)
        state = session([.down, .down, .enter])
        let topic = state.current.describe(state)
        #expect(topic.first == "RDSC WP 26/27 03 — Library Wi-Fi review")
        #expect(topic.contains("Evidence session Tue 15 Sep 2026, heard Dana Whitfield: Outages cluster at two branches."))
        #expect(topic.contains("Final report: not yet presented"))
        var buffer = ScreenBuffer(width: 100, height: 30)
        state.render(into: &buffer)
        #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "programme-topic-100x30", in: Snapshot.folder()) == nil)
    }

    @Test func theCalendarShowsTopicsOnTheirMeetingsDays() throws {
        var state = AppState(width: 100, height: 30, today: today)
        AppRunner.perform([.loadMeetings, .loadRecommendations, .loadDeadlines], on: &state, store: store)
        AppRunner.perform(state.update(.key(.character("u"))), on: &state, store: store)
        let calendar = state.current.describe(state)
        let meeting = try #require(calendar.firstIndex { $0.contains("Tue 19 Jan 2027") && $0.contains("Resources and Digital Scrutiny Committee") })
        let topic = try #require(calendar.firstIndex { $0.contains("Tue 19 Jan 2027") && $0.contains("work programme · RDSC WP 26/27 02: Cyber security") })
        #expect(meeting < topic)
        var buffer = ScreenBuffer(width: 100, height: 30)
        state.render(into: &buffer)
        #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "calendar-programme-100x30", in: Snapshot.folder()) == nil)
    }
}
