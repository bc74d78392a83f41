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
        var first = try store.addRecommendation(Recommendation(
            id: "", reference: "", committeeID: "resources-scrutiny", resolutionID: "resources-scrutiny-2025-06-10-item-5-res2",
            text: "That a full equality impact assessment of the Digital Strategy be reported to the Committee.", addressee: "Cabinet",
            agreed: day("2025-06-10"), leadOfficer: "Head of Digital Services"), today: today)
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
        #expect(text.contains("> RDSC (25/26) 01 · responded · to Cabinet · AMBER (acceptable progress)"))
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
