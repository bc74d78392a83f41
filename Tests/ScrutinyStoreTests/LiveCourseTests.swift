import Foundation
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// The meeting's course: started by its first item, adjourned and resumed with the clock
/// stopped between, ended (held, clocks stopped), and amended afterwards with each change kept.
@Suite struct LiveCourseTests {
    let folder = TemporaryFolder()
    let meetingID = "cabinet-2026-06-23"
    let item4 = "cabinet-2026-06-23-item-4"
    let item5 = "cabinet-2026-06-23-item-5"

    func store() throws -> PapersStore {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("4", "Telephony platform"), ("5", "Library hours")]),
                                   name: "meeting.md", format: "pack", checksum: "one")
        return store
    }

    @Test func theClockStopsWhileAdjournedAndWhenTheMeetingEnds() throws {
        let store = try store()
        try store.takeUp(itemID: item4, meetingID: meetingID, now: 1_000)
        try store.record(.adjourned, meetingID: meetingID, now: 1_300, member: "Cllr Hale")
        var live = try store.liveMeeting(id: meetingID, member: nil)
        #expect(live.course.map(\.kind) == [.started, .adjourned])
        #expect(live.seconds(on: item4, now: 5_000) == 300)
        #expect(throws: StoreError.self) { try store.record(.adjourned, meetingID: meetingID, now: 1_400, member: nil) }

        try store.record(.resumed, meetingID: meetingID, now: 2_000, member: "Cllr Hale")
        try store.takeUp(itemID: item5, meetingID: meetingID, now: 2_060)
        try store.record(.ended, meetingID: meetingID, now: 2_120, member: "Cllr Hale")
        live = try store.liveMeeting(id: meetingID, member: nil)
        #expect(live.state == .ended)
        #expect(live.detail.meeting.status == .held)
        #expect(live.seconds(on: item4, now: 99_999) == 360)
        #expect(live.seconds(on: item5, now: 99_999) == 60)
        #expect(throws: StoreError.self) { try store.takeUp(itemID: item4, meetingID: meetingID, now: 3_000) }
    }

    @Test func changesAfterTheEndAreKeptAsAmendments() throws {
        let store = try store()
        try store.takeUp(itemID: item4, meetingID: meetingID, now: 1_000)
        try store.record(.ended, meetingID: meetingID, now: 2_000, member: "Cllr Hale")
        var resolution = try store.startResolution(itemID: item4, member: "Cllr Hale")
        resolution.text = "That the platform be procured."
        try store.save(resolution, by: "Cllr Hale")
        #expect(try store.liveMeeting(id: meetingID, member: nil).detail.amendments.isEmpty)

        try store.record(.reopened, meetingID: meetingID, now: 90_000, member: "Cllr Hale")
        try store.takeUp(itemID: item5, meetingID: meetingID, now: 90_010)
        resolution.outcome = .approved
        resolution.inquorate = true
        try store.save(resolution, by: "Cllr Hale")
        try store.record(Attendance(meetingID: meetingID, person: "Cllr Karim", status: .apologies))
        let live = try store.liveMeeting(id: meetingID, member: nil)
        #expect(live.state == .amending)
        #expect(live.seconds(on: item5, now: 99_999) == 0)  // no clock runs while the record is amended
        #expect(live.detail.amendments.map(\.what) == ["resolution \(resolution.label) recorded as approved — NOT QUORATE — DRAFT",
                                               "attendance of Cllr Karim: apologies"])
        #expect(live.detail.amendments.first?.member == "Cllr Hale")
        #expect(try store.item(id: item4).resolutions.last?.inquorate == true)
    }
}
