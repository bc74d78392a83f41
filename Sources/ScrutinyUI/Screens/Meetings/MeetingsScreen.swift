import ScrutinyModel
import TerminalCore

/// The meetings: by committee (upcoming first, then the latest past ones, earlier ones folded),
/// or the Upcoming calendar across committees; narrowed to one committee or by typed text.
public struct MeetingsScreen: Sendable, Equatable {
    public var listings: [MeetingListing] = []
    public private(set) var rows: [MeetingRow] = []
    public var cursor = ListCursor()
    public var loaded = false
    /// Responses to each committee's recommendations now overdue, by committee name.
    public var overdue: [String: Int] = [:]
    /// How the rows are laid out and narrowed; `today` is set at each load.
    var layout = MeetingRows(today: CalendarDate(year: 2000, month: 1, day: 1)!)
    /// True while the member types the text that narrows the list.
    var typingFilter = false
    /// Once the member unfolds a committee's earlier meetings or narrows by text, the whole list
    /// is read, then and at every reload.
    var wantsWhole = false
    /// The committee whose earlier meetings are unfolded when the whole list comes.
    var unfoldWhenWhole: String?
    /// Whether the list read holds every meeting; `committeesUnread`, whether it leaves out
    /// some committees altogether (the first frame's), read as soon as that frame is shown.
    var isWhole = false
    var committeesUnread = false

    public enum MeetingRow: Sendable, Equatable {
        case committee(String)
        case group(String)
        case meeting(MeetingListing)
        /// A committee's past meetings folded away: Enter shows them.
        case earlier(String, count: Int)
        /// In the calendar, a call-in period ending or a response falling due.
        case deadline(Deadline)

        var isSelectable: Bool {
            switch self {
            case .meeting, .earlier: true
            case .committee, .group, .deadline: false
            }
        }

        var listing: MeetingListing? { if case .meeting(let listing) = self { listing } else { nil } }
    }

    var selected: MeetingListing? { rows[safe: cursor.selected]?.listing }

    /// Shows the listings; a reload (another process changed the store) keeps the meeting
    /// that was selected, the first load selects the next meeting to come, on any committee.
    mutating func show(_ list: MeetingList, today: CalendarDate, height: Int) {
        let chosen = loaded ? selected?.meeting.id : MeetingSchedule.upcoming(list.listings, today: today).first?.meeting.id
        let place = cursor.selected, line = cursor.selected - cursor.top, reload = loaded
        listings = list.listings
        layout.unreadPast = list.unreadPast
        layout.today = today
        isWhole = list.isWhole
        committeesUnread = list.committeesUnread
        loaded = true
        arrange(keeping: chosen, height: height)
        if reload && selected?.meeting.id == chosen { cursor.place(atLine: line, count: rows.count, height: height) }
        if let committee = unfoldWhenWhole, list.isWhole {
            unfoldWhenWhole = nil
            unfold(committee, at: place, height: height)
        }
    }

    /// Shows a committee's earlier meetings, the first of them in the place of the row that
    /// folded them, under the cursor.
    mutating func unfold(_ committee: String, at place: Int, height: Int) {
        layout.unfolded.insert(committee)
        arrange(keeping: nil, height: height)
        let rows = rows
        cursor.select(place, count: rows.count) { rows[$0].isSelectable }
        cursor.clamp(count: rows.count, height: height) { rows[$0].isSelectable }
    }

    /// Lays the rows out again, the cursor on `meetingID` when it is still listed, else on the
    /// first meeting.
    mutating func arrange(keeping meetingID: String?, height: Int) {
        rows = layout.rows(listings)
        let rows = rows
        if let again = rows.firstIndex(where: { $0.listing?.meeting.id == meetingID }) {
            cursor.select(again, count: rows.count) { rows[$0].isSelectable }
        } else {
            cursor.jump(toEnd: false, count: rows.count) { rows[$0].isSelectable }
        }
        cursor.clamp(count: rows.count, height: height) { rows[$0].isSelectable }
    }

    /// Moves the cursor to the first meeting of the next (or previous) committee; in the calendar,
    /// of the next (or previous) month.
    mutating func jumpCommittee(by step: Int, height: Int) {
        let rows = rows
        let calendar = layout.calendar
        let starts = rows.indices.filter {
            switch rows[$0] {
            case .committee: !calendar
            case .group: calendar
            case .meeting, .earlier, .deadline: false
            }
        }
        let here = starts.last { $0 <= cursor.selected } ?? -1
        let target = step > 0 ? starts.first { $0 > here } : starts.last { $0 < here }
        guard let target else { return }
        cursor.select(target, count: rows.count) { _ in true }
        cursor.move(1, count: rows.count) { rows[$0].isSelectable }
        cursor.clamp(count: rows.count, height: height) { rows[$0].isSelectable }
    }

    /// Whether the list is narrowed, so Esc widens it rather than leaving.
    var isNarrowed: Bool { layout.committee != nil || !layout.text.isEmpty }

    /// "Cabinet", "cab" or both, as the list's foot says what it shows.
    var narrowedTo: String {
        [layout.committee, layout.text.isEmpty ? nil : "“\(layout.text)”"].compactMap { $0 }.joined(separator: ", ")
    }
}
