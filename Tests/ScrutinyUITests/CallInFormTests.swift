import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// `C` on a decision's page calls it in: a refusal (too few signatures of the right members) is
/// read in the form beside what was typed; once taken, the page, the badge and the calendar say
/// "called in"; `C` again records the committee's hearing of it and its outcome.
@Suite struct CallInFormTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let decision = "cabinet-2025-06-24-item-7"

    init() throws { store = try SampleStore.make(in: folder) }

    func open(today: String, width: Int = 100, height: Int = 30) -> AppState {
        var state = AppState(width: width, height: height, today: CalendarDate(iso: today)!)
        AppRunner.perform([.loadMeetings], on: &state, store: store)
        state.open(ItemScreen(itemID: decision))
        AppRunner.perform([.loadItem(decision)], on: &state, store: store)
        return state
    }

    func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { AppRunner.perform(state.update(.key(key)), on: &state, store: store) }
    }

    func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func aCallInIsRefusedWithWhatIsMissingThenTakenAndHeard() throws {
        var state = open(today: "2025-06-26")
        press([.character("C")] + typed("Priya Shah, Ravi Patel") + [.tab, .right, .right, .enter], &state)
        let refused = state.current.describe(state)
        #expect(refused.first == "Call in — 7. Digital Strategy 2025–2030")
        #expect(refused.contains("  Signed by: Priya Shah, Ravi Patel") && refused.contains("> Grounds: inadequate consultation"))
        #expect(refused.last == "Error: The council's rules need the chair and two other members of the committee; this request needs 2 more members "
                + "of it. Cllr Ravi Patel does not count: not a member of Resources and Digital Scrutiny Committee.")
        var buffer = ScreenBuffer(width: 100, height: 30)
        state.render(into: &buffer)
        #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "call-in-refused-100x30", in: Snapshot.folder()) == nil)

        press([.tab, .tab, .tab, .control("u")] + typed("Priya Shah, Helen Marsh, Sam Ortiz") + [.enter], &state)
        #expect(state.current is ItemScreen)
        #expect(state.notice == "Called in, to be heard by Thu 10 Jul 2025. Implementation is suspended.")
        buffer = ScreenBuffer(width: 100, height: 30)
        state.render(into: &buffer)
        #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "call-in-item-100x30", in: Snapshot.folder()) == nil)
        press([.escape], &state)
        state.open(AgendaScreen(meetingID: "cabinet-2025-06-24"))
        AppRunner.perform([.loadMeeting("cabinet-2025-06-24")], on: &state, store: store)
        #expect(state.current.describe(state).contains { $0.contains("7. Digital Strategy 2025–2030") && $0.contains("CALLED IN: hearing by 10 Jul") })
        buffer = ScreenBuffer(width: 100, height: 30)
        state.render(into: &buffer)
        #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "call-in-agenda-100x30", in: Snapshot.folder()) == nil)

        // The committee heard it on 13 October 2026 (the meetings since the call-in are offered) and referred it back.
        state = open(today: "2026-10-14")
        press([.character("C")], &state)
        #expect(state.current.describe(state).contains("> Heard at: Tue 24 Feb 2026, held"))
        press([.right, .tab, .right] + [.enter], &state)
        #expect(state.notice == "Call-in heard: REFERRED BACK: reconsider by 27 Oct.")
        let page = state.current.describe(state).joined(separator: " ")
        #expect(page.contains("heard by Resources and Digital Scrutiny Committee on Tue 13 Oct 2026 (later than the rules allow: by Thu 10 Jul 2025): "
                              + "referred back to the decision-maker, to reconsider by Tue 27 Oct 2026."), "\(page)")
    }

    @Test func aDecisionNotOpenToCallInSaysSo() throws {
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: "2025-06-26")!)
        state.open(ItemScreen(itemID: "resources-scrutiny-2025-06-10-item-5"))
        AppRunner.perform([.loadItem("resources-scrutiny-2025-06-10-item-5")], on: &state, store: store)
        press([.character("C")], &state)
        #expect(state.current is ItemScreen && state.notice == "This item is not a decision subject to call-in.")
    }
}
