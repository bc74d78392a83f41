import Foundation
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

@Suite struct LiveTests {
    let folder = TemporaryFolder()
    let meetingID = "cabinet-2026-06-23"
    let item4 = "cabinet-2026-06-23-item-4"
    let item5 = "cabinet-2026-06-23-item-5"

    func bundle(items: [(String, String)] = [("4", "Telephony platform"), ("5", "Library opening hours")]) -> PaperBundle {
        var bundle = StoreFixtures.meetingBundle(items: items)
        bundle.committees[0].resolutionStyle = .roman
        bundle.people = ["Cllr Hale", "Cllr Patel", "Cllr Karim", "Cllr Baker", "Cllr Grant"].map {
            Person(id: Slug.make($0), name: $0, role: .councillor)
        }
        bundle.memberships = bundle.people.map { Membership(committeeID: "cabinet", personID: $0.id) }
        return bundle
    }

    func store() throws -> PapersStore {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(bundle(), name: "meeting.md", format: "pack", checksum: "one")
        return store
    }

    @Test func quorumCountsMembersInTheRoomForEachItem() throws {
        let store = try store()
        #expect(LiveMeeting.defaultQuorum(members: 5) == 3)
        #expect(LiveMeeting.defaultQuorum(members: 13) == 4)
        for name in ["Cllr Hale", "Cllr Patel", "Cllr Karim"] {
            try store.record(Attendance(meetingID: meetingID, person: name, status: .present))
        }
        try store.record(Attendance(meetingID: meetingID, person: "Cllr Baker", status: .apologies))
        try store.record(Attendance(meetingID: meetingID, person: "Cllr Grant", status: .present, arrived: "18:20"))
        try store.record(Declaration(id: "d1", meetingID: meetingID, itemID: item5, person: "Cllr Karim",
                                     kind: .disclosablePecuniary, detail: "Owns a bookshop", action: .leftRoom))
        var live = try store.liveMeeting(id: meetingID, member: "Cllr Hale")
        #expect(live.members == ["Cllr Hale", "Cllr Patel", "Cllr Karim", "Cllr Baker", "Cllr Grant"])
        #expect(live.quorum == 3)
        #expect(live.inTheRoom(for: item4).count == 4)
        #expect(live.inTheRoom(for: item5) == ["Cllr Hale", "Cllr Patel", "Cllr Grant"])
        try store.record(Attendance(meetingID: meetingID, person: "Cllr Grant", status: .present, arrived: "18:20", left: "19:05"))
        live = try store.liveMeeting(id: meetingID, member: "Cllr Hale")
        #expect(live.inTheRoom(for: item5).count == 2)
        #expect(!live.isQuorate(for: item5))
        #expect(live.isQuorate(for: item4))
    }

    @Test func timeIsKeptPerItemAcrossChangesOfItem() throws {
        let store = try store()
        try store.takeUp(itemID: item4, meetingID: meetingID, now: 1_000)
        try store.takeUp(itemID: item5, meetingID: meetingID, now: 1_300)
        try store.takeUp(itemID: item4, meetingID: meetingID, now: 1_360)
        let live = try store.liveMeeting(id: meetingID, member: nil)
        #expect(live.currentItemID == item4)
        #expect(live.seconds(on: item4, now: 1_400) == 340)
        #expect(live.seconds(on: item5, now: 1_400) == 60)
        #expect(elapsedText(340) == "5:40")
        #expect(elapsedText(3_725) == "1:02:05")
    }

    @Test func aDraftKeepsItsTextAndCursorAndBelongsToItsWriter() throws {
        let store = try store()
        let first = try store.startResolution(itemID: item4, member: "Cllr Hale")
        #expect(first.label == "ii.")  // the imported resolution is i.
        try store.saveDraft(resolutionID: first.id, text: "Que l’accès soit étendu —\nà tous", cursor: 7, member: "Cllr Hale")
        let mine = try store.liveMeeting(id: meetingID, member: "Cllr Hale")
        #expect(mine.draft == ResolutionDraft(resolutionID: first.id, cursor: 7))
        #expect(mine.resolutions[item4]?.last?.text == "Que l’accès soit étendu —\nà tous")
        #expect(mine.resolutions[item4]?.last?.isFinal == false)
        let patel = try PapersStore(path: store.path)  // another console
        let theirs = try patel.liveMeeting(id: meetingID, member: "Cllr Patel")
        #expect(theirs.draft == nil)
        #expect(theirs.writers.keys.sorted() == [first.id])
        #expect(theirs.writers[first.id]?.hasPrefix("Cllr Hale is writing it on ") == true)
        #expect(throws: StoreError.self) { try patel.openDraft(resolutionID: first.id, member: "Cllr Patel", cursor: 0) }
        #expect(try store.search("étendu").map(\.refID) == [first.id])

        // An empty draft is dropped when its editor closes; a written one stays.
        let empty = try patel.startResolution(itemID: item4, member: "Cllr Patel")
        #expect(empty.label == "iii.")
        try patel.closeDraft(meetingID: meetingID, member: "Cllr Patel")
        try store.closeDraft(meetingID: meetingID, member: "Cllr Hale")
        let after = try store.liveMeeting(id: meetingID, member: "Cllr Hale")
        #expect(after.resolutions[item4]?.map(\.id) == ["\(item4)-res1", first.id])
        #expect(after.draft == nil && after.writers.isEmpty)
    }

