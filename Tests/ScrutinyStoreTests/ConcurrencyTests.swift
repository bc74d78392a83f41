import Foundation
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyStore

@Suite struct ConcurrencyTests {
    let folder = TemporaryFolder()

    /// A terminal session says it has the store open for as long as it runs; an import elsewhere
    /// sees it (and writes in short batches), and sees it gone when the session ends.
    @Test func aSessionIsSeenWhileItRuns() throws {
        let path = folder.file("papers.sqlite")
        let importer = try PapersStore(path: path)
        #expect(!importer.othersInSession)
        var member: PapersStore? = try PapersStore(path: path)
        member?.announceSession()
        #expect(importer.othersInSession)
        member = nil
        #expect(!importer.othersInSession)
    }

    /// Two connections to one file (as two processes would have) write and read at once
    /// without "database is locked".
    @Test func twoStoresOnOneFileNeverLock() async throws {
        let path = folder.file("papers.sqlite")
        let first = try PapersStore(path: path)
        let second = try PapersStore(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in [first, second].enumerated() {
                group.addTask {
                    for round in 0..<40 {
                        let bundle = StoreFixtures.meetingBundle(committee: "c\(index)", date: "2026-01-\(String(format: "%02d", round % 28 + 1))",
                                                                 items: [("\(round)", "Item \(index) \(round)")])
                        _ = try store.importBundle(bundle, name: "\(index)-\(round)", format: "pack", checksum: "\(index)-\(round)")
                        _ = try store.meetings()
                        _ = try store.search("budget")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try first.scalar("SELECT count(*) FROM agenda_item") == "80")
        #expect(try second.health().integrity == "ok")
    }
}
