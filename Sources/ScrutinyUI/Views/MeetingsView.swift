import ScrutinyModel
import TerminalCore

/// Meetings by committee: upcoming first, then past, with date, time, status and item count.
enum MeetingsView {
    static func render(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let screen = state.meetings
        guard screen.loaded else {
            buffer.put("Loading meetings…", x: area.x + 1, y: area.y, style: state.theme[.muted])
            return
        }
        guard !screen.rows.isEmpty else {
            buffer.put("No meetings yet. Import papers with: scrutiny import PATH", x: area.x + 1, y: area.y,
                       style: state.theme[.muted], limit: area.width - 1)
            return
        }
        for offset in 0..<area.height {
            let index = screen.cursor.top + offset
            guard let row = screen.rows[safe: index] else { break }
            let y = area.y + offset
            let selected = index == screen.cursor.selected
            switch row {
            case .committee(let name):
                buffer.put(name, x: area.x + 1, y: y, style: state.theme[.heading], limit: area.width - 1)
            case .group(let title):
                buffer.put(title, x: area.x + 3, y: y, style: state.theme[.muted], limit: area.width - 3)
            case .meeting(let listing):
                let style = selected ? state.theme[.selection] : state.theme[.normal]
                if selected { buffer.fill(area.row(offset), style: style) }
                buffer.put(line(listing, width: area.width - 5), x: area.x + 5, y: y, style: style, limit: area.width - 5)
            }
        }
    }

    /// "Tue 8 Dec 2026  18:00  scheduled  2 items  Council Chamber, Civic Centre", cut to fit.
    static func line(_ listing: MeetingListing, width: Int) -> String {
        let meeting = listing.meeting
        let date = TextWidth.pad(meeting.start.map { $0.date.short } ?? "Date not known", to: 15)
        let time = TextWidth.pad(meeting.start?.clock ?? "", to: 5)
        let status = TextWidth.pad(meeting.status.rawValue, to: 9)
        let items = "\(listing.itemCount) item\(listing.itemCount == 1 ? "" : "s")"
        var text = "\(date)  \(time)  \(status)  \(TextWidth.pad(items, to: 8))"
        if let location = meeting.location { text += "  " + location }
        return TextWidth.truncate(text, to: width)
    }
}
