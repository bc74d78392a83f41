/// Orders meetings the way a member looks for them: by committee, the next meetings first
/// (soonest first), then past ones (most recent first), then any without a date.
public enum MeetingSchedule {
    public struct CommitteeGroup: Hashable, Sendable {
        public var committee: String
        public var upcoming: [MeetingListing]
        public var past: [MeetingListing]
        public var undated: [MeetingListing]

        /// Upcoming, then past, then undated.
        public var all: [MeetingListing] { upcoming + past + undated }
    }

    public static func arrange(_ listings: [MeetingListing], today: CalendarDate) -> [CommitteeGroup] {
        var order: [String] = []
        var byCommittee: [String: [MeetingListing]] = [:]
        for listing in listings {
            if byCommittee[listing.committeeName] == nil { order.append(listing.committeeName) }
            byCommittee[listing.committeeName, default: []].append(listing)
        }
        return order.sorted().map { name in
            let meetings = byCommittee[name] ?? []
            let dated = meetings.filter { $0.meeting.start != nil }
            return CommitteeGroup(
                committee: name,
                upcoming: dated.filter { $0.meeting.start!.date >= today }.sorted { $0.meeting.start! < $1.meeting.start! },
                past: dated.filter { $0.meeting.start!.date < today }.sorted { $0.meeting.start! > $1.meeting.start! },
                undated: meetings.filter { $0.meeting.start == nil })
        }
    }

    /// Meetings from `today` on, across committees, soonest first: the Upcoming calendar.
    public static func upcoming(_ listings: [MeetingListing], today: CalendarDate) -> [MeetingListing] {
        listings.filter { ($0.meeting.start?.date).map { $0 >= today } ?? false }
            .sorted { ($0.meeting.start!, $0.committeeName) < ($1.meeting.start!, $1.committeeName) }
    }
}
