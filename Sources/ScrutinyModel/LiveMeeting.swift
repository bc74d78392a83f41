/// A meeting as the chair records it in the room: who is there, which item is being taken,
/// how long each has taken, and what has been resolved.
public struct LiveMeeting: Hashable, Sendable {
    public var detail: MeetingDetail
    /// The committee's members by name, in the order of its membership list.
    public var committeeMembers: [String]
    public var currentItemID: String?
    /// When the current item was taken up, in seconds since 1970.
    public var currentSince: Int?
    /// Seconds spent on each item, up to when it was last left.
    public var secondsSpent: [String: Int]
    /// Each item's resolutions, in order.
    public var resolutions: [String: [Resolution]]
    /// The resolution this member was writing when the console last closed.
    public var draft: ResolutionDraft?
    /// Resolutions being written now in other consoles: resolution id → who and where, "Cllr Hale
    /// is writing it on pts/4".
    public var writers: [String: String]
    public var course: [CourseEvent] { detail.course }
    /// Actions recorded at the meeting.
    public var actions: [MeetingAction] = []

    public var state: MeetingState { MeetingState(course) }

    public init(detail: MeetingDetail, committeeMembers: [String], currentItemID: String? = nil, currentSince: Int? = nil,
                secondsSpent: [String: Int] = [:], resolutions: [String: [Resolution]] = [:],
                draft: ResolutionDraft? = nil, writers: [String: String] = [:]) {
        self.detail = detail
        self.committeeMembers = committeeMembers
        self.currentItemID = currentItemID
        self.currentSince = currentSince
        self.secondsSpent = secondsSpent
        self.resolutions = resolutions
        self.draft = draft
        self.writers = writers
    }

    /// The attendance list: the committee's members, then everyone else recorded as attending
    /// (substitutes, co-opted members, other councillors, officers).
    public var members: [String] {
        committeeMembers + detail.attendance.map(\.person).filter { !committeeMembers.contains($0) }
    }

    /// Members needed for business: the committee's own quorum, else a quarter of its members
    /// (rounded up), and never fewer than three.
    public var quorum: Int {
        detail.committee.quorum ?? Self.defaultQuorum(members: committeeMembers.count)
    }

    public static func defaultQuorum(members: Int) -> Int {
        max(3, (members + 3) / 4)
    }

    /// The item being taken, and its place on the agenda (from 0).
    public var currentItem: (listing: ItemListing, index: Int)? {
        guard let id = currentItemID, let index = detail.items.firstIndex(where: { $0.item.id == id }) else { return nil }
        return (detail.items[index], index)
    }

    public func attendance(of person: String) -> Attendance? {
        detail.attendance.first { $0.person == person }
    }

    /// Who may declare an interest: members, substitutes, co-opted members and other councillors,
    /// but not officers, nor anyone recorded as sending apologies or absent (a member not yet
    /// recorded may still arrive).
    public var mayDeclare: [String] {
        members.filter { member in
            guard let record = attendance(of: member) else { return true }
            return record.status == .present && record.role != .officer && record.role != .other
        }
    }

    /// Voting members in the room for `itemID` (or the meeting as a whole): members and
    /// substitutes present and not gone out, and not out of the room for an interest in that item.
    public func inTheRoom(for itemID: String?) -> [String] {
        let outForInterest = Set(detail.declarations.filter { $0.itemID == itemID && itemID != nil && $0.action == .leftRoom }.map(\.person))
        return detail.attendance.filter { $0.isInTheRoom && $0.role.votes && !outForInterest.contains($0.person) }.map(\.person)
    }

    /// Voting members in the room at a time of day ("19:10"), from the record of comings and goings.
    public func inTheRoom(at clock: String) -> [String] {
        detail.attendance.filter { $0.role.votes && $0.wasInTheRoom(at: clock) }.map(\.person)
    }

    public func isQuorate(for itemID: String?) -> Bool {
        inTheRoom(for: itemID).count >= quorum
    }

    /// Seconds spent on `itemID` so far, counting the time since it was taken up when current.
    public func seconds(on itemID: String, now: Int) -> Int {
        let before = secondsSpent[itemID] ?? 0
        guard itemID == currentItemID, let since = currentSince else { return before }
        return before + max(0, now - since)
    }

    public func declarations(on itemID: String?) -> [Declaration] {
        detail.declarations.filter { $0.itemID == itemID }
    }
}

/// Where a member was writing a resolution: which, and the cursor's place in its text
/// (in characters), so a restart opens the editor exactly where it was.
public struct ResolutionDraft: Hashable, Sendable {
    public var resolutionID: String
    public var cursor: Int

    public init(resolutionID: String, cursor: Int) {
        self.resolutionID = resolutionID
        self.cursor = cursor
    }
}

/// "0:05", "1:02:30": time spent on an item.
public func elapsedText(_ seconds: Int) -> String {
    let hours = seconds / 3600, minutes = seconds % 3600 / 60, rest = CalendarDate.pad(seconds % 60, 2)
    return hours > 0 ? "\(hours):\(CalendarDate.pad(minutes, 2)):\(rest)" : "\(minutes):\(rest)"
}
