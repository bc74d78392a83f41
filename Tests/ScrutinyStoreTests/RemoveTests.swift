import Foundation
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// Removing a meeting or an imported file's papers: a dry run counts exactly what would go and
/// changes nothing; the removal takes the papers, their search entries and live records, and
/// leaves notes and every other meeting alone.
@Suite struct RemoveTests {
    let folder = TemporaryFolder()

    func store() throws -> PapersStore {
        let store = try SampleStore.make(in: folder)
        let resolution = try store.startResolution(itemID: "cabinet-2026-12-08-item-5", member: "Cllr Hale")
        try store.saveDraft(resolutionID: resolution.id, text: "That the strategy be adopted.", cursor: 29, member: "Cllr Hale")
        return store
    }

    func counts(_ store: PapersStore) throws -> [String?] {
        try ["meeting", "agenda_item", "document", "resolution", "search", "search_stemmed", "search_entry", "import_source", "live_draft"]
            .map { try store.scalar("SELECT count(*) FROM \($0)") }
    }

    @Test func aDryRunSaysWhatGoesAndChangesNothing() throws {
        let store = try store()
        let before = try counts(store)
        let planned = try store.remove(meeting: "cabinet-2026-12-08", confirm: false)
        #expect(try counts(store) == before)
        #expect(planned.meetings == ["cabinet-2026-12-08"])
        #expect(planned.items == 2)
        #expect(planned.liveResolutions == 1)
        #expect(planned.openDrafts == 1)
        #expect(planned.summary.contains("1 resolution recorded live (1 still being written)"))
    }

    @Test func aMeetingGoesWithItsSearchEntriesAndLiveRecordsAlone() throws {
        let store = try store()
        #expect(try store.search("telephony").contains { $0.meetingID == "cabinet-2026-12-08" })
        let removed = try store.remove(meeting: "cabinet-2026-12-08", confirm: true)
        #expect(removed.sources.count == 1)
        #expect(try store.meetings().allSatisfy { $0.meeting.id != "cabinet-2026-12-08" })
        #expect(try store.search("telephony").allSatisfy { $0.meetingID != "cabinet-2026-12-08" })
        #expect(try store.scalar("SELECT count(*) FROM search_entry WHERE item_id LIKE 'cabinet-2026-12-08%'") == "0")
        #expect(try store.scalar("SELECT count(*) FROM live_draft") == "0")
        #expect(try store.scalar("SELECT count(*) FROM search") == store.scalar("SELECT count(*) FROM search_stemmed"))
        #expect(try store.meetings().count == 9)
        #expect(throws: StoreError.self) { try store.remove(meeting: "cabinet-2026-12-08", confirm: false) }
    }

    @Test func aSourceCanBeImportedAgainOnceRemoved() throws {
        let store = try store()
        let name = try #require(try store.scalar("SELECT name FROM import_source WHERE name LIKE '%scrutiny/2025-06-10.md'"))
        let removed = try store.remove(source: name, confirm: true)
        #expect(removed.meetings == ["resources-scrutiny-2025-06-10"])
        #expect(try store.scalar("SELECT count(*) FROM import_source WHERE name = '\(name)'") == "0")
        #expect(throws: StoreError.self) { try store.remove(source: name, confirm: false) }
    }
}
