import Foundation
import GRDB
import ScrutinyModel

/// Call-ins recorded against decisions: checked against the council's rules when made, their
/// hearing and reconsideration deadlines worked out on its working days. Like recommendations,
/// they refer to items and meetings by id, so a re-import keeps them.
extension PapersStore {
    static func createCallInRequests(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE call_in_request (
                id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
                item_id TEXT NOT NULL,
                requested TEXT NOT NULL CHECK (coalesce(date(requested, '+0 days') = requested, 0)),
                signatories TEXT NOT NULL,
                grounds TEXT NOT NULL,
                reason TEXT,
                committee_id TEXT NOT NULL,
                hearing_due TEXT,
                heard_at TEXT,
                heard_on TEXT,
                outcome TEXT CHECK (outcome IS NULL OR outcome IN ('no further action','referred back','referred to council')),
                outcome_note TEXT,
                reconsideration_due TEXT,
                CHECK ((outcome IS NULL) = (heard_at IS NULL))
            );
            CREATE INDEX call_in_request_by_item ON call_in_request(item_id);
            """)
    }

    /// Records a call-in of the decision `request.itemID`, refusing one the council's rules do not
    /// allow: a decision not subject to call-in or exempt as urgent, a period not begun or run out,
    /// a second call-in where only one is allowed, grounds the constitution does not list, or too
    /// few signatures of the right members (saying how many more, and of whom).
    public func callIn(_ draft: CallInRequest) throws -> CallInRequest {
        try write { db in
            let item = try Self.item(draft.itemID, db)
            let meeting = try meeting(id: item.meetingID, db)
            let settings = meeting.callIn
            guard let clock = settings.clock(item, published: meeting.items.first { $0.item.id == item.id }?.decisionPublished,
                                             meetingDay: meeting.meeting.start?.date) else {
                throw StoreError("\(item.title) is not subject to call-in.")
            }
            if clock.waived { throw StoreError("\(item.title) was taken as urgent: the council's rules exempt it from call-in.") }
            if let published = clock.published, draft.requested < published {
                throw StoreError("the call-in period of \(item.title) begins on \(published.short); \(draft.requested.short) is before it.")
            }
            if draft.requested > clock.expires.date {
                throw StoreError("the call-in period of \(item.title) ended \(clock.expires.clock) \(clock.expires.date.short).")
            }
            if let earlier = try Self.callInRequests(db, where: "r.item_id = ?", [item.id]).first, settings.rules.once || earlier.outcome == nil {
                throw StoreError("\(item.title) was called in on \(earlier.requested.short)"
                                         + (settings.rules.once ? "; the council's rules allow a decision to be called in once." : " and is not yet heard."))
            }
            try Self.checkGrounds(draft, rules: settings.rules)
            let committee = try Self.hearingCommittee(draft.committeeID, db)
            let signers = try draft.signatories.map { try Self.signer($0, committeeID: committee.id, db) }
            if let threshold = settings.rules.by.flatMap(CallInThreshold.init(text:)) {
                let chair = try String.fetchOne(db, sql: """
                    SELECT p.name FROM membership m JOIN person p ON p.id = m.person_id WHERE m.committee_id = ? AND m.role = 'Chair'
                    """, arguments: [committee.id])
                let check = threshold.check(signers, committee: committee.name, chairName: chair)
                if let missing = check.missing {
                    let aside = check.notCounted.sorted { $0.key < $1.key }.map { "\($0.key) does not count: \($0.value)." }
                    throw StoreError(["the council's rules need \(settings.rules.by!); this request needs \(missing).", aside.joined(separator: " ")]
                        .filter { !$0.isEmpty }.joined(separator: " "))
                }
            } else if signers.isEmpty {
                throw StoreError("a call-in needs at least one signature.")
            }
            var request = draft
            request.id = "callin" + Note.newID().dropFirst()
            request.signatories = signers.map(\.name)
            request.committeeID = committee.id
            request.committeeName = committee.name
            request.hearingDue = settings.rules.hearingWithin.map { settings.calendar.workingDay($0, after: draft.requested) }
            try db.execute(sql: """
                INSERT INTO call_in_request (id, item_id, requested, signatories, grounds, reason, committee_id, hearing_due)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [request.id, request.itemID, request.requested.iso, try CallInSettings.json(request.signatories),
                                 try CallInSettings.json(request.grounds), request.reason, request.committeeID, request.hearingDue?.iso])
            return request
        }
    }

    /// Records what the committee decided on the call-in of `itemID`, at `meetingID`; a decision
    /// referred back gets the day the decision-maker must reconsider by.
    public func hearCallIn(itemID: String, at meetingID: String, outcome: CallInRequest.Outcome, note: String?) throws -> CallInRequest {
        try write { db in
            guard let request = try Self.callInRequests(db, where: "r.item_id = ?", [itemID]).first else {
                throw StoreError("no call-in of \(itemID) is recorded: record it first with call-in request.")
            }
            let hearing = try meeting(id: meetingID, db)
            guard hearing.meeting.committeeID == request.committeeID else {
                throw StoreError("\(meetingID) is a meeting of \(hearing.committee.name); \(request.committeeName) hears this call-in.")
            }
            guard let day = hearing.meeting.start?.date, day >= request.requested else {
                throw StoreError("\(meetingID) did not meet after the call-in of \(request.requested.short).")
            }
            let reconsider = outcome == .referredBack
                ? hearing.callIn.rules.reconsiderationWithin.map { hearing.callIn.calendar.workingDay($0, after: day) } : nil
            try db.execute(sql: """
                UPDATE call_in_request SET heard_at = ?, heard_on = ?, outcome = ?, outcome_note = ?, reconsideration_due = ? WHERE id = ?
                """, arguments: [meetingID, day.iso, outcome.rawValue, note, reconsider?.iso, request.id])
            return try Self.callInRequests(db, where: "r.id = ?", [request.id])[0]
        }
    }

    /// Every call-in recorded, latest first; or those of one item.
    public func callInRequests(itemID: String? = nil) throws -> [CallInRequest] {
        try read { db in try Self.callInRequests(db, where: itemID == nil ? "1" : "r.item_id = ?", itemID.map { [$0] } ?? []) }
    }

    static func callInRequests(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [CallInRequest] {
        try Row.fetchAll(db, sql: """
            SELECT r.*, c.name AS committee_name FROM call_in_request r LEFT JOIN committee c ON c.id = r.committee_id
            WHERE \(condition) ORDER BY r.requested DESC, r.rowid DESC
            """, arguments: arguments).map { row in
            func day(_ column: String) throws -> CalendarDate? { (try row.decode(forColumn: column) as String?).flatMap { CalendarDate(iso: $0) } }
            var request = CallInRequest(id: try row.decode(forColumn: "id"), itemID: try row.decode(forColumn: "item_id"),
                                        requested: try day("requested")!, signatories: CallInSettings.decode(try row.decode(forColumn: "signatories")) ?? [],
                                        grounds: CallInSettings.decode(try row.decode(forColumn: "grounds")) ?? [], reason: try row.decode(forColumn: "reason"),
                                        committeeID: try row.decode(forColumn: "committee_id"), committeeName: (try row.decode(forColumn: "committee_name")) ?? "")
            request.hearingDue = try day("hearing_due")
            request.heardAt = try row.decode(forColumn: "heard_at")
            request.heardOn = try day("heard_on")
            request.outcome = (try row.decode(forColumn: "outcome") as String?).flatMap(CallInRequest.Outcome.init(rawValue:))
            request.outcomeNote = try row.decode(forColumn: "outcome_note")
            request.reconsiderationDue = try day("reconsideration_due")
            return request
        }
    }

    private static func item(_ id: String, _ db: Database) throws -> AgendaItem {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM agenda_item WHERE id = ?", arguments: [id]) else {
            throw StoreError.notFound("agenda item", id)
        }
        return try AgendaItem(row: row, exemptParagraphs: [])
    }

    /// Each ground given must be one the constitution lists (any case, or the start of one), when it lists them.
    private static func checkGrounds(_ request: CallInRequest, rules: CallInRules) throws {
        if request.grounds.isEmpty && request.reason == nil { throw StoreError("a call-in gives its grounds (--ground) or its reasons (--reason).") }
        guard !rules.grounds.isEmpty else { return }
        for ground in request.grounds where !rules.grounds.contains(where: { $0.lowercased().hasPrefix(ground.lowercased()) }) {
            throw StoreError("\"\(ground)\" is not among the grounds the council's rules allow: \(rules.grounds.joined(separator: "; ")).")
        }
    }

    /// The committee named, or the council's only scrutiny committee.
    private static func hearingCommittee(_ id: String, _ db: Database) throws -> (id: String, name: String) {
        let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM committee WHERE " + (id.isEmpty ? "kind = 'scrutiny'" : "id = ?"),
                                    arguments: id.isEmpty ? [] : [id])
        guard rows.count == 1 else {
            throw id.isEmpty ? StoreError("say which committee hears the call-in (--committee): " + (try rows.map { try $0.decode(forColumn: "id") as String }).joined(separator: ", "))
                             : StoreError.notFound("committee", id)
        }
        return (rows[0]["id"], rows[0]["name"])
    }

    /// A signature as the store knows its signer, found by name with or without "Cllr".
    private static func signer(_ name: String, committeeID: String, _ db: Database) throws -> CallInThreshold.Signer {
        let bare = name.trimmingCharacters(in: .whitespaces).replacing(/^(?i:cllr\.?|councillor)\s+/, with: "")
        guard let row = try Row.fetchOne(db, sql: """
            SELECT p.name, p.role,
                EXISTS (SELECT 1 FROM membership x JOIN committee c ON c.id = x.committee_id WHERE x.person_id = p.id AND c.kind = 'executive') AS executive,
                (SELECT x.role FROM membership x WHERE x.person_id = p.id AND x.committee_id = ?) AS seat
            FROM person p WHERE lower(p.name) IN (lower(?), lower(?), lower(?))
            """, arguments: [committeeID, bare, "Cllr " + bare, "Councillor " + bare]) else {
            return CallInThreshold.Signer(name: name.trimmingCharacters(in: .whitespaces), councillor: false, executive: false, seat: nil)
        }
        return CallInThreshold.Signer(name: try row.decode(forColumn: "name"), councillor: (try row.decode(forColumn: "role") as String) == "councillor",
                                      executive: try row.decode(forColumn: "executive"), seat: try row.decode(forColumn: "seat"))
    }
}
