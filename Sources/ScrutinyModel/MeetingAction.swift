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
    /// The day it was marked done.
    public var doneOn: CalendarDate?

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

    /// How it stood on `day`: "done Wed 2 Dec 2026", "OVERDUE (due Fri 31 Jan 2027)", "open";
    /// one done later says so ("open; done since Thu 3 Dec 2026").
    public func standing(on day: CalendarDate) -> String {
        if status == .done, let doneOn, doneOn <= day { return "done \(doneOn.short)" }
        let then = isOverdue(on: day) ? "OVERDUE (due \(due!.short))" : "open"
        return then + (status == .done ? "; done since" + (doneOn.map { " \($0.short)" } ?? "") : "")
    }

    /// Past its due day on `day` and not done by then.
    public func isOverdue(on day: CalendarDate) -> Bool {
        guard let due, due < day else { return false }
        return !(status == .done && doneOn.map { $0 <= day } == true)
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
    /// Whether it arose on an exempt item: left out of what is published.
    public var itemExempt = false

    public init(action: MeetingAction, committeeName: String, meetingStart: MeetingTime?, itemHeading: String?) {
        self.action = action
        self.committeeName = committeeName
        self.meetingStart = meetingStart
        self.itemHeading = itemHeading
    }

    /// A matter arising, as it stood on `day`: "Tue 13 Oct 2026, 6. Grants: Circulate the figures —
    /// Head of Finance, by Fri 30 Oct 2026: OVERDUE (due Fri 30 Oct 2026)".
    public func asMatterArising(on day: CalendarDate) -> String {
        let origin = [meetingStart?.date.short, itemHeading].compactMap { $0 }.joined(separator: ", ")
        return (origin.isEmpty ? "" : origin + ": ") + "\(action.text) — \(action.ownerAndDue): \(action.standing(on: day))"
    }
}
