import ScrutinyModel

/// The rows of the meetings list: by committee (upcoming, the latest past meetings, the rest
/// folded), or the Upcoming calendar across committees by month; narrowed by a committee and
/// by text.
struct MeetingRows: Sendable, Equatable {
    /// Past meetings shown for each committee before the rest are folded away.
    static let recentPast = 3

    var today: CalendarDate
    var calendar = false
    /// Committees whose earlier past meetings are unfolded.
    var unfolded: Set<String> = []
    var committee: String?
    var text = ""
    /// What the calendar shows between meetings: the store's deadlines (call-ins, hearings,
    /// programme topics) and the responses due, worked out from the recommendations.
    var betweenMeetings: [Deadline] = []
    var responses: [Deadline] = []
    /// Each committee's earlier past meetings not read yet (the list is not whole), by name.
    var unreadPast: [String: Int] = [:]

    func rows(_ listings: [MeetingListing]) -> [MeetingsScreen.MeetingRow] {
        let words = text.lowercased().split(separator: " ")
        let shown = committee == nil && words.isEmpty ? listings : listings.filter { admits($0, words) }
        return calendar ? upcoming(shown) : byCommittee(shown)
    }

    /// Every word is found in the committee's name, the date, time, status or place.
    private func admits(_ listing: MeetingListing, _ words: [Substring]) -> Bool {
        if let committee, listing.committeeName != committee { return false }
        guard !words.isEmpty else { return true }
        let meeting = listing.meeting
        let about = [listing.committeeName, meeting.start?.date.short ?? "date not known", meeting.start?.date.iso ?? "",
                     meeting.start?.date.monthAndYear ?? "", meeting.start?.clock ?? "", meeting.status.rawValue, meeting.location ?? ""]
            .joined(separator: " ").lowercased()
        return words.allSatisfy { about.contains($0) }
    }

    private func byCommittee(_ listings: [MeetingListing]) -> [MeetingsScreen.MeetingRow] {
        MeetingSchedule.arrange(listings, today: today).flatMap { group -> [MeetingsScreen.MeetingRow] in
            var rows: [MeetingsScreen.MeetingRow] = [.committee(group.committee)]
            let pastCount = group.past.count + unreadPast[group.committee, default: 0]
            let folds = text.isEmpty && !unfolded.contains(group.committee) && pastCount > Self.recentPast
            let past = folds ? Array(group.past.prefix(Self.recentPast)) : group.past
            for (title, meetings) in [("Upcoming", group.upcoming), ("Past", past), ("Date not known", group.undated)]
            where !meetings.isEmpty {
                rows.append(.group(title))
                rows += meetings.map { .meeting($0) }
                if title == "Past" && folds { rows.append(.earlier(group.committee, count: pastCount - past.count)) }
            }
            return rows
        }
    }

    /// Meetings to come and, unless narrowed, the deadlines between them, by day and hour under each month.
    private func upcoming(_ listings: [MeetingListing]) -> [MeetingsScreen.MeetingRow] {
        let meetings = MeetingSchedule.upcoming(listings, today: today).map { listing in
            (day: listing.meeting.start!.date, minutes: listing.meeting.start!.minutes ?? 0, row: MeetingsScreen.MeetingRow.meeting(listing))
        }
        let deadlines = committee == nil && text.isEmpty
            ? (betweenMeetings + responses).filter { $0.day >= today }.map { (day: $0.day, minutes: $0.minutes ?? 24 * 60, row: MeetingsScreen.MeetingRow.deadline($0)) }
            : []
        var rows: [MeetingsScreen.MeetingRow] = []
        var month: String?
        for entry in (meetings + deadlines).sorted(by: { ($0.day, $0.minutes) < ($1.day, $1.minutes) }) {
            if entry.day.monthAndYear != month {
                month = entry.day.monthAndYear
                rows.append(.group(month!))
            }
            rows.append(entry.row)
        }
        return rows
    }
}
