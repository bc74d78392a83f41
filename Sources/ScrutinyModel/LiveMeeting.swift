/// A meeting as the chair records it in the room: who is there, which item is being taken,
/// how long each has taken, and what has been resolved.
public struct LiveMeeting: Hashable, Sendable {
    public var detail: MeetingDetail
    /// The committee's members by name, in the order of its membership list, then anyone else
    /// whose attendance was recorded.
    public var members: [String]
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

    public init(detail: MeetingDetail, members: [String], currentItemID: String? = nil, currentSince: Int? = nil,
                secondsSpent: [String: Int] = [:], resolutions: [String: [Resolution]] = [:],
                draft: ResolutionDraft? = nil, writers: [String: String] = [:]) {
        self.detail = detail
        self.members = members
        self.currentItemID = currentItemID
        self.currentSince = currentSince
        self.secondsSpent = secondsSpent
        self.resolutions = resolutions
        self.draft = draft
        self.writers = writers
    }

    /// Members needed for business: the committee's own quorum, else a quarter of its members
    /// (rounded up), and never fewer than three.
    public var quorum: Int {
        detail.committee.quorum ?? Self.defaultQuorum(members: members.count)
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

    /// Members who may declare an interest: all but those recorded as sending apologies or absent
    /// (one not yet recorded may still arrive).
    public var mayDeclare: [String] {
        members.filter { member in
            guard let status = attendance(of: member)?.status else { return true }
            return status == .present
        }
    }

    /// Members in the room for `itemID` (or the meeting as a whole): present, not yet left,
    /// and not out of the room for an interest in that item.
    public func inTheRoom(for itemID: String?) -> [String] {
        let outForInterest = Set(detail.declarations.filter { $0.itemID == itemID && itemID != nil && $0.action == .leftRoom }.map(\.person))
        return detail.attendance.filter { $0.status == .present && $0.left == nil && !outForInterest.contains($0.person) }
            .map(\.person)
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
