import Foundation
import ScrutinyFormats
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// An action stays on the committee's agenda as a matter arising at each later meeting until it
/// is done, flagged when overdue; the record, the minutes and the command line say so.
@Suite struct MattersArisingTests {
    let folder = TemporaryFolder()

    func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test func actionsAreCarriedToLaterMeetingsUntilDone() throws {
        let store = try SampleStore.make(in: folder)
        let october = "resources-scrutiny-2026-10-13", january = "resources-scrutiny-2027-01-19"
        try store.save(MeetingAction(id: "grants1", meetingID: october, itemID: "\(october)-item-6", text: "Circulate each group's figures",
                                     owner: "Head of Customer Services", due: day("2026-11-30")), by: "Cllr Priya Shah")
        try store.save(MeetingAction(id: "early1", meetingID: "resources-scrutiny-2026-02-24", itemID: nil, text: "Share the risk register",
                                     owner: "the clerk", due: day("2026-03-31")), by: "Cllr Priya Shah")
        try store.save(MeetingAction(id: "other1", meetingID: "cabinet-2026-12-08", itemID: nil, text: "Cabinet's own", owner: "Leader"),
                       by: nil)
        // Done on 20 April, before the committee next met in October: carried to no meeting.
        try store.markAction("early1", done: true)
        try store.write { db in try db.execute(sql: "UPDATE meeting_action SET done_at = '2026-04-20T10:00:00Z' WHERE id = 'early1'") }

        let arising = try store.meeting(id: january).mattersArising
        #expect(arising.map(\.action.id) == ["grants1"])
        #expect(try store.meeting(id: october).mattersArising.isEmpty)
        #expect(try store.meeting(id: "resources-scrutiny-2026-02-24").mattersArising.isEmpty)
        #expect(!(try store.meeting(id: "cabinet-2026-12-08").mattersArising.contains { $0.action.id != "other1" }))

        // Before its due day it is open; after it, overdue — as of today for a meeting still to come.
        let detail = try store.meeting(id: january)
        #expect(detail.record(today: day("2026-11-22")).last?.title == "Matters arising: 1 from earlier meetings")
        let late = try #require(detail.record(today: day("2026-12-05")).last)
        #expect(late.title == "Matters arising: 1 from earlier meetings, 1 overdue")
        #expect(late.lines == ["Tue 13 Oct 2026, 6. Grants to digital inclusion partners: Circulate each group's figures — "
                               + "Head of Customer Services, by Mon 30 Nov 2026: OVERDUE (due Mon 30 Nov 2026)"])

        // The minutes of the later meeting give it as it stood that day; once done, it is no longer carried.
        let minutes = MinutesDraft(meeting: detail, items: []).markdown
        #expect(minutes.contains("## Matters arising\n\n- Tue 13 Oct 2026, 6. Grants to digital inclusion partners: Circulate each group's figures"))
        #expect(minutes.contains(": OVERDUE (due Mon 30 Nov 2026)"))
        try store.markAction("grants1", done: true)
        try store.write { db in try db.execute(sql: "UPDATE meeting_action SET done_at = '2026-12-01T09:00:00Z' WHERE id = 'grants1'") }
        #expect(try store.meeting(id: january).mattersArising.isEmpty)
    }

    @Test func anActionDoneAfterAMeetingWasStillArisingAtIt() throws {
        let store = try SampleStore.make(in: folder)
        try store.save(MeetingAction(id: "early1", meetingID: "resources-scrutiny-2025-06-10", itemID: nil, text: "Share the risk register",
                                     owner: "the clerk", due: day("2025-07-31")), by: nil)
        try store.markAction("early1", done: true)
        try store.write { db in try db.execute(sql: "UPDATE meeting_action SET done_at = '2026-03-02T10:00:00Z' WHERE id = 'early1'") }
        let february = try store.meeting(id: "resources-scrutiny-2026-02-24")
        #expect(february.mattersArising.map { $0.action.standing(on: day("2026-02-24")) }
                == ["OVERDUE (due Thu 31 Jul 2025); done since Mon 2 Mar 2026"])
        #expect(try store.meeting(id: "resources-scrutiny-2026-10-13").mattersArising.isEmpty)
    }
}
