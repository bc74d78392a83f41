import Foundation
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

@Suite struct NotesTests {
    let folder = TemporaryFolder()
    let bundle = StoreFixtures.meetingBundle(items: [("4", "Telephony platform"), ("5", "Library opening hours")],
                                             paragraphs: ["The platform replaces the contact centre.", "Residents without internet access will be supported."])

    func papers() throws -> PapersStore {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(bundle, name: "meeting.md", format: "pack", checksum: "one")
        return store
    }

    func notes(_ member: String, _ papers: PapersStore) throws -> MemberNotes {
        MemberNotes(papers: papers, notebook: try Notebook(path: folder.file("notebooks/\(Slug.make(member)).sqlite"), member: member),
                    account: Slug.make(member))
    }

    /// The note being written is kept in the member's notebook alone, one at a time, and offered
    /// back only while its place is in the papers store.
    @Test func aKeptDraftIsTheMembersAloneAndGoesWithItsPlace() throws {
        let store = try papers()
        let alice = try notes("Cllr Alice", store)
        let bob = try notes("Cllr Bob", store)
        let draft = NoteDraft(target: .item("cabinet-2026-06-23-item-4"), text: "Half a tho", visibility: .shared)
        try alice.keepDraft(draft, label: "the item")
        var longer = draft
        longer.text = "Half a thought"
        try alice.keepDraft(longer, label: "the item")
        #expect(try alice.keptDraft()?.draft == longer)
        #expect(try alice.keptDraft()?.label == "the item")
        #expect(try bob.keptDraft() == nil)
        #expect(try store.scalar("SELECT count(*) FROM note WHERE text LIKE 'Half%'") == "0")
        try alice.keepDraft(NoteDraft(target: .item("no-such-item"), text: "Lost place"), label: "the item")
        #expect(try alice.keptDraft() == nil)
        try alice.keepDraft(longer, label: "the item")
        try alice.dropDraft()
        #expect(try alice.keptDraft() == nil)
    }

