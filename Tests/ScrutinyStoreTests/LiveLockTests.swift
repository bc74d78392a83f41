import Foundation
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// A resolution being written belongs to one console session: one member's two consoles,
/// a console that was killed, and one silent past the timeout.
@Suite struct LiveLockTests {
    let folder = TemporaryFolder()
    let meetingID = "cabinet-2026-06-23"
    let item = "cabinet-2026-06-23-item-4"

    func laptop() throws -> PapersStore {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("4", "Telephony platform")]), name: "meeting.md",
                                   format: "pack", checksum: "one")
        return store
    }

    /// Another console on the same store, as `session`.
    func console(_ path: String, _ session: ConsoleSession = .current()) throws -> PapersStore {
        try PapersStore(path: path, commonTermThreshold: 5_000, session: session)
    }

    @Test func oneMemberOnTwoConsolesCannotTypeIntoTheSameResolution() throws {
        let laptop = try laptop()
        let tablet = try console(laptop.path)
        let resolution = try laptop.startResolution(itemID: item, member: "Cllr Hale")
        try laptop.saveDraft(resolutionID: resolution.id, text: "That the report", cursor: 15, member: "Cllr Hale")

        // The tablet sees who holds it and where, and can neither take it nor type into it.
        let seen = try tablet.liveMeeting(id: meetingID, member: "Cllr Hale")
        #expect(seen.draft == nil)
        #expect(seen.writers[resolution.id]?.hasPrefix("You are writing it on another terminal, ") == true)
        #expect(throws: StoreError.self) { try tablet.openDraft(resolutionID: resolution.id, member: "Cllr Hale", cursor: 0) }
        #expect(throws: StoreError.self) {
            try tablet.saveDraft(resolutionID: resolution.id, text: "overwritten", cursor: 11, member: "Cllr Hale")
        }
        #expect(throws: StoreError.self) { try tablet.deleteResolution(id: resolution.id, by: "Cllr Hale") }

        // Closing the tablet's editor releases nothing of the laptop's.
        try tablet.closeDraft(meetingID: meetingID, member: "Cllr Hale")
        let third = try console(laptop.path)
        #expect(throws: StoreError.self) { try third.openDraft(resolutionID: resolution.id, member: "Cllr Patel", cursor: 0) }
        try laptop.saveDraft(resolutionID: resolution.id, text: "That the report be noted.", cursor: 25, member: "Cllr Hale")
        #expect(try laptop.item(id: item).resolutions.last?.text == "That the report be noted.")

        // Once the laptop closes its editor, the tablet may write.
        try laptop.closeDraft(meetingID: meetingID, member: "Cllr Hale")
        try tablet.openDraft(resolutionID: resolution.id, member: "Cllr Hale", cursor: 25)
        #expect(try tablet.liveMeeting(id: meetingID, member: "Cllr Hale").draft?.resolutionID == resolution.id)
    }

    @Test func aKilledHoldersResolutionGoesBackToItsMember() throws {
        let first = try laptop()
        // A console whose process has ended: a child that has already exited stands for it.
        let dead = try console(first.path, ConsoleSession(id: "killed", host: ConsoleSession.current().host, pid: try endedProcessID(),
                                                          terminal: "pts/9"))
        let resolution = try dead.startResolution(itemID: item, member: "Cllr Hale")
        try dead.saveDraft(resolutionID: resolution.id, text: "That the platform be", cursor: 20, member: "Cllr Hale")

        // Another member sees no writer; the same member's next console reopens it where it was.
        #expect(try first.liveMeeting(id: meetingID, member: "Cllr Patel").writers.isEmpty)
        let restarted = try console(first.path)
        let live = try restarted.liveMeeting(id: meetingID, member: "Cllr Hale")
        #expect(live.draft == ResolutionDraft(resolutionID: resolution.id, cursor: 20))
        try restarted.openDraft(resolutionID: resolution.id, member: "Cllr Hale", cursor: 20)
        try restarted.saveDraft(resolutionID: resolution.id, text: "That the platform be procured.", cursor: 30, member: "Cllr Hale")
        #expect(try first.item(id: item).resolutions.last?.text == "That the platform be procured.")
    }

    @Test func aConsoleSilentPastTheTimeoutLosesItsHoldAndIsToldWhoHasIt() throws {
        let laptop = try laptop()
        let resolution = try laptop.startResolution(itemID: item, member: "Cllr Hale")
        try laptop.saveDraft(resolutionID: resolution.id, text: "That", cursor: 4, member: "Cllr Hale")
        let clerk = try console(laptop.path, ConsoleSession(id: "clerk", host: "committee-room", pid: 1, terminal: "pts/2"))
        #expect(throws: StoreError.self) { try clerk.openDraft(resolutionID: resolution.id, member: "Cllr Patel", cursor: 0) }

        // The laptop sleeps; past the timeout its hold is gone, and the clerk takes over.
        try laptop.executeUnchecked("UPDATE live_draft SET seen_at = seen_at - \(ConsoleSession.silenceTimeout + 1)")
        try clerk.openDraft(resolutionID: resolution.id, member: "Cllr Patel", cursor: 4)
        do {
            try laptop.saveDraft(resolutionID: resolution.id, text: "That the", cursor: 8, member: "Cllr Hale")
            Issue.record("a console that lost its hold wrote anyway")
        } catch let error as StoreError {
            #expect(error.description.contains("Cllr Patel is writing it on pts/2"))
        }
        #expect(try laptop.item(id: item).resolutions.last?.text == "That")

        // An editor left open with nothing typed keeps its hold.
        try clerk.keepDraftAlive(resolutionID: resolution.id)
        #expect(try laptop.scalar("SELECT seen_at >= strftime('%s','now') - 5 FROM live_draft") == "1")
    }
}
