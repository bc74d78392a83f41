import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// The recommendations tracker (`R`): each recommendation's status as of today and its rating
/// in words, narrowed by `f`, and a recommendation's whole history on Enter.
@Suite struct TrackerScreenTests {
    let folder = TemporaryFolder()
    let store: PapersStore

    init() throws {
        store = try SampleStore.make(in: folder)
        func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
        let today = day("2025-09-01")
        var made = try store.proposal(resolutionID: "resources-scrutiny-2025-06-10-item-5-res2").draft(addressee: "Cabinet")
        made.text = "That a full equality impact assessment of the Digital Strategy be reported to the Committee."
        made.leadOfficer = "Head of Digital Services"
        var first = try store.addRecommendation(made, today: today)
        first = try store.sendRecommendation(first.id, on: day("2025-06-16"))
        _ = try store.respond(to: first.id, with: RecommendationResponse(received: day("2025-07-22"), responder: "Cabinet",
                                                                         decision: .partiallyAccepted, reason: "In the spring."))
        _ = try store.addUpdate(ProgressUpdate(date: day("2025-08-20"), text: "Consultation under way.", rating: .amber, assessment: .onTrack),
                                to: first.id)
        let second = try store.addRecommendation(Recommendation(
            id: "", reference: "", committeeID: "resources-scrutiny", text: "That assisted digital support be offered in every library.",
            addressee: "Cabinet", agreed: day("2025-06-10")), today: today)
        _ = try store.sendRecommendation(second.id, on: day("2025-06-16"))
        _ = try store.addRecommendation(Recommendation(id: "", reference: "", committeeID: "resources-scrutiny",
                                                       text: "That the council's cyber insurance be reviewed.", addressee: "Audit and Governance Committee",
                                                       agreed: day("2025-06-10")), today: today)
    }

    func session(_ keys: [Key], width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(width: width, height: height, today: CalendarDate(iso: "2025-09-01")!)
        AppRunner.perform([.loadMeetings], on: &state, store: store)
        for key in [Key.character("R")] + keys { AppRunner.perform(state.update(.key(key)), on: &state, store: store) }
        return state
    }

    @Test func theTrackerSaysWhereEachStandsInWords() throws {
        for (width, height) in ScreenTests.sizes {
            let state = session([], width: width, height: height)
            #expect(state.unmarkedHints.isEmpty)
            var buffer = ScreenBuffer(width: width, height: height)
            state.render(into: &buffer)
            #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "tracker-\(width)x\(height)", in: Snapshot.folder()) == nil)
        }
        let text = session([]).current.describe(session([])).joined(separator: "\n")
        #expect(text.contains("> RDSC (25/26) 01 · responded · AMBER (acceptable progress) · to Cabinet · review by Thu 19 Feb 2026"))
        #expect(text.contains("RDSC (25/26) 02 · RESPONSE OVERDUE (due Fri 15 Aug 2025) · to Cabinet"))
        #expect(text.contains("RDSC (25/26) 03 · not yet sent · to Audit and Governance Committee"))
    }

    @Test func fNarrowsAndEnterOpensTheWholeHistory() throws {
        var state = session([.character("f")])
        #expect(state.current.describe(state).first == "Recommendations awaiting response: 0")
        state = session([.character("f"), .character("f")])
        #expect(state.current.describe(state).prefix(2) == ["Recommendations response overdue: 1",
                                                            "> RDSC (25/26) 02 · RESPONSE OVERDUE (due Fri 15 Aug 2025) · to Cabinet. "
                                                            + "That assisted digital support be offered in every library."])
        state = session([.enter])
        let page = state.current.describe(state)
        #expect(page.first == "RDSC (25/26) 01 — Resources and Digital Scrutiny Committee to Cabinet")
        #expect(page.contains("Sent Mon 16 Jun 2025; response due by Fri 15 Aug 2025 (2 months)"))
        #expect(page.contains("Response Tue 22 Jul 2025 from Cabinet: partially accepted — In the spring."))
        #expect(page.contains("Wed 20 Aug 2025: Consultation under way. [AMBER (acceptable progress); 2 on track]"))
    }
}

extension TrackerScreenTests {
    /// The meetings list says, beside a committee, how many responses to its recommendations are late.
    @Test func theMeetingsListCountsLateResponses() throws {
        var state = AppState(width: 80, height: 24, today: CalendarDate(iso: "2025-09-01")!)
        AppRunner.perform([.loadMeetings, .loadRecommendations], on: &state, store: store)
        let text = state.current.describe(state)
        #expect(text.contains("Committee: Resources and Digital Scrutiny Committee (1 response overdue)"))
        #expect(text.contains("Committee: Cabinet"))
        var buffer = ScreenBuffer(width: 80, height: 24)
        state.render(into: &buffer)
        #expect(buffer.text.contains("Resources and Digital Scrutiny Committee · 1 response overdue"))
    }
}

