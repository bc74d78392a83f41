import ScrutinyModel
import TerminalCore

/// Meetings by committee: upcoming first, then past, with date, time, status and item count.
enum MeetingsView {
    static func render(_ state: AppState, _ screen: MeetingsScreen, in area: Rect, into buffer: inout ScreenBuffer) {
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

    /// "Tue 8 Dec 2026   18:00  scheduled  2 items    Council Chamber, Civic Centre": the
    /// columns that fit in `width`, whole, in that order of importance.
    static func line(_ listing: MeetingListing, width: Int) -> String {
        let meeting = listing.meeting
        let items = "\(listing.itemCount) item\(listing.itemCount == 1 ? "" : "s")"
        let columns = [
            TextWidth.pad(meeting.start.map { $0.date.short } ?? "Date not known", to: 15),
            TextWidth.pad(meeting.start?.clock ?? "", to: 5),
            TextWidth.pad(meeting.status.rawValue, to: 9),
            TextWidth.pad(items, to: 8),
        ]
        var text = ""
        for column in columns where TextWidth.of(text) + 2 + TextWidth.of(column) <= width || text.isEmpty {
            text += (text.isEmpty ? "" : "  ") + column
        }
        if let location = meeting.location, TextWidth.of(text) + 2 + 8 <= width {
            text += "  " + location
        }
        return TextWidth.truncate(text, to: width)
    }
}
