import Foundation
import Testing
import TestSupport
@testable import ScrutinyStore

/// The schema refuses what the domain forbids, whoever writes.
@Suite struct SchemaTests {
    let folder = TemporaryFolder()

    static let setUp = """
        INSERT INTO committee (id, name, kind) VALUES ('c', 'Cabinet', 'executive');
        INSERT INTO meeting (id, committee_id, start_date, status) VALUES ('m', 'c', '2026-06-23', 'held');
        INSERT INTO agenda_item (id, meeting_id, number, position, title) VALUES ('i', 'm', '1', 1, 'Budget');
        INSERT INTO document (id, item_id, position, kind, title, checksum) VALUES ('d', 'i', 1, 'report', 'Report', 'x');
        INSERT INTO resolution (id, item_id, position, text, outcome) VALUES ('r', 'i', 1, 'Noted', 'noted');
        """

    @Test(arguments: [
        "INSERT INTO committee (id, name, kind) VALUES ('x', 'X', 'secret society')",
        "INSERT INTO committee (id, name, kind, quorum) VALUES ('x', 'X', 'other', 0)",
        "INSERT INTO meeting (id, committee_id, status) VALUES ('m2', 'nobody', 'held')",
        "INSERT INTO meeting (id, committee_id, start_date, status) VALUES ('m2', 'c', '2026-02-30', 'held')",
        "INSERT INTO meeting (id, committee_id, status) VALUES ('m2', 'c', 'postponed')",
        "INSERT INTO agenda_item (id, meeting_id, number, position, title) VALUES ('i2', 'm', '2', 1, 'Same position')",
        "INSERT INTO agenda_item (id, meeting_id, number, position, title) VALUES ('i2', 'm', '2', 2, '')",
        "INSERT INTO agenda_item (id, meeting_id, number, position, title, call_in, call_in_expires) VALUES ('i2', 'm', '2', 2, 'T', 'none', '2026-07-01')",
        "INSERT INTO item_exemption (item_id, paragraph) VALUES ('i', 8)",
        "INSERT INTO document (id, item_id, position, kind, title, checksum) VALUES ('d2', 'i', 2, 'memo', 'M', 'x')",
        "INSERT INTO paragraph (document_id, position, number, kind, text) VALUES ('d', 1, 3, 'heading', 'A heading has no number')",
        "INSERT INTO paragraph (document_id, position, number, kind, text) VALUES ('d', 1, NULL, 'text', 'Text has a number')",
        "INSERT INTO resolution (id, item_id, position, text, outcome) VALUES ('r2', 'i', 2, 'T', 'passed')",
        "INSERT INTO resolution (id, item_id, position, text, outcome, votes_for, votes_against, votes_abstain) VALUES ('r2', 'i', 2, 'T', 'agreed', -1, 0, 0)",
        "INSERT INTO resolution (id, item_id, position, text, outcome, votes_for) VALUES ('r2', 'i', 2, 'T', 'agreed', 3)",
        "INSERT INTO resolution (id, item_id, position, text, outcome, unanimous, votes_for, votes_against, votes_abstain) VALUES ('r2', 'i', 2, 'T', 'agreed', 1, 5, 2, 0)",
        "INSERT INTO named_vote (resolution_id, person, vote) VALUES ('r', 'Cllr A', 'maybe')",
        "INSERT INTO attendance (meeting_id, person, status, role, standing_in_for) VALUES ('m', 'Cllr A', 'present', 'officer', 'Cllr B')",
        "INSERT INTO attendance_movement (meeting_id, person, position, kind, at) VALUES ('m', 'Cllr A', 1, 'left', 'half past six')",
        "INSERT INTO declaration (id, meeting_id, person, kind, action) VALUES ('x', 'm', 'Cllr A', 'friendship', 'remained')",
        "INSERT INTO note (id, author, target_kind, target_id, text, created_at, updated_at) VALUES ('n', 'a', 'paragraph', 'd', 'No paragraph number', 't', 't')",
        "INSERT INTO note (id, author, target_kind, target_id, text, priority, created_at, updated_at) VALUES ('n', 'a', 'item', 'i', 'T', 5, 't', 't')",
        "INSERT INTO note (id, author, target_kind, target_id, text, status, created_at, updated_at) VALUES ('n', 'a', 'item', 'i', 'T', 'forgotten', 't', 't')",
        "INSERT INTO flag (id, name) VALUES ('dup', 'Digital Exclusion')",
    ])
    func refuses(sql: String) throws {
        let store = try StoreFixtures.store(folder)
        try store.executeUnchecked(Self.setUp)
        // Refused by a constraint of the schema, not by any error (a typo in the statement would do).
        let error = #expect(throws: (any Error).self) { try store.executeUnchecked(sql) }
        #expect(error.map { "\($0)".contains("constraint failed") } == true, "\(String(describing: error))")
    }

    @Test func deletingAnItemTakesItsPapersButLeavesNotes() throws {
        let store = try StoreFixtures.store(folder)
        try store.executeUnchecked(Self.setUp)
        try store.executeUnchecked("""
            INSERT INTO note (id, author, target_kind, target_id, text, created_at, updated_at) VALUES ('n', 'a', 'item', 'i', 'Keep me', 't', 't');
            DELETE FROM agenda_item WHERE id = 'i';
            """)
        #expect(try store.scalar("SELECT count(*) FROM document") == "0")
        #expect(try store.scalar("SELECT count(*) FROM resolution") == "0")
        #expect(try store.scalar("SELECT text FROM note") == "Keep me")
    }

    @Test func newStoreIsPrivateAndDurable() throws {
        let path = folder.file("nested/papers.sqlite")
        let store = try PapersStore(path: path)
        let health = try store.health()
        let modes = Dictionary(uniqueKeysWithValues: health.modes.map { ($0.path, $0.mode) })
        #expect(modes[folder.file("nested")] == 0o700)
        #expect(modes[path] == 0o600)
        #expect(modes[path + "-wal"] == 0o600)
        #expect(health.journalMode == "wal")
        #expect(health.integrity == "ok")
        #expect(health.schemaVersion == health.expectedSchemaVersion)
        #expect(try store.scalar("PRAGMA synchronous") == "2") // FULL
        #expect(try store.scalar("SELECT count(*) FROM flag") == "9")
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let path = folder.write("papers.sqlite", "This is a shopping list, not a database.\n")
        let error = #expect(throws: StoreError.self) { try PapersStore(path: path) }
        #expect(error?.description.contains(path) == true)
    }
}
