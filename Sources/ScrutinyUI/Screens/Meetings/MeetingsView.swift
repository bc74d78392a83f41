import ScrutinyModel
import TerminalCore

/// Meetings by committee, or the Upcoming calendar: date, time, status, item count and place,
/// ✎ on a meeting that carries the member's notes, and the filter's line at the foot.
enum MeetingsView {
    static func render(_ state: AppState, _ screen: MeetingsScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        guard screen.loaded else {
            buffer.put("Loading meetings…", x: area.x + 1, y: area.y, style: state.theme[.muted])
            return
        }
        let (list, foot) = screen.typingFilter || screen.isNarrowed ? area.splitBottom(1) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
        if foot.height > 0 { drawFilter(state, screen, in: foot, into: &buffer) }
        guard !screen.rows.isEmpty else {
            buffer.put(empty(screen), x: list.x + 1, y: list.y, style: state.theme[.muted], limit: list.width - 1)
            return
        }
        let calendar = screen.layout.calendar
        for offset in 0..<list.height {
            let index = screen.cursor.top + offset
            guard let row = screen.rows[safe: index] else { break }
            let y = list.y + offset
            let selected = index == screen.cursor.selected
            let style = selected ? state.theme[.selection] : state.theme[.normal]
            if selected {
                buffer.fill(list.row(offset), style: style)
                buffer.focusIfUnset(list.x + 1, y)
            }
            switch row {
            case .committee(let name):
                let used = buffer.put(name, x: list.x + 1, y: y, style: state.theme[.heading], limit: list.width - 1)
                if let overdue = overdueText(screen.overdue[name]) {
                    buffer.put(" · " + overdue, x: list.x + 1 + used, y: y, style: state.theme[.warning], limit: list.width - 1 - used)
                }
            case .group(let title):
                let indent = calendar ? 1 : 3
                buffer.put(title, x: list.x + indent, y: y, style: state.theme[calendar ? .heading : .muted], limit: list.width - indent)
            case .meeting(let listing):
                let indent = calendar ? 3 : 5
                if listing.noteCount > 0 { buffer.put("✎", x: list.x + indent - 2, y: y, style: selected ? style : state.theme[.badge]) }
                buffer.put(line(listing, width: list.width - indent, committee: calendar), x: list.x + indent, y: y, style: style,
                           limit: list.width - indent)
            case .deadline(let deadline):
                buffer.put(self.deadline(deadline), x: list.x + 3, y: y, style: state.theme[.badge], limit: list.width - 3)
            case .earlier(_, let count):
                buffer.put(earlier(count), x: list.x + 5, y: y, style: selected ? style : state.theme[.muted], limit: list.width - 5)
            }
        }
    }

    /// "2 responses overdue": the committee's recommendations whose response is late (R shows them).
    static func overdueText(_ count: Int?) -> String? {
        guard let count, count > 0 else { return nil }
        return count == 1 ? "1 response overdue" : "\(count) responses overdue"
    }

    /// "Filter: cab▏" while typing; "Only Cabinet, “2025” — 3 meetings" once narrowed.
    private static func drawFilter(_ state: AppState, _ screen: MeetingsScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let count = screen.rows.filter { $0.listing != nil }.count
        let text = screen.typingFilter ? "Filter: \(screen.layout.text)"
            : "Only \(screen.narrowedTo) — \(count) meeting\(count == 1 ? "" : "s")"
        let used = buffer.put(text, x: area.x + 1, y: area.y, style: state.theme[.heading], limit: area.width - 1)
        if screen.typingFilter { buffer.cursor = (area.x + 1 + used, area.y) }
    }

    static func empty(_ screen: MeetingsScreen) -> String {
        if screen.isNarrowed { return "No meeting matches; Esc shows them all." }
        if screen.layout.calendar && !screen.listings.isEmpty { return "No meetings to come. Press u for every meeting by committee." }
        return "No meetings yet. Import papers with: scrutiny import PATH"
    }

    /// "Tue 15 Dec 2026  17:00  call-in ends · Cabinet: 5. Customer Access Strategy": in the meetings' columns.
    static func deadline(_ deadline: Deadline) -> String {
        TextWidth.pad(deadline.day.short, to: 15) + "  " + TextWidth.pad(deadline.clock, to: 5) + "  " + deadline.label
    }

    /// "▸ 34 earlier meetings (Enter shows them)".
    static func earlier(_ count: Int) -> String { "▸ \(count) earlier meeting\(count == 1 ? "" : "s") (Enter shows them)" }

    /// "Tue 8 Dec 2026   18:00  scheduled  2 items    Council Chamber, Civic Centre": the
    /// columns that fit in `width`, whole, in that order of importance, then the place as far as
    /// it fits. The calendar names the committee straight after the time, and the status only
    /// when the meeting is not simply scheduled.
    static func line(_ listing: MeetingListing, width: Int, committee: Bool = false) -> String {
        let meeting = listing.meeting
        let items = "\(listing.itemCount) item\(listing.itemCount == 1 ? "" : "s")"
        let notes = listing.noteCount > 0 ? "\(listing.noteCount) note\(listing.noteCount == 1 ? "" : "s")" : nil
        let when = [TextWidth.pad(meeting.start.map { $0.date.short } ?? "Date not known", to: 15), TextWidth.pad(meeting.start?.clock ?? "", to: 5)]
        if committee {
            let status = meeting.status == .scheduled ? nil : meeting.status.rawValue.uppercased()
            let text = (when + [listing.committeeName]).joined(separator: "  ")
                + ([status, items, notes].compactMap { $0 }.map { " · " + $0 }.joined())
            return TextWidth.truncate(text, to: width)
        }
        var text = ""
        for column in when + [TextWidth.pad(meeting.status.rawValue, to: 9), TextWidth.pad(items, to: 8)] + [notes].compactMap({ $0 })
        where TextWidth.of(text) + 2 + TextWidth.of(column) <= width || text.isEmpty {
            text += (text.isEmpty ? "" : "  ") + column
        }
        if let location = meeting.location, TextWidth.of(text) + 2 + 8 <= width {
            text += "  " + location
        }
        return TextWidth.truncate(text, to: width)
    }
}
