import Foundation
import ScrutinyFormats
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// Actions recorded at a meeting: written as typed, listed until done, in the minutes.
@Suite struct ActionTests {
    let folder = TemporaryFolder()
    let meetingID = "cabinet-2026-06-23"
    let item = "cabinet-2026-06-23-item-4"

    func store() throws -> PapersStore {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("4", "Telephony platform")]), name: "meeting.md",
                                   format: "pack", checksum: "one")
        return store
    }

    @Test func anActionIsOpenUntilMarkedDoneAndInTheMinutes() throws {
        let store = try store()
        var action = MeetingAction(id: "a1b2c3", meetingID: meetingID, itemID: item)
        try store.save(action, by: "Cllr Hale")
        #expect(try store.actions().isEmpty)  // nothing typed yet
        action.text = "Circulate the contract's break clauses"
        action.owner = "Head of Finance"
        action.due = CalendarDate(iso: "2027-01-31")
        try store.save(action, by: "Cllr Hale")
        let listed = try #require(try store.actions().first)
        #expect(listed.action.recordedBy == "Cllr Hale")
        #expect(listed.itemHeading == "4. Telephony platform")
        #expect(listed.action.ownerAndDue == "Head of Finance, by Sun 31 Jan 2027")
        #expect(try store.item(id: item).actions.map(\.id) == ["a1b2c3"])

        let detail = try store.meeting(id: meetingID)
        let minutes = MinutesDraft(meeting: detail, items: [try store.item(id: item)]).markdown
        #expect(minutes.contains("## Actions\n\n- Item 4: Circulate the contract's break clauses — Head of Finance, by Sun 31 Jan 2027"))

        #expect(try store.markAction("a1b", done: true).status == .done)
        #expect(try store.actions(openOnly: true).isEmpty)
        #expect(try store.actions().first?.action.status == .done)
        #expect(throws: StoreError.self) { try store.markAction("zz", done: true) }
        #expect(throws: (any Error).self) { try store.executeUnchecked("UPDATE meeting_action SET due = '31/01/2027'") }
    }
}