extension TrackerScreenTests {
    /// `c`, `a` and `y` narrow to one committee, addressee and year, each in turn and back to all;
    /// `f` reaches those due for review.
    @Test func theTrackerNarrowsByAddresseeYearAndReview() throws {
        var state = session([.character("a")])
        #expect(state.current.describe(state).first == "Recommendations still followed (not signed off) · to Cabinet: 2")
        state = session([.character("a"), .character("a")])
        #expect(state.current.describe(state).first == "Recommendations still followed (not signed off) · to Audit and Governance Committee: 1")
        state = session([.character("a"), .character("a"), .character("a"), .character("y"), .character("c")])
        #expect(state.current.describe(state).first
                == "Recommendations still followed (not signed off) · Resources and Digital Scrutiny Committee · 25/26: 3")
        state = session([.character("y"), .character("y")])
        #expect(state.current.describe(state).first == "Recommendations still followed (not signed off): 3")
        state = session(Array(repeating: .character("f"), count: 3))
        #expect(state.current.describe(state).first == "Recommendations due for review: 0")
    }

    /// `s` asks, then records the day sent as today: the clock starts.
    @Test func sRecordsTheDaySentAfterAsking() throws {
        var state = session([.down, .down, .character("s")])
        guard case .confirm(let asked) = state.overlay else { Issue.record("no question"); return }
        #expect(asked.dialog.message.contains("the response is then due by Fri 31 Oct 2025 (2 months)"))
        AppRunner.perform(state.update(.key(.character("y"))), on: &state, store: store)
        #expect(state.notice == "RDSC (25/26) 03: Sent Mon 1 Sep 2025; response due by Fri 31 Oct 2025 (2 months).")
        #expect(state.current.describe(state).contains { $0.hasPrefix("> RDSC (25/26) 03 · awaiting response (due Fri 31 Oct 2025)") })
        state = session([.down, .character("s")])
        #expect(state.overlay == nil && state.notice?.hasPrefix("RDSC (25/26) 02 was sent Mon 16 Jun 2025") == true)
    }

    /// `P` lists resolutions that read as recommendations; `r` records one after asking, `d`
    /// sets one aside, and neither is offered again.
    @Test func proposedResolutionsAreRecordedOrSetAside() throws {
        var state = session([.character("P")])
        let offered = state.current.describe(state)
        #expect(offered.first == "Resolutions that read as recommendations: 1")
        #expect(offered.contains { $0.hasPrefix("> Resources and Digital Scrutiny Committee, Tue 13 Oct 2026 · to Cabinet. That the Committee recommends") })
        AppRunner.perform(state.update(.key(.character("r"))), on: &state, store: store)
        AppRunner.perform(state.update(.key(.character("y"))), on: &state, store: store)
        #expect(state.notice == "Recorded RDSC (26/27) 01 to Cabinet; s on it in the tracker says it was sent.")
        #expect(state.current.describe(state).first == "Resolutions that read as recommendations: 0")
        let made = try #require(try store.recommendations(committeeID: "resources-scrutiny").last)
        #expect(made.resolutionID == "resources-scrutiny-2026-10-13-item-6-res2" && made.agreed == CalendarDate(iso: "2026-10-13"))
        AppRunner.perform(state.update(.key(.escape)), on: &state, store: store)
        #expect(state.current.describe(state).first == "Recommendations still followed (not signed off): 4")
    }
}

extension TrackerScreenTests {
    /// The item that made a recommendation carries REC on its agenda row, and its page says,
    /// under the resolution, which recommendation it became and where it stands.
    @Test func theItemAndResolutionThatMadeARecommendationAreMarked() throws {
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: "2025-09-01")!)
        AppRunner.perform(state.openMeeting("resources-scrutiny-2025-06-10"), on: &state, store: store)
        var buffer = ScreenBuffer(width: 100, height: 30)
        state.render(into: &buffer)
        #expect(buffer.text.contains("KEY 3Q 2R REC"))
        AppRunner.perform(state.openItem("resources-scrutiny-2025-06-10-item-5"), on: &state, store: store)
        let page = state.current.describe(state).joined(separator: "\n")
        #expect(page.contains("→ Recommendation RDSC (25/26) 01 to Cabinet: partially accepted (R: the tracker)"))
    }
}

extension TrackerScreenTests {
    /// The Upcoming calendar shows, between the meetings, the call-in periods ending and the
    /// responses falling due, each on its day; narrowed to a committee, the meetings alone.
    @Test func theCalendarJoinsCallInDeadlinesAndResponsesDue() throws {
        var made = try store.addRecommendation(Recommendation(id: "", reference: "", committeeID: "resources-scrutiny",
                                                              text: "That the digital champions scheme be extended.", addressee: "Cabinet",
                                                              agreed: CalendarDate(iso: "2026-10-13")), today: CalendarDate(iso: "2026-11-22")!)
        made = try store.sendRecommendation(made.id, on: CalendarDate(iso: "2026-11-20")!)
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: "2026-11-22")!)
        AppRunner.perform([.loadMeetings, .loadRecommendations, .loadDeadlines], on: &state, store: store)
        AppRunner.perform(state.update(.key(.character("u"))), on: &state, store: store)
        let calendar = state.current.describe(state)
        let callIn = try #require(calendar.firstIndex { $0.hasPrefix("  Tue 15 Dec 2026") && $0.contains("17:00  call-in ends · Cabinet: 5. Customer Access") })
        let meeting = try #require(calendar.firstIndex { $0.contains("Tue 8 Dec 2026") && $0.contains("Cabinet") })
        #expect(meeting < callIn)
        #expect(calendar.contains { $0.contains("Tue 19 Jan 2027") && $0.contains("response due · RDSC (26/27) 01 to Cabinet") })
        var buffer = ScreenBuffer(width: 100, height: 30)
        state.render(into: &buffer)
        #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "calendar-deadlines-100x30", in: Snapshot.folder()) == nil)
    }
}
