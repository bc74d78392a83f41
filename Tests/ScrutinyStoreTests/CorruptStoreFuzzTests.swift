import Foundation
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// A thousand copies of the sample store, each with bytes changed on random pages (the file
/// header among them, now and then), opened and read by every query the UI and the commands
/// use, then offered an import. Every failure must be a `StoreError`, nothing may stop the
/// program, and a store the quick check finds damaged is not written by a byte.
@Suite struct CorruptStoreFuzzTests {
    let folder = TemporaryFolder()

    @Test func aDamagedStoreGivesErrorsNeverACrashAndIsNotWritten() throws {
        let original = try SampleStore.make(in: folder)
        try original.checkpoint()
        let meetings = try original.meetings().map(\.meeting.id)
        let items = try meetings.flatMap { try original.meeting(id: $0).items.map(\.item.id) }
        let clean = try Data(contentsOf: URL(fileURLWithPath: original.path))
        let pages = clean.count / 4096
        // Seeded, so that a failing run can be replayed: SCRUTINY_FUZZ_SEED=N.
        let seed = UInt64(ProcessInfo.processInfo.environment["SCRUTINY_FUZZ_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        print("corrupt store fuzz: seed \(seed), \(pages) pages")
        var random = SeededRandom(state: seed)
        var refused = 0, failedReads = 0, untouched = 0
        for round in 0..<1_000 {
            var bytes = [UInt8](clean)
            for _ in 0..<(1 + random.below(3)) {
                let page = random.chance(0.05) ? 0 : random.below(pages)
                for _ in 0..<(1 + random.below(16)) { bytes[page * 4096 + random.below(4096)] = UInt8(random.below(256)) }
            }
            let path = folder.file("damaged-\(round % 4).sqlite")
            for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            func attempt(_ what: String, _ work: () throws -> Void) -> Bool {
                do {
                    try work()
                    return true
                } catch is StoreError {
                    return false
                } catch {
                    Issue.record("round \(round) (seed \(seed)): \(what) failed with \(type(of: error)), not a StoreError: \(error)")
                    return false
                }
            }
            var store: PapersStore?
            guard attempt("opening", { store = try PapersStore(path: path) }), let store else { refused += 1; continue }
            var allRead = true
            allRead = attempt("the meetings list") { _ = try store.meetings() } && allRead
            for id in meetings { allRead = attempt("meeting \(id)") { _ = try store.meeting(id: id) } && allRead }
            for id in items { allRead = attempt("item \(id)") { _ = try store.item(id: id) } && allRead }
            for words in ["the", "digital exclusion", "libr"] {
                allRead = attempt("search \(words)") { _ = try store.search(words, limit: 50, asYouType: true) } && allRead
            }
            allRead = attempt("the council bundles") { _ = try store.councilBundles() } && allRead
            allRead = attempt("a meeting bundle") { _ = try store.meetingBundle(id: meetings[round % meetings.count]) } && allRead
            allRead = attempt("the flags") { _ = try store.flags(includingRetired: true) } && allRead
            if !allRead { failedReads += 1 }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            if !attempt("the quick check", { try store.checkIntact() }) {
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "round \(round) (seed \(seed)): the check wrote")
            } else {
                untouched += 1
            }
        }
        print("corrupt store fuzz: \(refused) refused at open, \(failedReads) with a failed read, \(untouched) passed the quick check")
        #expect(refused + failedReads > 0)
    }
}

/// The UI opens a store at once and checks it in the background: once the check has found
/// damage, the store takes no write.
@Suite struct BackgroundCheckTests {
    let folder = TemporaryFolder()

    @Test func aStoreFoundDamagedInTheBackgroundTakesNoWrite() throws {
        let original = try SampleStore.make(in: folder)
        try original.checkpoint()
        let clean = [UInt8](try Data(contentsOf: URL(fileURLWithPath: original.path)))
        var random = SeededRandom(state: 2026)
        // A store that opens and reads but fails SQLite's quick check: damage deep in the file.
        for attempt in 0..<500 {
            var bytes = clean
            let page = 2 + random.below(clean.count / 4096 - 2)
            for _ in 0..<8 { bytes[page * 4096 + 100 + random.below(3900)] = UInt8(random.below(256)) }
            let path = folder.file("damaged-\(attempt).sqlite")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            guard let store = try? PapersStore(path: path), (try? store.meetings()) != nil else { continue }
            guard (try? store.checkIntact()) == nil else { continue }
            store.checkIntactInTheBackground()
            let deadline = Date().addingTimeInterval(10)
            var refused: StoreError?
            while refused == nil && Date() < deadline {
                do { try store.checkWritable() } catch let error as StoreError { refused = error }
                Thread.sleep(forTimeInterval: 0.01)
            }
            #expect(refused?.kind == .corrupt)
            var failure: StoreError?
            do { _ = try store.addFlag("Potholes") } catch let error as StoreError { failure = error }
            #expect(failure?.kind == .corrupt)
            #expect(failure?.description.contains(".recover") == true)
            return
        }
        Issue.record("no damaged store that still opens was made in 500 attempts")
    }
}
