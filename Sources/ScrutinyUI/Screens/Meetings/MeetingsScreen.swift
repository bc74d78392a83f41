import ScrutinyModel
import TerminalCore

/// Meetings by committee: upcoming first, then past.
public struct MeetingsScreen: Sendable, Equatable {
    public var rows: [MeetingRow] = []
    public var cursor = ListCursor()
    public var loaded = false

    /// Shows the listings; a reload (another process changed the store) keeps the meeting
    /// that was selected, the first load selects the first meeting.
    mutating func show(_ listings: [MeetingListing], today: CalendarDate) {
        let chosen: String? = if loaded, case .meeting(let listing) = rows[safe: cursor.selected] { listing.meeting.id } else { nil }
        rows = Self.rows(listings, today: today)
        loaded = true
        let rows = rows
        if let again = rows.firstIndex(where: { if case .meeting(let listing) = $0 { listing.meeting.id == chosen } else { false } }) {
            cursor.select(again, count: rows.count) { rows[$0].isSelectable }
        } else {
            cursor.jump(toEnd: false, count: rows.count) { rows[$0].isSelectable }
        }
    }

    public enum MeetingRow: Sendable, Equatable {
        case committee(String)
        case group(String)
        case meeting(MeetingListing)

        var isSelectable: Bool { if case .meeting = self { true } else { false } }
    }

    /// Lays out the listings by committee, upcoming then past then undated.
    static func rows(_ listings: [MeetingListing], today: CalendarDate) -> [MeetingRow] {
        MeetingSchedule.arrange(listings, today: today).flatMap { group -> [MeetingRow] in
            var rows: [MeetingRow] = [.committee(group.committee)]
            for (title, meetings) in [("Upcoming", group.upcoming), ("Past", group.past), ("Date not known", group.undated)]
            where !meetings.isEmpty {
                rows.append(.group(title))
                rows += meetings.map { .meeting($0) }
            }
            return rows
        }
    }
}