    @Test func votesAndFinalityAreSaved() throws {
        let store = try store()
        var resolution = try store.startResolution(itemID: item5, member: "Cllr Hale")
        resolution.text = "That the opening hours be extended."
        resolution.outcome = .approved
        resolution.namedVotes = [NamedVote(person: "Cllr Patel", vote: .for), NamedVote(person: "Cllr Karim", vote: .against)]
        resolution.votes = VoteTally(for: 1, against: 1, abstain: 0)
        resolution.isFinal = true
        try store.save(resolution, by: "Cllr Hale")
        let saved = try store.item(id: item5).resolutions.last
        #expect(saved == resolution)
        #expect(saved?.outcomeSummary == "approved — 1 for, 1 against, 0 abstained (named vote)")
        resolution.votes = nil
        resolution.namedVotes = []
        resolution.unanimous = true
        try store.save(resolution, by: "Cllr Hale")
        #expect(try store.item(id: item5).resolutions.last?.outcomeSummary == "approved — unanimous")
    }

    @Test func reimportingTheMeetingKeepsWhatWasRecordedLive() throws {
        let store = try store()
        let resolution = try store.startResolution(itemID: item4, member: "Cllr Hale")
        try store.saveDraft(resolutionID: resolution.id, text: "That the platform be procured.", cursor: 30, member: "Cllr Hale")
        try store.record(Declaration(id: "d1", meetingID: meetingID, itemID: item4, person: "Cllr Karim",
                                     kind: .otherRegistrable, detail: "Governor of a school", action: .remained))
        try store.record(Attendance(meetingID: meetingID, person: "Cllr Hale", status: .present))
        var changed = bundle()
        changed.documents[0].paragraphs[0].text = "A corrected paragraph."
        changed.attendance = [Attendance(meetingID: meetingID, person: "Cllr Hale", status: .apologies)]
        #expect(try store.importBundle(changed, name: "meeting.md", format: "pack", checksum: "two") != .unchanged)

        let live = try store.liveMeeting(id: meetingID, member: "Cllr Hale")
        #expect(live.resolutions[item4]?.map(\.text) == ["That Telephony platform be noted.", "That the platform be procured."])
        #expect(live.draft?.resolutionID == resolution.id)
        #expect(live.detail.declarations.map(\.id) == ["d1"])
        #expect(live.attendance(of: "Cllr Hale")?.status == .present)
        #expect(try store.search("procured").map(\.refID) == [resolution.id])

        // A file that drops an item with live records is refused, and nothing is lost.
        let shorter = bundle(items: [("5", "Library opening hours")])
        #expect(throws: StoreError.self) {
            try store.importBundle(shorter, name: "meeting.md", format: "pack", checksum: "three")
        }
        #expect(try store.liveMeeting(id: meetingID, member: nil).resolutions[item4]?.count == 2)
    }

    @Test func anotherConnectionSeesEveryCommitAsAChange() throws {
        let recorder = try store()
        let viewer = try PapersStore(path: recorder.path)
        let before = try viewer.changeCount()
        #expect(try viewer.changeCount() == before)
        let resolution = try recorder.startResolution(itemID: item4, member: "Cllr Hale")
        let afterStart = try viewer.changeCount()
        #expect(afterStart != before)
        try recorder.saveDraft(resolutionID: resolution.id, text: "T", cursor: 1, member: "Cllr Hale")
        #expect(try viewer.changeCount() != afterStart)
        #expect(try viewer.liveMeeting(id: meetingID, member: "Cllr Patel").resolutions[item4]?.last?.text == "T")
    }
}
