import Foundation
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyStore

/// A store error says what kind of failure it is, so that the UI and scripts can act on it.
@Suite struct StoreErrorTests {
    let folder = TemporaryFolder()

    func kind(_ work: () throws -> Void) -> StoreError.Kind? {
        do {
            try work()
            return nil
        } catch let error as StoreError {
            return error.kind
        } catch {
            Issue.record("not a StoreError: \(error)")
            return nil
        }
    }

    /// Every commit is synced to disk: the connection that writes runs with synchronous=FULL
    /// (2), which GRDB's WAL set-up would leave at NORMAL (1).
    @Test func theWriterSyncsEveryCommit() throws {
        let store = try StoreFixtures.store(folder)
        #expect(try store.writerPragma("synchronous") == "2")
        #expect(try store.writerPragma("journal_mode") == "wal")
    }

    @Test func aMissingRowIsNotFound() throws {
        let store = try StoreFixtures.store(folder)
        #expect(kind { _ = try store.item(id: "no-such-item") } == .notFound)
    }

    @Test func aFullDiskIsSaidAndKeepsNothing() throws {
        let store = try StoreFixtures.store(folder)
        let pages = try #require(try store.scalar("PRAGMA page_count"))
        try store.executeUnchecked("PRAGMA max_page_count = \(pages)")
        let words = (0..<20_000).map { "budget\($0)" }.joined(separator: " ")
        let bundle = StoreFixtures.meetingBundle(items: [("1", "Budget")], paragraphs: [words])
        var failure: StoreError?
        do { _ = try store.importBundle(bundle, name: "big.md", format: "pack", checksum: "c") } catch let error as StoreError { failure = error }
        #expect(failure?.kind == .diskFull)
        #expect(failure?.description.contains("the disk is full") == true)
        #expect(failure?.sqliteCode == 13) // SQLITE_FULL
        #expect(try store.scalar("SELECT count(*) FROM agenda_item") == "0")
    }

