import Foundation
import GRDB
import ScrutinyModel

/// Resolutions being written live. Each belongs to the one console session that holds it
/// (`ConsoleSession`): taking, saving and releasing it are single transactions, another
/// session's editor neither writes nor releases it, and a holder that is gone (its process
/// dead, or silent past the timeout) gives it up to the next to open it.
extension PapersStore {
    /// Starts a resolution on `itemID`, labelled in the committee's style, held by this session.
    public func startResolution(itemID: String, member: String, now: Date = Date()) throws -> Resolution {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT i.meeting_id, c.resolution_style,
                       (SELECT count(*) FROM resolution r WHERE r.item_id = i.id) AS count,
                       (SELECT coalesce(max(position), 0) + 1 FROM resolution r WHERE r.item_id = i.id) AS next
                FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN committee c ON c.id = m.committee_id
                WHERE i.id = ?
                """, arguments: [itemID]) else { throw StoreError.notFound("agenda item", itemID) }
            let style: ResolutionLabelStyle = try row.closed("resolution_style", of: "the committee of item \(itemID)")
            let resolution = Resolution(id: "r" + Note.newID().dropFirst(), itemID: itemID, position: (try row.decode(forColumn: "next")),
                                        label: style.label((try row.decode(forColumn: "count"))), text: "", outcome: .agreed, isFinal: false,
                                        recordedBy: member, recordedAt: ISO8601DateFormatter().string(from: now))
            try Self.write(resolution, db)
            try hold(resolution.id, member: member, cursor: 0, db)
            return resolution
        }
    }

    /// Opens a resolution for this session to write, unless another live session holds it.
    public func openDraft(resolutionID: String, member: String, cursor: Int) throws {
        try write { db in try hold(resolutionID, member: member, cursor: cursor, db) }
    }

    /// One keystroke in the resolution editor: the text and the cursor, together. Refused when
    /// another session has taken the resolution over; taken back when no one holds it.
    public func saveDraft(resolutionID: String, text: String, cursor: Int, member: String) throws {
        try write { db in
            try hold(resolutionID, member: member, cursor: cursor, db)
            try db.execute(sql: "UPDATE resolution SET text = ?, live = 1 WHERE id = ?", arguments: [text, resolutionID])
            guard db.changesCount == 1 else { throw StoreError("the resolution being written has been deleted") }
            try Self.reindex(resolutionID, db)
        }
    }

    /// Says this session is still writing: an editor left open with nothing typed keeps its hold.
    public func keepDraftAlive(resolutionID: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE live_draft SET seen_at = ? WHERE resolution_id = ? AND session = ?",
                           arguments: [Self.seconds(), resolutionID, session.id])
        }
    }

    /// Closes this session's editor on a meeting; a resolution left empty is dropped. Another
    /// session's hold, even the same member's, is left as it is.
    public func closeDraft(meetingID: String, member: String) throws {
        try write { db in
            if let id = try String.fetchOne(db, sql: "SELECT resolution_id FROM live_draft WHERE meeting_id = ? AND session = ?",
                                            arguments: [meetingID, session.id]) {
                try db.execute(sql: """
                    DELETE FROM resolution WHERE id = ? AND trim(text) = '' AND votes_for IS NULL AND NOT unanimous
                        AND NOT EXISTS (SELECT 1 FROM named_vote WHERE resolution_id = ?)
                    """, arguments: [id, id])
                try Self.reindex(id, db)
                if let label = try String.fetchOne(db, sql: "SELECT label FROM resolution WHERE id = ?", arguments: [id]) {
                    try Self.noteAmendment(meetingID: meetingID, what: "resolution \(label) written", member: member, db)
                }
            }
            try db.execute(sql: "DELETE FROM live_draft WHERE meeting_id = ? AND session = ?", arguments: [meetingID, session.id])
        }
    }

    /// Who is writing what on a meeting, as `liveMeeting` shows it: this session's draft (or,
    /// when it has none, one that `member` left open in a console that is gone), and the
    /// resolutions other live sessions hold, each with who and where.
    func drafts(meetingID: String, member: String?, _ db: Database) throws -> (draft: ResolutionDraft?, writers: [String: String]) {
        var own: ResolutionDraft?, left: ResolutionDraft?, writers: [String: String] = [:]
        for holder in try Holder.fetchAll(db, meetingID: meetingID) {
            let draft = ResolutionDraft(resolutionID: holder.resolutionID, cursor: holder.cursor)
            if holder.session == session.id {
                own = draft
            } else if !holder.isGone {
                writers[holder.resolutionID] = holder.description(seenBy: member, account: account)
            } else if holder.member == member && (holder.account == nil || holder.account == account) {
                left = left ?? draft
            }
        }
        return (own ?? left, writers)
    }

    /// Refuses a change to a resolution another live session holds, naming who holds it.
    static func refuseIfHeld(_ resolutionID: String, byOtherThan session: ConsoleSession, member: String?, account: String,
                             _ db: Database) throws {
        guard let holder = try Holder.fetchOne(db, resolutionID: resolutionID), holder.session != session.id, !holder.isGone else { return }
        throw StoreError(holder.description(seenBy: member, account: account), kind: .conflict)
    }

    /// Takes `resolutionID` for this session (its only draft on the meeting), or refreshes the
    /// hold; refused while another live session holds it.
    private func hold(_ resolutionID: String, member: String, cursor: Int, _ db: Database) throws {
        guard let meetingID = try String.fetchOne(db, sql: """
            SELECT i.meeting_id FROM resolution r JOIN agenda_item i ON i.id = r.item_id WHERE r.id = ?
            """, arguments: [resolutionID]) else { throw StoreError.notFound("resolution", resolutionID) }
        try Self.refuseIfHeld(resolutionID, byOtherThan: session, member: member, account: account, db)
        try db.execute(sql: "DELETE FROM live_draft WHERE resolution_id = ? OR (meeting_id = ? AND session = ?)",
                       arguments: [resolutionID, meetingID, session.id])
        try db.execute(sql: """
            INSERT INTO live_draft (resolution_id, meeting_id, member, account, session, host, pid, terminal, seen_at, cursor)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [resolutionID, meetingID, member, account, session.id, session.host, session.pid, session.terminal,
                             Self.seconds(), max(0, cursor)])
    }

    /// A resolution being written is held by one console session (process, machine, terminal)
    /// and stamped each time it is written, so one member's two consoles are told apart and a
    /// holder that is gone can be recognised. Drafts held before have no session: seen long
    /// ago, they go back to their member at the next opening.
    static func holdDraftsBySession(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE live_draft_by_session (
                resolution_id TEXT PRIMARY KEY NOT NULL,
                meeting_id TEXT NOT NULL,
                member TEXT NOT NULL CHECK (member <> ''),
                account TEXT,
                session TEXT NOT NULL CHECK (session <> ''),
                host TEXT NOT NULL DEFAULT '',
                pid INTEGER NOT NULL DEFAULT 0,
                terminal TEXT NOT NULL DEFAULT '',
                seen_at INTEGER NOT NULL DEFAULT 0,
                cursor INTEGER NOT NULL CHECK (cursor >= 0),
                UNIQUE (meeting_id, session)
            );
            INSERT INTO live_draft_by_session (resolution_id, meeting_id, member, account, session, cursor)
                SELECT resolution_id, meeting_id, member, account, 'before-sessions ' || member, cursor FROM live_draft;
            DROP TABLE live_draft;
            ALTER TABLE live_draft_by_session RENAME TO live_draft;
            """)
    }

    static func seconds() -> Int { Int(Date().timeIntervalSince1970) }

    /// A row of `live_draft`: who holds a resolution, from where, and when they last wrote.
    private struct Holder {
        var resolutionID: String, member: String, account: String?, session: String, host: String, pid: Int32
        var terminal: String, seenAt: Int, cursor: Int

        var isGone: Bool { ConsoleSession.isGone(host: host, pid: pid, seenAt: seenAt, now: PapersStore.seconds()) }

        /// "Cllr Hale is writing it on pts/4", or to the same member, "You are writing it on another terminal, pts/4".
        func description(seenBy member: String?, account: String) -> String {
            member == self.member && (self.account ?? account) == account
                ? "You are writing it on another terminal, \(terminal)" : "\(self.member) is writing it on \(terminal)"
        }

        init(row: Row) throws {
            resolutionID = try row.decode(forColumn: "resolution_id")
            member = try row.decode(forColumn: "member")
            account = try row.decode(forColumn: "account")
            session = try row.decode(forColumn: "session")
            host = try row.decode(forColumn: "host")
            pid = try row.decode(forColumn: "pid")
            terminal = try row.decode(forColumn: "terminal")
            seenAt = try row.decode(forColumn: "seen_at")
            cursor = try row.decode(forColumn: "cursor")
        }

        static func fetchAll(_ db: Database, meetingID: String) throws -> [Holder] {
            try Row.fetchAll(db, sql: "SELECT * FROM live_draft WHERE meeting_id = ? ORDER BY rowid", arguments: [meetingID]).map(Holder.init)
        }

        static func fetchOne(_ db: Database, resolutionID: String) throws -> Holder? {
            try Row.fetchOne(db, sql: "SELECT * FROM live_draft WHERE resolution_id = ?", arguments: [resolutionID]).map(Holder.init)
        }
    }
}
