import ScrutinyModel
import TerminalCore

/// A meeting's agenda: number, title, badges (exempt with paragraphs, key decision, call-in
/// with expiry) and counts of questions and resolutions.
enum AgendaView {
    /// Rows taken by the meeting's header above the list.
    static let headerHeight = 3

    static func listHeight(_ state: AppState) -> Int { max(1, state.bodyHeight - headerHeight) }

    /// Columns of the item shown beside the agenda (after a one-column rule): none below 120.
    static func previewWidth(_ state: AppState) -> Int { state.width >= 120 ? state.width / 2 - 1 : 0 }

    static func render(_ state: AppState, _ screen: AgendaScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        guard let detail = screen.detail else {
            buffer.put("Loading agenda…", x: area.x + 1, y: area.y, style: state.theme[.muted])
            return
        }
        let meeting = detail.meeting
        let when = meeting.start?.short ?? "Date not known"
        buffer.put("\(detail.committee.name) — \(when) — \(meeting.status.rawValue)\(meeting.hybrid ? ", hybrid" : "")",
                   x: area.x + 1, y: area.y, style: state.theme[.heading], limit: area.width - 1)
        let facts = [meeting.location, detail.attendanceSummary].compactMap { $0 }.joined(separator: " · ")
        buffer.put(facts, x: area.x + 1, y: area.y + 1, style: state.theme[.muted], limit: area.width - 1)
        // Where the minutes stand and what is carried to it, on the row above the list.
        let record = [detail.minutesStanding(today: state.today)?.summary, mattersArising(detail, today: state.today)].compactMap { $0 }
        buffer.put(record.joined(separator: " · "), x: area.x + 1, y: area.y + 2, style: state.theme[.muted], limit: area.width - 1)
        let below = Rect(x: area.x, y: area.y + headerHeight, width: area.width, height: area.height - headerHeight)
        let previewWidth = previewWidth(state)
        let (list, rest) = below.splitLeft(below.width - previewWidth - (previewWidth > 0 ? 1 : 0))
        if previewWidth > 0 {
            let (rule, pane) = rest.splitLeft(1)
            for y in rule.y..<rule.maxY {
                buffer.put(y == rule.y && screen.previewFocused ? "┃" : "│", x: rule.x, y: y, style: state.theme[.muted])
            }
            if let preview = screen.preview {
                ItemView.render(state, preview, focused: screen.previewFocused, in: pane, into: &buffer)
            }
        }
        guard !detail.items.isEmpty else {
            buffer.put("No items on this agenda.", x: list.x + 1, y: list.y, style: state.theme[.muted])
            return
        }
        let numberWidth = min(6, detail.items.map { TextWidth.of($0.item.number) }.max() ?? 1) + 1
        for offset in 0..<list.height {
            let index = screen.cursor.top + offset
            guard let listing = detail.items[safe: index] else { break }
            let y = list.y + offset
            let selected = index == screen.cursor.selected
            let style = selected ? state.theme[.selection] : state.theme[.normal]
            if selected { buffer.fill(list.row(offset), style: style) }
            if selected && !screen.previewFocused { buffer.focusIfUnset(list.x + 1, y) }
            var x = list.x + 1
            let number = listing.item.number.isEmpty ? "·" : listing.item.number
            x += buffer.put(TextWidth.pad(number, to: numberWidth), x: x, y: y, style: style)
            let badges = ItemBadges.text(listing, in: detail, today: state.today)
            let badgeWidth = min(TextWidth.of(badges), max(0, (list.maxX - x) / 2 - 1))
            let titleWidth = list.maxX - x - badgeWidth - (badgeWidth > 0 ? 1 : 0)
            x += buffer.put(TextWidth.truncate(listing.item.title, to: titleWidth), x: x, y: y, style: style, limit: titleWidth)
            if badgeWidth > 0 {
                buffer.put(TextWidth.truncate(badges, to: badgeWidth), x: list.maxX - badgeWidth, y: y,
                           style: selected ? style : state.theme[.badge], limit: badgeWidth)
            }
        }
    }
}

extension AgendaView {
    /// "2 matters arising, 1 overdue (w)": the committee's earlier actions still open when it began.
    static func mattersArising(_ detail: MeetingDetail, today: CalendarDate) -> String? {
        let arising = detail.mattersArising
        guard !arising.isEmpty else { return nil }
        let overdue = detail.overdueArising(today: today)
        return (arising.count == 1 ? "1 matter arising" : "\(arising.count) matters arising") + (overdue > 0 ? ", \(overdue) overdue" : "") + " (w)"
    }
}

/// The short labels an agenda row carries.
enum ItemBadges {
    static func text(_ listing: ItemListing, in meeting: MeetingDetail, today: CalendarDate) -> String {
        let item = listing.item
        var badges: [String] = []
        if item.isExempt { badges.append(item.exemptParagraphs.isEmpty ? "EXEMPT" : "EXEMPT ¶\(item.exemptParagraphs.map(String.init).joined(separator: ","))") }
        if item.keyDecision { badges.append("KEY") }
        if let clock = meeting.callInClock(listing) {
            badges.append(clock.badge(today: today, calendar: meeting.callIn.calendar))
        } else if item.callIn != .none {
            badges.append(item.callIn == .calledIn ? "CALLED IN" : "CALL-IN")
        }
        if listing.questionCount > 0 { badges.append("\(listing.questionCount)Q") }
        if listing.resolutionCount > 0 { badges.append("\(listing.resolutionCount)R") }
        if listing.noteCount > 0 { badges.append("\(listing.noteCount)N") }
        if listing.recommendationCount > 0 { badges.append(listing.recommendationCount == 1 ? "REC" : "\(listing.recommendationCount) REC") }
        return badges.joined(separator: " ")
    }
}
