import Foundation
import GRDB
import ScrutinyModel

/// What the chair records in the room. Every call is one transaction, committed before it
/// returns, so the console can write each keystroke before it reads the next.
extension PapersStore {
    /// The meeting as the live console shows it, with `member`'s unfinished resolution.
    public func liveMeeting(id: String, member: String?) throws -> LiveMeeting {
        try read { db in
            let detail = try meeting(id: id, db)
            let members = try String.fetchAll(db, sql: """
                SELECT p.name FROM membership m JOIN person p ON p.id = m.person_id
                WHERE m.committee_id = ? ORDER BY m.rowid
                """, arguments: [detail.committee.id])
            var live = LiveMeeting(detail: detail, committeeMembers: members)
            if let row = try Row.fetchOne(db, sql: "SELECT * FROM live_meeting WHERE meeting_id = ?", arguments: [id]) {
                live.currentItemID = (try row.decode(forColumn: "current_item_id"))
                live.currentSince = (try row.decode(forColumn: "current_since"))
            }
            for row in try Row.fetchAll(db, sql: "SELECT item_id, seconds FROM live_item_time WHERE meeting_id = ?", arguments: [id]) {
                live.secondsSpent[(try row.decode(forColumn: "item_id"))] = (try row.decode(forColumn: "seconds"))
            }
            let resolutions = try Self.resolutions(db, where: "item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?)", [id])
            live.resolutions = Dictionary(grouping: resolutions, by: \.itemID)
            (live.draft, live.writers) = try drafts(meetingID: id, member: member, db)
            live.actions = try Self.actions(db, where: "a.meeting_id = ?", [id]).map(\.action)
            return live
        }
    }

    /// Takes up `itemID` (nil: none), adding the time spent on the item before it; the meeting
    /// starts (or resumes) with its first item.
    public func takeUp(itemID: String?, meetingID: String, now: Int) throws {
        try write { db in
            let clockRuns = try Self.beforeTakingUp(meetingID: meetingID, now: now, db)
            try Self.stopClock(meetingID: meetingID, now: now, db)
            try db.execute(sql: """
                INSERT INTO live_meeting (meeting_id, current_item_id, current_since) VALUES (?, ?, ?)
                ON CONFLICT(meeting_id) DO UPDATE SET current_item_id = excluded.current_item_id,
                    current_since = excluded.current_since
                """, arguments: [meetingID, itemID, itemID == nil || !clockRuns ? nil : now])
        }
    }

    /// Records a member's attendance, replacing what was there (an imported record becomes
    /// a live one, kept by re-imports).
    public func record(_ attendance: Attendance) throws {
        try write { db in
            try AttendanceRecords.write(attendance, sourceID: nil, db)
            try Self.noteAmendment(meetingID: attendance.meetingID, what: "attendance of \(attendance.person): \(attendance.status.rawValue)",
                                   member: nil, db)
        }
    }

