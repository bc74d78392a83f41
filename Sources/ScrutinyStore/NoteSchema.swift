import GRDB

/// The tables notes live in. The papers store holds shared notes and the flags; each member's
/// notebook holds their private notes, in the same shape, with flags named by id.
enum NoteSchema {
    /// A note's columns, the same in the papers store (shared notes) and in a notebook (private
    /// ones); the meeting and item a note is gathered under are added after them.
    static let noteColumns = """
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                author TEXT NOT NULL CHECK (author <> ''),
                target_kind TEXT NOT NULL CHECK (target_kind IN ('meeting','item','paragraph','question','response','resolution')),
                target_id TEXT NOT NULL,
                paragraph INTEGER CHECK ((target_kind = 'paragraph') = (paragraph IS NOT NULL)),
                quote TEXT,
                text TEXT NOT NULL,
                priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
                status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','raised','resolved')),
                follow_up TEXT CHECK (follow_up IS NULL OR date(follow_up, '+0 days') = follow_up),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
        """

    /// Adds to the papers store's notes what gathering and searching them needs.
    static func extendPapers(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE note ADD COLUMN meeting_id TEXT;
            ALTER TABLE note ADD COLUMN item_id TEXT;
            CREATE INDEX note_by_item ON note(item_id);
            CREATE INDEX note_by_meeting ON note(meeting_id);
            """)
        try createSearch(db)
    }

    /// A notebook: whose it is, and their private notes.
    static func createNotebook(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE owner (
                only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
                member TEXT NOT NULL CHECK (member <> '')
            );
            CREATE TABLE note (
            \(noteColumns),
                meeting_id TEXT,
                item_id TEXT
            );
            CREATE INDEX note_by_target ON note(target_kind, target_id);
            CREATE INDEX note_by_item ON note(item_id);
            CREATE INDEX note_by_meeting ON note(meeting_id);
            -- Flags are the council's, kept in the papers store; a notebook names them by id.
            CREATE TABLE note_flag (
                note_id TEXT NOT NULL REFERENCES note(id) ON DELETE CASCADE,
                flag_id TEXT NOT NULL CHECK (flag_id <> ''),
                PRIMARY KEY (note_id, flag_id)
            );
            """)
        try createSearch(db)
    }

    /// Full-text search over notes' text and quotes, kept in step by triggers.
    private static func createSearch(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE note_search USING fts5(
                note_id UNINDEXED, text, quote, tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER note_search_insert AFTER INSERT ON note BEGIN
                INSERT INTO note_search (note_id, text, quote) VALUES (new.id, new.text, coalesce(new.quote, ''));
            END;
            CREATE TRIGGER note_search_update AFTER UPDATE OF text, quote ON note BEGIN
                DELETE FROM note_search WHERE note_id = old.id;
                INSERT INTO note_search (note_id, text, quote) VALUES (new.id, new.text, coalesce(new.quote, ''));
            END;
            CREATE TRIGGER note_search_delete AFTER DELETE ON note BEGIN
                DELETE FROM note_search WHERE note_id = old.id;
            END;
            """)
    }

    /// The note being written, kept at each keystroke so that a killed process or a dropped line
    /// loses nothing: one per notebook, as a member writes one note at a time.
    static func addDraft(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE note_draft (
                only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
                label TEXT NOT NULL,
                draft TEXT NOT NULL CHECK (json_valid(draft)),
                kept_at TEXT NOT NULL
            )
            """)
    }

    /// The login account that wrote each note, which alone may change it.
    static func addAccount(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE note ADD COLUMN account TEXT CHECK (account <> '')")
    }
}