    /// A store a newer Scrutiny has migrated is read, and every write is refused as such.
    @Test func aStoreOfANewerScrutinyIsReadButNotWritten() throws {
        let path = folder.file("newer.sqlite")
        let store = try PapersStore(path: path)
        try store.executeUnchecked("INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        let newer = try PapersStore(path: path)
        #expect(newer.readOnlyReason?.contains("made by a newer Scrutiny") == true)
        #expect(try newer.meetings().isEmpty)
        #expect(kind { _ = try newer.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack",
                                                  checksum: "c1") } == .newerSchema)
        #expect(try store.scalar("SELECT count(*) FROM meeting") == "0")
    }

    @Test func aResolutionBeingWrittenByAnotherMemberIsAConflict() throws {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack", checksum: "c1")
        let draft = try store.startResolution(itemID: "cabinet-2026-06-23-item-1", member: "Cllr Joan Hale")
        let other = try PapersStore(path: store.path)  // another member's console
        #expect(kind { try other.openDraft(resolutionID: draft.id, member: "Cllr Tom Baker", cursor: 0) } == .conflict)
    }

    /// Another login account typing the writer's name takes nothing: it cannot open the
    /// resolution being written, type into it, change or delete it.
    @Test func aWritersNameTypedByAnotherAccountTakesNothing() throws {
        let path = folder.file("papers.sqlite")
        let joan = try PapersStore(path: path, commonTermThreshold: 5_000, account: "jhale")
        _ = try joan.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack", checksum: "c1")
        let draft = try joan.startResolution(itemID: "cabinet-2026-06-23-item-1", member: "Cllr Joan Hale")
        try joan.saveDraft(resolutionID: draft.id, text: "That the budget", cursor: 15, member: "Cllr Joan Hale")
        let impostor = try PapersStore(path: path, commonTermThreshold: 5_000, account: "mallory")
        #expect(kind { try impostor.openDraft(resolutionID: draft.id, member: "Cllr Joan Hale", cursor: 0) } == .conflict)
        #expect(kind { try impostor.saveDraft(resolutionID: draft.id, text: "Withdrawn", cursor: 9, member: "Cllr Joan Hale") } == .conflict)
        #expect(kind { try impostor.deleteResolution(id: draft.id, by: "Cllr Joan Hale") } == .conflict)
        #expect(try joan.scalar("SELECT text FROM resolution WHERE id = '\(draft.id)'") == "That the budget")
        try joan.saveDraft(resolutionID: draft.id, text: "That the budget be approved", cursor: 27, member: "Cllr Joan Hale")
    }

    /// While a member writes a resolution, no one else deletes it, changes its outcome, marks it
    /// final or records a vote on it; the writer can, and anyone can once the writer has closed it.
    @Test func aResolutionBeingWrittenIsTheWritersAlone() throws {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack", checksum: "c1")
        var draft = try store.startResolution(itemID: "cabinet-2026-06-23-item-1", member: "Cllr Joan Hale")
        try store.saveDraft(resolutionID: draft.id, text: "That the budget", cursor: 15, member: "Cllr Joan Hale")
        draft.text = "That the budget"
        var final = draft
        final.isFinal = true
        var voted = draft
        voted.votes = VoteTally(for: 5, against: 0, abstain: 0)
        var rejected = draft
        rejected.outcome = .rejected
        let other = try PapersStore(path: store.path)  // another member's console
        for change in [final, voted, rejected] {
            #expect(kind { try other.save(change, by: "Cllr Tom Baker") } == .conflict)
            #expect(kind { try other.save(change, by: nil) } == .conflict)
        }
        #expect(kind { try other.deleteResolution(id: draft.id, by: "Cllr Tom Baker") } == .conflict)
        #expect(try store.scalar("SELECT is_final || outcome FROM resolution WHERE id = '\(draft.id)'") == "0agreed")
        #expect(kind { try store.save(final, by: "Cllr Joan Hale") } == nil)
        try store.closeDraft(meetingID: "cabinet-2026-06-23", member: "Cllr Joan Hale")
        #expect(kind { try other.deleteResolution(id: draft.id, by: "Cllr Tom Baker") } == nil)
    }

    /// A status the schema does not allow (a damaged row, a newer writer's) is said to be one,
    /// naming the row, where it used to be read as "agreed" or "scheduled" without a word.
    @Test func aValueTheSchemaDoesNotAllowIsADamagedRowNotAGuess() throws {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack", checksum: "c1")
        _ = try store.startResolution(itemID: "cabinet-2026-06-23-item-1", member: "Cllr Joan Hale")
        try store.executeUnchecked("""
            PRAGMA ignore_check_constraints = ON;
            UPDATE meeting SET status = 'adjourned-sine-die';
            UPDATE resolution SET outcome = 'carried-by-acclaim';
            PRAGMA ignore_check_constraints = OFF;
            """)
        var failure: StoreError?
        do { _ = try store.meetings() } catch let error as StoreError { failure = error }
        #expect(failure?.kind == .corrupt)
        #expect(failure?.description.contains("meeting cabinet-2026-06-23 has status “adjourned-sine-die”") == true, "\(String(describing: failure))")
        #expect(kind { _ = try store.item(id: "cabinet-2026-06-23-item-1") } == .corrupt)
        try store.executeUnchecked("UPDATE meeting SET status = 'held'")
        failure = nil
        do { _ = try store.item(id: "cabinet-2026-06-23-item-1") } catch let error as StoreError { failure = error }
        #expect(failure?.description.contains("has outcome “carried-by-acclaim”, which this Scrutiny does not know") == true,
                "\(String(describing: failure))")
    }

    /// A value of the wrong type in a row (bytes where text belongs) is a damaged row, said as
    /// such by every read, where it used to stop the program.
    @Test func aRowOfTheWrongTypeIsAnErrorNotACrash() throws {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")], paragraphs: ["The budget for 2027."]),
                                   name: "a.md", format: "pack", checksum: "c1")
        try store.executeUnchecked("UPDATE agenda_item SET title = x'ff00fe'; UPDATE paragraph SET text = x'ff'")
        #expect(kind { _ = try store.item(id: "cabinet-2026-06-23-item-1") } == .corrupt)
        #expect(kind { _ = try store.meeting(id: "cabinet-2026-06-23") } == .corrupt)
        #expect(kind { _ = try store.search("budget", limit: 10) } == .corrupt)
        #expect(kind { _ = try store.meetingBundle(id: "cabinet-2026-06-23") } == .corrupt)
    }

    /// A resolution's text as a crash now would leave it: in the store's own file, without its -wal.
    func textAfterACrash(_ store: PapersStore, _ id: String) throws -> String {
        let copy = folder.file("after-a-crash.sqlite")
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: store.path, toPath: copy)
        return try CommandRunner.run("/usr/bin/sqlite3", [copy, "SELECT text FROM resolution WHERE id = '\(id)'"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Another program puts a file of its own in place of the store's -wal: noticed and saved the same way.
    @Test func aReplacedJournalIsNoticed() throws {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack", checksum: "c1")
        let draft = try store.startResolution(itemID: "cabinet-2026-06-23-item-1", member: "Cllr Joan Hale")
        try FileManager.default.copyItem(atPath: store.path + "-wal", toPath: folder.file("copy-wal"))
        #expect(rename(folder.file("copy-wal"), store.path + "-wal") == 0)
        try store.saveDraft(resolutionID: draft.id, text: "That the budget be approved", cursor: 27, member: "Cllr Joan Hale")
        #expect(try store.secureJournal())
        #expect(try textAfterACrash(store, draft.id) == "That the budget be approved")
    }

    /// Another program removes the store's -wal file while a resolution is being typed: the
    /// next keystroke finds it gone and copies everything into the store's own file, so a kill
    /// now loses nothing; the store says it had to.
    @Test func aRemovedJournalIsNoticedAndNothingIsLeftInIt() throws {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")]), name: "a.md", format: "pack", checksum: "c1")
        let draft = try store.startResolution(itemID: "cabinet-2026-06-23-item-1", member: "Cllr Joan Hale")
        #expect(try store.secureJournal() == false)
        #expect(unlink(store.path + "-wal") == 0)
        try store.saveDraft(resolutionID: draft.id, text: "That the budget be approved", cursor: 27, member: "Cllr Joan Hale")
        #expect(try store.secureJournal())
        #expect(try textAfterACrash(store, draft.id) == "That the budget be approved")
    }
}