    /// Records that `person` came into the meeting or left it at `at` ("19:05"), after whatever
    /// came before; one not yet recorded becomes a member present.
    public func record(_ movement: Attendance.Movement, of person: String, meetingID: String) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO attendance (meeting_id, source_id, person, status) VALUES (?, NULL, ?, 'present')
                ON CONFLICT(meeting_id, person) DO UPDATE SET source_id = NULL, status = 'present'
                """, arguments: [meetingID, person])
            try AttendanceRecords.append(movement, person: person, meetingID: meetingID, db)
            try Self.noteAmendment(meetingID: meetingID, what: "\(person) \(movement.kind.rawValue) at \(movement.at)", member: nil, db)
        }
    }

    public func record(_ declaration: Declaration) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO declaration (id, meeting_id, source_id, item_id, person, kind, detail, action)
                VALUES (?, ?, NULL, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET item_id = excluded.item_id, person = excluded.person, kind = excluded.kind,
                    detail = excluded.detail, action = excluded.action, source_id = NULL
                """, arguments: [declaration.id, declaration.meetingID, declaration.itemID, declaration.person,
                                 declaration.kind.rawValue, declaration.detail, declaration.action.rawValue])
            try Self.noteAmendment(meetingID: declaration.meetingID, what: "declaration of \(declaration.person)", member: nil, db)
        }
    }

    public func deleteDeclaration(id: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM declaration WHERE id = ?", arguments: [id]) }
    }

    /// When another program has removed or replaced the store's `-wal` file while it is open,
    /// SQLite goes on writing to the file it opened, which no longer has a name, and a crash would
    /// lose everything since the last checkpoint: a checkpoint copies it into the store's own
    /// file. True when the journal was missing or replaced.
    public func secureJournal() throws -> Bool {
        guard readOnlyReason == nil, pool is DatabasePool else { return false }
        let journal = URL(fileURLWithPath: path).standardizedFileURL.path + "-wal"
        guard !FileManager.default.fileExists(atPath: journal) || Self.holdsUnlinked(journal) else { return false }
        try StoreFile.guarded("saving into the papers store") {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(FULL)") }
        }
        return true
    }

    /// Whether this process holds `file` open after its name has gone to another file (Linux
    /// names such a descriptor's target "… (deleted)").
    private static func holdsUnlinked(_ file: String) -> Bool {
        guard let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return false }
        return descriptors.contains { fd in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)")) == file + " (deleted)"
        }
    }

    /// Saves a resolution's outcome, votes and finality (and text and label) as recorded live by
    /// `member`; refused while another console is writing it.
    public func save(_ resolution: Resolution, by member: String?) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM resolution WHERE id = ?", arguments: [resolution.id]) == true else {
                throw StoreError.notFound("resolution", resolution.id)
            }
            try Self.refuseIfHeld(resolution.id, byOtherThan: session, member: member, account: account, db)
            try Self.write(resolution, db)
            try Self.noteAmendment(meetingID: try Self.meetingID(ofResolution: resolution.id, db),
                                   what: "resolution \(resolution.label) recorded as \(resolution.outcomeSummary)", member: member, db)
        }
    }

    /// Removes a resolution; refused while another console is writing it.
    public func deleteResolution(id: String, by member: String?) throws {
        try write { db in
            try Self.refuseIfHeld(id, byOtherThan: session, member: member, account: account, db)
            try Self.noteAmendment(meetingID: try Self.meetingID(ofResolution: id, db), what: "a resolution removed", member: member, db)
            try db.execute(sql: "DELETE FROM resolution WHERE id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM live_draft WHERE resolution_id = ?", arguments: [id])
            try Self.reindex(id, db)
        }
    }

    /// A number that changes whenever another process commits to the store; the UI polls it
    /// to show what others record within a second.
    public func changeCount() throws -> Int {
        try StoreFile.guarded("watching the papers store") {
            try pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
        }
    }

    /// Inserts or replaces a live resolution with its named votes, and indexes it for search.
    static func write(_ resolution: Resolution, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO resolution (id, item_id, position, label, text, outcome, is_final, votes_for, votes_against,
                votes_abstain, unanimous, recorded_by, recorded_at, inquorate, excludes_public, live)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            ON CONFLICT(id) DO UPDATE SET position = excluded.position, label = excluded.label, text = excluded.text,
                outcome = excluded.outcome, is_final = excluded.is_final, votes_for = excluded.votes_for,
                votes_against = excluded.votes_against, votes_abstain = excluded.votes_abstain,
                unanimous = excluded.unanimous, inquorate = excluded.inquorate,
                excludes_public = excluded.excludes_public, live = 1
            """, arguments: [resolution.id, resolution.itemID, resolution.position, resolution.label, resolution.text,
                             resolution.outcome.rawValue, resolution.isFinal, resolution.votes?.forCount,
                             resolution.votes?.against, resolution.votes?.abstain, resolution.unanimous,
                             resolution.recordedBy, resolution.recordedAt, resolution.inquorate, resolution.excludesPublic])
        try db.execute(sql: "DELETE FROM named_vote WHERE resolution_id = ?", arguments: [resolution.id])
        for vote in resolution.namedVotes {
            try db.execute(sql: "INSERT INTO named_vote (resolution_id, person, vote) VALUES (?, ?, ?)",
                           arguments: [resolution.id, vote.person, vote.vote.rawValue])
        }
        try reindex(resolution.id, db)
    }

    /// Replaces a resolution's entry in the search index with its current text.
    static func reindex(_ resolutionID: String, _ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM search WHERE rowid IN (SELECT rowid FROM search_entry WHERE kind = 'resolution' AND ref_id = ?);
            DELETE FROM search_entry WHERE kind = 'resolution' AND ref_id = ?;
            """, arguments: [resolutionID, resolutionID])
        guard let row = try Row.fetchOne(db, sql: """
            SELECT r.item_id, r.label, r.text, m.start_date FROM resolution r
            JOIN agenda_item i ON i.id = r.item_id JOIN meeting m ON m.id = i.meeting_id WHERE r.id = ?
            """, arguments: [resolutionID]), !((try row.decode(forColumn: "text")) as String).allSatisfy(\.isWhitespace) else { return }
        var index = SearchIndexer(db: db)
        try index.add(kind: "resolution", itemID: (try row.decode(forColumn: "item_id")), refID: resolutionID, paragraph: nil,
                      title: "Resolved \((try row.decode(forColumn: "label")) as String)", body: (try row.decode(forColumn: "text")),
                      day: ((try row.decode(forColumn: "start_date")) as String?).flatMap { CalendarDate(iso: $0) })
    }
}
