import GRDB
import ScrutinyModel

/// The papers store's schema, one migration per change. Constraints live here, in SQLite,
/// so that no writer can store what the domain forbids.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-papers", migrate: createPapers)
        migrator.registerMigration("v1-search", migrate: createSearch)
        migrator.registerMigration("v2-notes", migrate: NoteSchema.extendPapers)
        migrator.registerMigration("v3-live", migrate: createLive)
        migrator.registerMigration("v4-import-checksums") { db in
            // An import asks whether each file's bytes were seen before.
            try db.execute(sql: "CREATE INDEX import_source_by_checksum ON import_source(checksum)")
        }
        migrator.registerMigration("v5-exempt-unstated") { db in
            // An item can be exempt with no paragraph of Schedule 12A given: it must stay exempt.
            try db.execute(sql: """
                ALTER TABLE agenda_item ADD COLUMN exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0,1));
                UPDATE agenda_item SET exempt = 1 WHERE id IN (SELECT item_id FROM item_exemption);
                """)
        }
        migrator.registerMigration("v6-person-party-ward") { db in
            try db.execute(sql: "ALTER TABLE person ADD COLUMN party TEXT; ALTER TABLE person ADD COLUMN ward TEXT")
        }
        migrator.registerMigration("v7-note-account", migrate: NoteSchema.addAccount)
        migrator.registerMigration("v8-live-draft-account") { db in
            // The login account writing each open resolution, beside the name it goes by.
            try db.execute(sql: "ALTER TABLE live_draft ADD COLUMN account TEXT")
        }
        migrator.registerMigration("v9-search-stemmed", migrate: createStemmedSearch)
        migrator.registerMigration("v10-store-identity") { db in
            // A name for this store that stays with the file, so each member's notebook belongs to one store.
            try db.execute(sql: """
                CREATE TABLE store_identity (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), id TEXT NOT NULL CHECK (id <> ''));
                INSERT INTO store_identity (only_row, id) VALUES (1, lower(hex(randomblob(6))));
                """)
        }
        migrator.registerMigration("v11-live-sessions", migrate: PapersStore.holdDraftsBySession)
        migrator.registerMigration("v12-attendance-movements", migrate: AttendanceRecords.migrateToMovements)
        migrator.registerMigration("v13-live-course-and-actions", migrate: PapersStore.createCourse)
        migrator.registerMigration("v14-recommendations", migrate: PapersStore.createRecommendations)
        migrator.registerMigration("v15-recommendation-progress", migrate: PapersStore.createProgress)
        migrator.registerMigration("v16-council-time-zone") { db in try db.execute(sql: "ALTER TABLE body ADD COLUMN time_zone TEXT") }
        migrator.registerMigration("v17-call-in-rules", migrate: PapersStore.addCallInRules)
        migrator.registerMigration("v18-call-in-requests", migrate: PapersStore.createCallInRequests)
        migrator.registerMigration("v19-work-programme", migrate: PapersStore.createProgramme)
        migrator.registerMigration("v20-sync", migrate: PapersStore.createSync)
        migrator.registerMigration("v21-paragraph-page") { db in try db.execute(sql: "ALTER TABLE paragraph ADD COLUMN page INTEGER CHECK (page IS NULL OR page >= 1)") }
        migrator.registerMigration("v22-arrivals", migrate: PapersStore.createArrivals)
        migrator.registerMigration("v23-meeting-by-date", migrate: PapersStore.indexMeetingsByDay)
        return migrator
    }

    /// The number of migrations applied to a fully migrated store.
    static var version: Int { migrator.migrations.count }

    private static func createPapers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE import_source (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                format TEXT NOT NULL,
                checksum TEXT NOT NULL,
                imported_at TEXT NOT NULL
            );
            CREATE TABLE body (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                name TEXT NOT NULL CHECK (name <> '')
            );
            CREATE TABLE committee (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                body_id TEXT REFERENCES body(id) ON DELETE SET NULL,
                name TEXT NOT NULL CHECK (name <> ''),
                kind TEXT NOT NULL CHECK (kind IN ('executive','scrutiny','regulatory','council','other')),
                quorum INTEGER CHECK (quorum IS NULL OR quorum >= 1),
                resolution_style TEXT NOT NULL DEFAULT 'letter' CHECK (resolution_style IN ('letter','roman','number'))
            );
            CREATE TABLE person (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                name TEXT NOT NULL CHECK (name <> ''),
                role TEXT NOT NULL CHECK (role IN ('councillor','officer')),
                title TEXT
            );
            CREATE TABLE membership (
                committee_id TEXT NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
                person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                role TEXT NOT NULL DEFAULT 'Member',
                PRIMARY KEY (committee_id, person_id)
            );
            CREATE TABLE meeting (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                committee_id TEXT NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
                start_date TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') = start_date),
                start_minutes INTEGER CHECK (start_minutes IS NULL OR start_minutes BETWEEN 0 AND 1439),
                location TEXT,
                status TEXT NOT NULL CHECK (status IN ('scheduled','held','cancelled')),
                hybrid INTEGER NOT NULL DEFAULT 0 CHECK (hybrid IN (0,1))
            );
            CREATE INDEX meeting_by_committee ON meeting(committee_id, start_date);
            CREATE TABLE agenda_item (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                source_id INTEGER REFERENCES import_source(id) ON DELETE CASCADE,
                number TEXT NOT NULL,
                position INTEGER NOT NULL CHECK (position >= 1),
                title TEXT NOT NULL CHECK (title <> ''),
                purpose TEXT,
                kind TEXT,
                key_decision INTEGER NOT NULL DEFAULT 0 CHECK (key_decision IN (0,1)),
                decision_maker TEXT,
                decision_status TEXT,
                decision_date TEXT CHECK (decision_date IS NULL OR date(decision_date, '+0 days') = decision_date),
                portfolio TEXT,
                author TEXT,
                reference TEXT,
                call_in TEXT NOT NULL DEFAULT 'none' CHECK (call_in IN ('none','subject','called_in')),
                call_in_expires TEXT CHECK (call_in_expires IS NULL OR (call_in = 'subject' AND date(call_in_expires, '+0 days') = call_in_expires)),
                UNIQUE (meeting_id, position)
            );
            CREATE INDEX agenda_item_by_source ON agenda_item(source_id);
            CREATE TABLE item_exemption (
                item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                paragraph INTEGER NOT NULL CHECK (paragraph BETWEEN 1 AND 7),
                PRIMARY KEY (item_id, paragraph)
            );
            CREATE TABLE document (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 1),
                kind TEXT NOT NULL CHECK (kind IN ('report','minutes','decision','appendix','supporting')),
                title TEXT NOT NULL CHECK (title <> ''),
                published TEXT CHECK (published IS NULL OR date(published, '+0 days') = published),
                source TEXT,
                checksum TEXT NOT NULL,
                exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0,1)),
                UNIQUE (item_id, position)
            );
            CREATE TABLE paragraph (
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 1),
                number INTEGER CHECK (number IS NULL OR number >= 1),
                kind TEXT NOT NULL CHECK (kind IN ('heading','text','list')),
                text TEXT NOT NULL,
                CHECK ((kind = 'heading') = (number IS NULL)),
                PRIMARY KEY (document_id, position)
            );
            CREATE TABLE question (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 1),
                speaker TEXT,
                text TEXT NOT NULL CHECK (text <> ''),
                UNIQUE (item_id, position)
            );
            CREATE TABLE response (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 1),
                speaker TEXT,
                text TEXT NOT NULL CHECK (text <> ''),
                UNIQUE (item_id, position)
            );
            CREATE TABLE response_answer (
                response_id TEXT NOT NULL REFERENCES response(id) ON DELETE CASCADE,
                question_id TEXT NOT NULL REFERENCES question(id) ON DELETE CASCADE,
                PRIMARY KEY (response_id, question_id)
            );
            CREATE TABLE resolution (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 1),
                label TEXT NOT NULL DEFAULT '',
                text TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('agreed','noted','approved','rejected','deferred')),
                is_final INTEGER NOT NULL DEFAULT 1 CHECK (is_final IN (0,1)),
                votes_for INTEGER CHECK (votes_for >= 0),
                votes_against INTEGER CHECK (votes_against >= 0),
                votes_abstain INTEGER CHECK (votes_abstain >= 0),
                unanimous INTEGER NOT NULL DEFAULT 0 CHECK (unanimous IN (0,1)),
                recorded_by TEXT,
                recorded_at TEXT,
                CHECK ((votes_for IS NULL) = (votes_against IS NULL) AND (votes_for IS NULL) = (votes_abstain IS NULL)),
                CHECK (NOT unanimous OR votes_against IS NULL OR votes_against = 0),
                UNIQUE (item_id, position)
            );
            CREATE TABLE named_vote (
                resolution_id TEXT NOT NULL REFERENCES resolution(id) ON DELETE CASCADE,
                person TEXT NOT NULL CHECK (person <> ''),
                vote TEXT NOT NULL CHECK (vote IN ('for','against','abstain')),
                PRIMARY KEY (resolution_id, person)
            );
            CREATE TABLE attendance (
                meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                source_id INTEGER REFERENCES import_source(id) ON DELETE CASCADE,
                person TEXT NOT NULL CHECK (person <> ''),
                status TEXT NOT NULL CHECK (status IN ('present','apologies','absent')),
                arrived TEXT,
                left_at TEXT,
                CHECK (status = 'present' OR (arrived IS NULL AND left_at IS NULL)),
                PRIMARY KEY (meeting_id, person)
            );
            CREATE TABLE declaration (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                meeting_id TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                source_id INTEGER REFERENCES import_source(id) ON DELETE CASCADE,
                item_id TEXT REFERENCES agenda_item(id) ON DELETE CASCADE,
                person TEXT NOT NULL CHECK (person <> ''),
                kind TEXT NOT NULL CHECK (kind IN ('disclosable_pecuniary','other_registrable','non_registrable')),
                detail TEXT NOT NULL DEFAULT '',
                action TEXT NOT NULL CHECK (action IN ('remained','left_room','did_not_vote'))
            );
            CREATE TABLE flag (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
                retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0,1))
            );
            -- Shared notes; private notes live in each member's own notebook file.
            -- Targets are ids, not foreign keys, so notes outlive a re-import of their paper.
            CREATE TABLE note (
            \(NoteSchema.noteColumns)
            );
            CREATE INDEX note_by_target ON note(target_kind, target_id);
            CREATE TABLE note_flag (
                note_id TEXT NOT NULL REFERENCES note(id) ON DELETE CASCADE,
                flag_id TEXT NOT NULL REFERENCES flag(id) ON DELETE RESTRICT,
                PRIMARY KEY (note_id, flag_id)
            );
            """)
        for flag in Flag.defaults {
            try db.execute(sql: "INSERT INTO flag (id, name) VALUES (?, ?)", arguments: [flag.id, flag.name])
        }
    }

    /// What the chair records in the room. Resolutions written live are marked so a re-import
    /// of the meeting's papers keeps them; the console's state is keyed by ids, not foreign
    /// keys, for the same reason.
    private static func createLive(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE resolution ADD COLUMN live INTEGER NOT NULL DEFAULT 0 CHECK (live IN (0,1));
            CREATE TABLE live_meeting (
                meeting_id TEXT PRIMARY KEY NOT NULL,
                current_item_id TEXT,
                current_since INTEGER
            );
            CREATE TABLE live_item_time (
                item_id TEXT PRIMARY KEY NOT NULL,
                meeting_id TEXT NOT NULL,
                seconds INTEGER NOT NULL CHECK (seconds >= 0)
            );
            CREATE TABLE live_draft (
                meeting_id TEXT NOT NULL,
                member TEXT NOT NULL CHECK (member <> ''),
                resolution_id TEXT NOT NULL UNIQUE,
                cursor INTEGER NOT NULL CHECK (cursor >= 0),
                PRIMARY KEY (meeting_id, member)
            );
            """)
    }

    /// The same entries as `search`, each word stemmed (`EnglishStemmer`), so that a search finds
    /// "digitally excluded" for "digital exclusion" after the exact matches; an existing store's
    /// entries are stemmed as it is migrated. An entry leaves both indexes together.
    private static func createStemmedSearch(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search_stemmed USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
            CREATE TRIGGER search_entry_unstem AFTER DELETE ON search_entry BEGIN
                DELETE FROM search_stemmed WHERE rowid = old.rowid;
            END;
            """)
        let entries = try Row.fetchCursor(db, sql: "SELECT rowid, title, body FROM search")
        let insert = try db.makeStatement(sql: "INSERT INTO search_stemmed (rowid, title, body) VALUES (?, ?, ?)")
        while let entry = try entries.next() {
            let title: String = try entry.decode(atIndex: 1)
            let body: String = try entry.decode(atIndex: 2)
            try insert.execute(arguments: [entry[0], EnglishStemmer.stemmedText(title), EnglishStemmer.stemmedText(body)])
        }
    }

    /// Full-text search over paragraphs, item titles and purposes, questions, responses and
    /// resolutions. The rowid of an entry starts with the day of its meeting, so that
    /// `ORDER BY rowid DESC` walks the newest entries first without sorting every match.
    private static func createSearch(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search USING fts5(
                title, body, tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TABLE search_entry (
                rowid INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('item','paragraph','question','response','resolution','note')),
                item_id TEXT NOT NULL,
                ref_id TEXT NOT NULL,
                paragraph INTEGER
            );
            CREATE INDEX search_entry_by_item ON search_entry(item_id);
            """)
    }
}