    @Test func aPrivateNoteIsSeenSearchedAndListedByItsAuthorAlone() throws {
        let store = try papers()
        let alice = try notes("Cllr Alice", store)
        let bob = try notes("Cllr Bob", store)
        let secret = try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "Fallback if the zephyr platform fails?",
                                   flags: ["cyber-security"])
        let open = try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "Ask about the zephyr contract", visibility: .shared)

        #expect(try alice.listings().map(\.note.id).sorted() == [secret.id, open.id].sorted())
        #expect(try bob.listings().map(\.note.id) == [open.id])
        #expect(try bob.note(id: secret.id) == nil)
        #expect(try alice.search("zephyr").count == 2)
        #expect(try bob.search("zephyr").map(\.refID) == [open.id])
        #expect(try bob.noteCounts(meetingID: "cabinet-2026-06-23") == ["cabinet-2026-06-23-item-4": 1])
        // The private note is nowhere in the shared papers store.
        #expect(try store.scalar("SELECT count(*) FROM note WHERE text LIKE '%zephyr platform%'") == "0")
        #expect(try store.scalar("SELECT count(*) FROM note_search WHERE note_search MATCH 'fails'") == "0")
    }

    /// A shared note made private (or deleted) leaves none of its words in the papers store's
    /// file: not in the note table, not in the full-text index, not in freed pages.
    @Test func aNoteThatLeavesTheSharedStoreLeavesNoWordsInIt() throws {
        let store = try papers()
        let alice = try notes("Cllr Alice", store)
        var note = try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "Quizzicalwombat whistleblower says the tender was rigged",
                                 visibility: .shared)
        let gone = try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "Flibbertigibbet deleted outright", visibility: .shared)
        note.visibility = .private
        try alice.save(note)
        try alice.delete(id: gone.id)
        try store.checkpoint()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        for word in ["Quizzicalwombat", "quizzicalwombat", "Flibbertigibbet", "flibbertigibbet"] {
            #expect(bytes.range(of: Data(word.utf8)) == nil, "\(word) is still in the papers store's file")
        }
        #expect(try alice.search("quizzicalwombat").count == 1)
    }

    /// Who may change a note is the login account that wrote it, not the name typed: another
    /// account giving the same name (with a trailing space, in other case) is refused, and
    /// cannot edit or delete the note.
    @Test func aNameCannotBeClaimedByTypingIt() throws {
        let store = try papers()
        let alice = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("a.sqlite"), member: "Cllr Alice Ng"),
                                account: "ang")
        let note = try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "Ask about the contract", visibility: .shared)
        #expect(note.account == "ang")
        for (index, claimed) in ["Cllr Alice Ng", "Cllr Alice Ng ", "cllr alice  ng"].enumerated() {
            let impostor = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("m-\(index).sqlite"), member: claimed),
                                       account: "mallory")
            var changed = try #require(try impostor.note(id: note.id))
            changed.text = "Withdrawn"
            #expect(throws: StoreError.self) { try impostor.save(changed) }
            #expect(throws: StoreError.self) { try impostor.delete(id: note.id) }
            do {
                try impostor.add(on: .item("cabinet-2026-06-23-item-4"), text: "Posted in her name", visibility: .shared)
                Issue.record("\(claimed) posted as another account")
            } catch let error as StoreError {
                #expect(error.description.contains("is the name the account ang writes under"), "\(error)")
            }
        }
        #expect(try alice.note(id: note.id)?.text == "Ask about the contract")
        // The same account under a new name still owns its notes.
        let renamed = MemberNotes(papers: store, notebook: try Notebook(path: folder.file("b.sqlite"), member: "Cllr Alice Ng-Smith"),
                                  account: "ang")
        var mine = try #require(try renamed.note(id: note.id))
        mine.text = "Ask about the contract's length"
        #expect(try renamed.save(mine).text == "Ask about the contract's length")
    }

    @Test func theNotebookIsTheMembersAloneAndReadableByNoOneElse() throws {
        let store = try papers()
        let path = folder.file("notebooks/alice.sqlite")
        _ = MemberNotes(papers: store, notebook: try Notebook(path: path, member: "Cllr Alice"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(throws: StoreError.self) { try Notebook(path: path, member: "Cllr Bob") }
        chmod(path, 0o644)
        _ = try Notebook(path: path, member: "Cllr Alice")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func aParagraphNoteKeepsItsQuoteAndOutlivesReimport() throws {
        let store = try papers()
        let alice = try notes("Cllr Alice", store)
        let note = try alice.add(on: .paragraph(document: "cabinet-2026-06-23-item-4-report", position: 2, quote: ""),
                                 text: "No equality impact assessment", flags: ["digital-exclusion"])
        #expect(note.target == .paragraph(document: "cabinet-2026-06-23-item-4-report", position: 2,
                                          quote: "Residents without internet access will be supported."))
        #expect(note.itemID == "cabinet-2026-06-23-item-4")
        #expect(try store.importBundle(bundle, name: "meeting.md", format: "pack", checksum: "one") == .unchanged)
        var changed = bundle
        changed.items[0].title = "Telephony platform (revised)"
        guard case .replaced = try store.importBundle(changed, name: "meeting.md", format: "pack", checksum: "two") else {
            Issue.record("a changed file should replace the old one")
            return
        }
        let listing = try #require(try alice.listings().first)
        #expect(listing.note == note)
        #expect(listing.targetLabel == "¶2 of Report: Telephony platform")
        #expect(listing.itemHeading == "4. Telephony platform (revised)")
    }

    @Test func savingChangesWhatAMemberMayChangeAndMovesANoteWhenShared() throws {
        let store = try papers()
        let alice = try notes("Cllr Alice", store)
        let bob = try notes("Cllr Bob", store)
        var note = try alice.add(on: .meeting("cabinet-2026-06-23"), text: "Quorum?\nCheck attendance 👩🏽‍⚖️")
        note.status = .raised
        note.flags = ["risk"]
        note.visibility = .shared
        note.followUp = CalendarDate(iso: "2026-07-01")
        let saved = try alice.save(note)
        #expect(try bob.note(id: note.id) == saved)
        #expect(try alice.notebook.read { try alice.notebook.records.fetch(id: note.id, $0) } == nil)
        #expect(throws: StoreError.self) { try bob.save(saved) }
        #expect(throws: StoreError.self) { try bob.delete(id: saved.id) }
        try alice.delete(id: saved.id)
        #expect(try alice.listings().isEmpty)
    }

    @Test func badNotesAreRefusedWithAReason() throws {
        let store = try papers()
        let alice = try notes("Cllr Alice", store)
        #expect(throws: StoreError("a note needs some text or a flag")) { try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "  ") }
        #expect(throws: StoreError("there is no flag \"nonsense\"")) {
            try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "x", flags: ["nonsense"])
        }
        #expect(throws: StoreError.notFound("item", "nowhere")) { try alice.add(on: .item("nowhere"), text: "x") }
        #expect(throws: StoreError("there is no paragraph 9 in the document cabinet-2026-06-23-item-4-report")) {
            try alice.add(on: .paragraph(document: "cabinet-2026-06-23-item-4-report", position: 9, quote: ""), text: "x")
        }
        let cleaned = try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "bell\u{7}\r\nnext\u{0}")
        #expect(cleaned.text == "bell\nnext")
    }

    @Test func flagsAreRenamedAndRetiredWithoutLosingNotes() throws {
        let store = try papers()
        let alice = try notes("Cllr Alice", store)
        let housing = try store.addFlag("  Housing   standards ")
        #expect(housing == Flag(id: "housing-standards", name: "Housing standards"))
        #expect(try store.addFlag("housing standards") == housing)
        let note = try alice.add(on: .item("cabinet-2026-06-23-item-5"), text: "Damp in council homes", flags: [housing.id])
        _ = try store.renameFlag("housing standards", to: "Housing quality")
        _ = try store.retireFlag("Housing quality")
        #expect(try !store.flags().contains { $0.id == housing.id })
        #expect(try alice.listings(NoteFilter(flag: housing.id)).map(\.note.id) == [note.id])
        #expect(throws: StoreError("the flag \"Housing quality\" is retired")) {
            try alice.add(on: .item("cabinet-2026-06-23-item-5"), text: "x", flags: [housing.id])
        }
        var edited = note
        edited.text = "Damp and mould in council homes"
        #expect(try alice.save(edited).flags == [housing.id])
        #expect(throws: StoreError("there is already a flag \"risk\"")) { try store.renameFlag("accessibility", to: "Risk") }
    }

    @Test func filtersChooseByFlagStatusAndCommittee() throws {
        let store = try papers()
        _ = try store.importBundle(StoreFixtures.meetingBundle(committee: "audit", items: [("3", "Internal audit plan")]),
                                   name: "audit.md", format: "pack", checksum: "a")
        let alice = try notes("Cllr Alice", store)
        let cabinet = try alice.add(on: .item("cabinet-2026-06-23-item-4"), text: "One", flags: ["risk"])
        let audit = try alice.add(on: .item("audit-2026-06-23-item-3"), text: "Two", flags: ["risk"], status: .resolved)
        let plain = try alice.add(on: .item("audit-2026-06-23-item-3"), text: "Three")
        #expect(try alice.listings(NoteFilter(flag: "risk", committee: "audit")).map(\.note.id) == [audit.id])
        #expect(try alice.listings(NoteFilter(status: .open)).map(\.note.id).sorted() == [cabinet.id, plain.id].sorted())
        #expect(try alice.listings(NoteFilter(unflagged: true)).map(\.note.id) == [plain.id])
    }
}
