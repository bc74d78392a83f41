import CFaultyDisk
import Foundation
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// The disk fails under the live editor and under notes, as SQLite's own tests fail it: the
/// Nth write or sync from now fails, once (a glitch) or from then on (a full disk, until it is
/// freed). Every failure is a typed store error, the store stays whole, and nothing that was
/// acknowledged is lost: what a fresh connection reads afterwards is the last acknowledged
/// text or a later one that was being written.
@Suite(.serialized) struct FaultyDiskTests {
    let folder = TemporaryFolder()

    init() {
        #expect(faulty_disk_install() == 0)
    }

    func seed() -> UInt64 {
        // Seeded, so that a failing run can be replayed: SCRUTINY_FUZZ_SEED=N.
        UInt64(ProcessInfo.processInfo.environment["SCRUTINY_FUZZ_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
    }

    @Test func theLiveEditorLosesNoAcknowledgedCharacter() throws {
        let seed = seed()
        var random = SeededRandom(state: seed)
        let path = folder.file("faulty-disk-live.sqlite")
        let store = try PapersStore(path: path)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack", checksum: "c1")
        let draft = try store.startResolution(itemID: "cabinet-2026-06-23-item-1", member: "Cllr Joan Hale")
        let words = "That the Committee notes the report and asks for a review of the budget by March. "
        var typed = "", acknowledged = "", attempted: [String] = [], failed = 0, stuck = 0
        for index in 0..<600 {
            if stuck > 0 {
                stuck -= 1
                if stuck == 0 { faulty_disk_arm(0, 0) }  // the disk is freed
            } else if random.chance(0.1) {
                let persistent = random.chance(0.3)
                faulty_disk_arm(Int32(1 + random.below(4)), persistent ? 1 : 0)
                if persistent { stuck = 1 + random.below(5) }
            }
            let characters = Array(words)
            typed.append(characters[index % characters.count])
            attempted.append(typed)
            do {
                try store.saveDraft(resolutionID: draft.id, text: typed, cursor: typed.count, member: "Cllr Joan Hale")
                acknowledged = typed
            } catch is StoreError {
                failed += 1
            } catch {
                Issue.record("seed \(seed): a failed write gave \(type(of: error)), not a StoreError: \(error)")
            }
        }
        faulty_disk_arm(0, 0)
        print("faulty disk, live editor: seed \(seed), 600 keys, \(failed) refused by the disk")
        #expect(failed > 0)
        let fresh = try PapersStore(path: path)
        let stored = try #require(try fresh.liveMeeting(id: "cabinet-2026-06-23", member: nil).resolutions.values.joined()
            .first { $0.id == draft.id }?.text)
        #expect(stored.hasPrefix(acknowledged) && attempted.contains(stored),
                "seed \(seed): stored \(stored.count) characters, acknowledged \(acknowledged.count)")
        #expect(try fresh.health().integrity == "ok")
    }

    @Test func notesLoseNothingAcknowledged() throws {
        let seed = seed()
        var random = SeededRandom(state: seed &+ 1)
        let papers = try PapersStore(path: folder.file("faulty-disk-papers.sqlite"))
        _ = try papers.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack", checksum: "c1")
        let notebook = folder.file("faulty-disk-notebook.sqlite")
        let notes = MemberNotes(papers: papers, notebook: try Notebook(path: notebook, member: "Cllr Joan Hale"), account: "jhale")
        var acknowledged: [String: String] = [:], failed = 0
        for index in 0..<200 {
            faulty_disk_arm(random.chance(0.3) ? Int32(1 + random.below(6)) : 0, random.chance(0.2) ? 1 : 0)
            let visibility: Note.Visibility = random.chance(0.5) ? .shared : .private
            do {
                if let id = acknowledged.keys.sorted().first, random.chance(0.3), var note = try notes.note(id: id) {
                    note.text = "Edited \(index)"
                    acknowledged[id] = try notes.save(note).text
                } else {
                    let note = try notes.add(on: .item("cabinet-2026-06-23-item-1"), text: "Note \(index)", visibility: visibility)
                    acknowledged[note.id] = note.text
                }
            } catch is StoreError {
                failed += 1
            } catch {
                Issue.record("seed \(seed): a failed write gave \(type(of: error)), not a StoreError: \(error)")
            }
        }
        faulty_disk_arm(0, 0)
        print("faulty disk, notes: seed \(seed), 200 writes, \(failed) refused by the disk, \(acknowledged.count) notes kept")
        #expect(failed > 0)
        let again = MemberNotes(papers: try PapersStore(path: folder.file("faulty-disk-papers.sqlite")),
                                notebook: try Notebook(path: notebook, member: "Cllr Joan Hale"), account: "jhale")
        for (id, text) in acknowledged {
            let stored = try again.note(id: id)?.text
            #expect(stored == text || stored?.hasPrefix("Edited") == true, "seed \(seed): note \(id) is \(String(describing: stored)), not \(text)")
        }
    }
}
