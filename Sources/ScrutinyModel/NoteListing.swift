/// A note with where it was written, as lists and reports show it.
public struct NoteListing: Hashable, Sendable {
    public var note: Note
    public var committeeID: String?
    public var committeeName: String?
    public var meetingDate: CalendarDate?
    /// "5. Customer Access Strategy"; nil for a note on a whole meeting.
    public var itemHeading: String?
    /// What the note is on: "the item", "the meeting", "¶12 of Report of the Director", "Q2".
    public var targetLabel: String
    /// The number (¶) of the paragraph the note is on; nil for a heading or anything else.
    public var paragraphNumber: Int?

    public init(note: Note, committeeID: String?, committeeName: String?, meetingDate: CalendarDate?,
                itemHeading: String?, targetLabel: String, paragraphNumber: Int? = nil) {
        self.note = note
        self.committeeID = committeeID
        self.committeeName = committeeName
        self.meetingDate = meetingDate
        self.itemHeading = itemHeading
        self.targetLabel = targetLabel
        self.paragraphNumber = paragraphNumber
    }

    /// "Cabinet, Tue 8 Dec 2026 — 6. Telephony platform".
    public var place: String {
        let meeting = [committeeName ?? "Papers no longer in the store", meetingDate.map { $0.short }]
            .compactMap { $0 }.joined(separator: ", ")
        return itemHeading.map { "\(meeting) — \($0)" } ?? meeting
    }
}

/// Which notes to list: every condition given must hold.
public struct NoteFilter: Hashable, Sendable {
    /// A flag id.
    public var flag: String?
    /// Only notes with no flag.
    public var unflagged = false
    public var status: Note.Status?
    /// A committee id.
    public var committee: String?
    public var itemID: String?
    public var meetingID: String?

    public init(flag: String? = nil, unflagged: Bool = false, status: Note.Status? = nil, committee: String? = nil,
                itemID: String? = nil, meetingID: String? = nil) {
        self.flag = flag
        self.unflagged = unflagged
        self.status = status
        self.committee = committee
        self.itemID = itemID
        self.meetingID = meetingID
    }

    public func admits(_ note: Note) -> Bool {
        if let flag, !note.flags.contains(flag) { return false }
        if unflagged && !note.flags.isEmpty { return false }
        if let status, note.status != status { return false }
        if let itemID, note.itemID != itemID { return false }
        if let meetingID, note.meetingID != meetingID { return false }
        return true
    }
}
