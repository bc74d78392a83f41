import Foundation
import ScrutinyFormats
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// Attendance as it happened: every coming and going kept, substitutes and others present
/// apart, and the quorum at any moment worked out from the record.
@Suite struct LiveAttendanceTests {
    let folder = TemporaryFolder()
    let meetingID = "cabinet-2026-06-23"

    func store() throws -> PapersStore {
        var bundle = StoreFixtures.meetingBundle(items: [("4", "Telephony platform")])
        bundle.people = ["Cllr Hale", "Cllr Patel", "Cllr Karim", "Cllr Baker"].map { Person(id: Slug.make($0), name: $0, role: .councillor) }
        bundle.memberships = bundle.people.map { Membership(committeeID: "cabinet", personID: $0.id, role: $0.name == "Cllr Hale" ? "Chair" : "Member") }
        bundle.committees[0].quorum = 3
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(bundle, name: "meeting.md", format: "pack", checksum: "one")
        return store
    }

    @Test func leavingAndReturningTwiceIsKeptInOrderAndTheQuorumFollowsIt() throws {
        let store = try store()
        for name in ["Cllr Hale", "Cllr Patel", "Cllr Karim"] {
            try store.record(Attendance(meetingID: meetingID, person: name, status: .present))
        }
        for (kind, at) in [(Attendance.Movement.Kind.left, "19:00"), (.arrived, "19:10"), (.left, "19:40"), (.arrived, "19:55")] {
            try store.record(Attendance.Movement(kind, at: at), of: "Cllr Karim", meetingID: meetingID)
        }
        try store.record(Attendance.Movement(.arrived, at: "18:45"), of: "Cllr Baker", meetingID: meetingID)
        let live = try store.liveMeeting(id: meetingID, member: nil)
        let karim = try #require(live.attendance(of: "Cllr Karim"))
        #expect(karim.movementsText == "left 19:00, returned 19:10, left 19:40, returned 19:55")
        #expect(live.attendance(of: "Cllr Baker")?.arrived == "18:45")
        #expect(live.inTheRoom(at: "18:40") == ["Cllr Hale", "Cllr Patel", "Cllr Karim"])
        #expect(live.inTheRoom(at: "19:05") == ["Cllr Hale", "Cllr Patel", "Cllr Baker"])
        #expect(live.inTheRoom(at: "19:45").count == 3)
        #expect(live.inTheRoom(for: nil).count == 4)

        // Baker leaves too: between 19:40 and 19:55 only two were in the room.
        try store.record(Attendance.Movement(.left, at: "19:30"), of: "Cllr Baker", meetingID: meetingID)
        let later = try store.liveMeeting(id: meetingID, member: nil)
        #expect(later.inTheRoom(at: "19:45") == ["Cllr Hale", "Cllr Patel"])
        #expect(later.inTheRoom(at: "19:45").count < later.quorum)

        // The movements survive a re-import and go out to a pack and back.
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("4", "Telephony platform")]), name: "meeting.md",
                                   format: "pack", checksum: "two")
        #expect(try store.meeting(id: meetingID).attendance.first { $0.person == "Cllr Karim" } == karim)
    }

    @Test func substitutesAndOthersPresentAreRecordedApartAndDoNotAllVote() throws {
        let store = try store()
        try store.record(Attendance(meetingID: meetingID, person: "Cllr Hale", status: .present))
        try store.record(Attendance(meetingID: meetingID, person: "Cllr Baker", status: .apologies))
        try store.record(Attendance(meetingID: meetingID, person: "Cllr Ng", status: .present, role: .substitute, standingInFor: "Cllr Baker"))
        try store.record(Attendance(meetingID: meetingID, person: "Dr Ama Osei", status: .present, role: .coopted))
        try store.record(Attendance(meetingID: meetingID, person: "Jo Ray", status: .present, role: .officer, title: "Head of Finance"))
        let live = try store.liveMeeting(id: meetingID, member: nil)
        #expect(live.committeeMembers == ["Cllr Hale", "Cllr Patel", "Cllr Karim", "Cllr Baker"])
        #expect(live.members.suffix(3) == ["Cllr Ng", "Dr Ama Osei", "Jo Ray"])
        #expect(live.inTheRoom(for: nil) == ["Cllr Hale", "Cllr Ng"])
        #expect(!live.mayDeclare.contains("Cllr Baker") && !live.mayDeclare.contains("Jo Ray"))
        #expect(live.mayDeclare.contains("Dr Ama Osei"))
        #expect(throws: (any Error).self) {
            try store.executeUnchecked("UPDATE attendance SET standing_in_for = 'Cllr Hale' WHERE person = 'Jo Ray'")
        }

        let detail = try store.meeting(id: meetingID)
        let minutes = MinutesDraft(meeting: detail, items: []).markdown
        #expect(minutes.contains("- Cllr Hale (Chair)\n- Cllr Ng (substitute for Cllr Baker)"))
        #expect(minutes.contains("## Also present\n\n- Dr Ama Osei, co-opted member"))
        #expect(minutes.contains("## Officers\n\n- Jo Ray, Head of Finance"))

        // A pack written out reads back with the same record.
        let pack = PackWriter.meeting(try store.meetingBundle(id: meetingID))
        #expect(pack.contains("- Cllr Ng: present, substitute for Cllr Baker"))
        #expect(pack.contains("- Jo Ray: present, officer, post Head of Finance"))
        let read = try PackReader.read(SourceText(file: "meeting.md", text: pack))
        #expect(read.attendance == detail.attendance)
    }
}
