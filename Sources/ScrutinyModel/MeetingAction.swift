/// Something a meeting asked someone to do — "the Head of Finance to circulate the figures by
/// 31 January" — or a matter to come back to, open until marked done.
public struct MeetingAction: Hashable, Sendable, Codable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case open, done
    }

    public var id: String
    public var meetingID: String
    /// The item it arose on; nil for the meeting as a whole.
    public var itemID: String?
    public var text: String
    /// Who is to do it: an officer's post, a member, "the clerk".
    public var owner: String
    public var due: CalendarDate?
    public var status: Status
    public var recordedBy: String?
    public var recordedAt: String?

    public init(id: String, meetingID: String, itemID: String?, text: String = "", owner: String = "", due: CalendarDate? = nil,
                status: Status = .open, recordedBy: String? = nil, recordedAt: String? = nil) {
        self.id = id
        self.meetingID = meetingID
        self.itemID = itemID
        self.text = text
        self.owner = owner
        self.due = due
        self.status = status
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// "Head of Finance, by Sun 31 Jan 2027", "no one named yet".
    public var ownerAndDue: String {
        [owner.isEmpty ? "no one named yet" : owner, due.map { "by \($0.short)" }].compactMap { $0 }.joined(separator: ", ")
    }
}

/// An action with where it arose, for lists across meetings.
public struct ActionListing: Hashable, Sendable {
    public var action: MeetingAction
    public var committeeName: String
    public var meetingStart: MeetingTime?
    /// "4. Cyber resilience"; nil for the meeting as a whole.
    public var itemHeading: String?

    public init(action: MeetingAction, committeeName: String, meetingStart: MeetingTime?, itemHeading: String?) {
        self.action = action
        self.committeeName = committeeName
        self.meetingStart = meetingStart
        self.itemHeading = itemHeading
    }
}
