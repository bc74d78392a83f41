import ScrutinyModel
import TerminalCore

/// The chair's console: a header with the quorum, the agenda with the item being taken and
/// the time spent on each, and beside it the item's record or the attendance list.
enum LiveView {
    /// Rows above the panes: the meeting, the attendance, a blank.
    static let headerHeight = 3
    /// Rows each resolution or declaration takes in the record.
    static let rowsPerRecord = 3

    /// Columns of the agenda column: none below 72, where the item takes the screen.
    static func agendaWidth(_ state: AppState) -> Int { state.width >= 72 ? min(44, state.width * 2 / 5) : 0 }

    static func paneHeight(_ state: AppState) -> Int { max(1, state.bodyHeight - headerHeight) }
    /// Records that fit below the item's heading and above the count of members in the room.
    static func visibleRecords(_ state: AppState) -> Int { max(1, (paneHeight(state) - 4) / rowsPerRecord) }
    static func visibleMembers(_ state: AppState) -> Int { max(1, paneHeight(state) - 2) }

    static func render(_ state: AppState, _ screen: LiveScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        guard let live = screen.live else {
            buffer.put("Loading the meeting…", x: area.x + 1, y: area.y, style: theme[.muted])
            return
        }
        let meeting = live.detail.meeting
        let quorate = live.isQuorate(for: live.currentItemID)
        let course = stateText(live)
        let stateWidth = min(TextWidth.of(course), area.width / 2)
        buffer.put("Live — \(live.detail.committee.name) — \(meeting.start?.short ?? "")", x: area.x + 1, y: area.y, style: theme[.heading],
                   limit: area.width - stateWidth - 3)
        buffer.put(TextWidth.truncate(course, to: stateWidth), x: area.maxX - stateWidth - 1, y: area.y,
                   style: theme[live.state == .running ? .heading : .warning])
        let quorum = quorumText(live)
        let quorumWidth = min(TextWidth.of(quorum), area.width - 2)
        let summary = attendanceSummary(live)
        let summaryFits = TextWidth.of(summary) + quorumWidth + 4 <= area.width
        buffer.put(TextWidth.truncate(quorum, to: quorumWidth), x: area.maxX - quorumWidth - 1, y: area.y + 1,
                   style: theme[quorate ? .heading : .warning])
        if summaryFits { buffer.put(summary, x: area.x + 1, y: area.y + 1, style: theme[.muted]) }

        let below = Rect(x: area.x, y: area.y + headerHeight, width: area.width, height: area.height - headerHeight)
        let agendaWidth = agendaWidth(state)
        var pane = below
        if agendaWidth > 0 {
            let (list, rest) = below.splitLeft(agendaWidth)
            renderAgenda(state, live, in: list, into: &buffer)
            let (rule, right) = rest.splitLeft(1)
            for y in rule.y..<rule.maxY { buffer.put("│", x: rule.x, y: y, style: theme[.muted]) }
            pane = right
        }
        if screen.showingAttendance {
            renderAttendance(state, screen, live, in: pane, into: &buffer)
        } else {
            renderItem(state, screen, live, in: pane, into: &buffer)
        }
    }

    /// "under way since 18:32", "adjourned at 19:10", "ended at 20:45", "amending the record".
    static func stateText(_ live: LiveMeeting) -> String {
        let at = live.course.last?.clock ?? ""
        switch live.state {
        case .notStarted: return live.detail.meeting.status == .held ? "held" : "not started"
        case .running: return "under way since \(live.course.last { $0.kind == .started }?.clock ?? at)"
        case .adjourned: return "adjourned at \(at)"
        case .ended: return "ended at \(at)"
        case .amending: return "amending the record"
        }
    }

    /// "Quorate: 6 in the room, quorum 4" (for the item taken up), or "NOT QUORATE: …".
    static func quorumText(_ live: LiveMeeting) -> String {
        (live.isQuorate(for: live.currentItemID) ? "Quorate" : "NOT QUORATE")
            + ": \(live.inTheRoom(for: live.currentItemID).count) in the room, quorum \(live.quorum)"
    }

    static func attendanceSummary(_ live: LiveMeeting) -> String {
        let records = live.committeeMembers.map { live.attendance(of: $0) }
        let present = records.filter { $0?.isInTheRoom == true }.count
        let left = records.filter { $0?.status == .present && $0?.isInTheRoom == false }.count
        let apologies = records.filter { $0?.status == .apologies }.count
        let unknown = records.filter { $0 == nil }.count
        var parts = ["\(present) present"]
        if left > 0 { parts.append("\(left) left") }
        parts.append(apologies == 1 ? "1 apology" : "\(apologies) apologies")
        if unknown > 0 { parts.append("\(unknown) to record") }
        let others = live.detail.attendance.filter { !live.committeeMembers.contains($0.person) && $0.isInTheRoom }.count
        if others > 0 { parts.append(others == 1 ? "1 other present" : "\(others) others present") }
        return parts.joined(separator: ", ")
    }

    private static func renderAgenda(_ state: AppState, _ live: LiveMeeting, in area: Rect, into buffer: inout ScreenBuffer) {
        let items = live.detail.items
        let current = live.currentItem?.index
        let top = max(0, min((current ?? 0) - area.height / 2, items.count - area.height))
        for offset in 0..<area.height {
            guard let listing = items[safe: top + offset] else { break }
            let y = area.y + offset
            let isCurrent = top + offset == current
            let style = state.theme[isCurrent ? .selection : .normal]
            if isCurrent {
                buffer.fill(area.row(offset), style: style)
                buffer.focusIfUnset(area.x, y)
            }
            let seconds = live.seconds(on: listing.item.id, now: state.shownNow)
            let time = seconds > 0 || isCurrent ? elapsedText(seconds) : ""
            let timeWidth = TextWidth.of(time)
            buffer.put(isCurrent ? "▶" : " ", x: area.x + 1, y: y, style: style)
            let number = listing.item.number.isEmpty ? "·" : listing.item.number
            let label = TextWidth.pad(number, to: 3) + " " + listing.item.title
            buffer.put(TextWidth.truncate(label, to: area.width - timeWidth - 5), x: area.x + 3, y: y, style: style)
            buffer.put(time, x: area.maxX - timeWidth - 1, y: y, style: isCurrent ? style : state.theme[.muted])
        }
    }

    private static func renderItem(_ state: AppState, _ screen: LiveScreen, _ live: LiveMeeting, in area: Rect,
                                   into buffer: inout ScreenBuffer) {
        let theme = state.theme
        let x = area.x + 1, width = area.width - 2
        guard let (listing, index) = live.currentItem else {
            let text = live.detail.items.isEmpty ? "No items on this agenda."
                : "No item taken up yet. Press n to take up the first item and start its clock."
            for (offset, line) in TextWrap.lines(text, width: width).enumerated() where offset < area.height {
                buffer.put(line, x: x, y: area.y + offset, style: theme[.muted])
            }
            return
        }
        let itemID = listing.item.id
        let time = elapsedText(live.seconds(on: itemID, now: state.shownNow))
        buffer.put(ItemView.heading(listing.item), x: x, y: area.y, style: theme[.heading], limit: width - TextWidth.of(time) - 1)
        buffer.put(time, x: area.maxX - TextWidth.of(time) - 1, y: area.y, style: theme[.heading])
        buffer.put("Item \(index + 1) of \(live.detail.items.count)", x: x, y: area.y + 1, style: theme[.muted], limit: width)
        if let privacy = privacyLine(listing.item, live) {
            buffer.put(privacy.text, x: x, y: area.y + 2, style: theme[privacy.warning ? .warning : .muted], limit: width)
        }
        let records = screen.records
        let visible = visibleRecords(state)
        let top = max(0, screen.recordCursor.selected - visible + 1)
        if records.isEmpty {
            buffer.put("Nothing recorded yet: r resolution, c action, D declaration.", x: x, y: area.y + 3, style: theme[.muted], limit: width)
        }
        for offset in 0..<visible {
            guard let record = records[safe: top + offset] else { break }
            let y = area.y + 3 + offset * rowsPerRecord
            let selected = top + offset == screen.recordCursor.selected
            let lines = recordLines(record, live: live, width: width - 2)
            if selected {
                buffer.put("›", x: area.x, y: y, style: theme[.heading])
                buffer.focus = (area.x, y)  // the selected record, over the item taken up
            }
            for (row, line) in lines.prefix(rowsPerRecord - 1).enumerated() {
                buffer.put(line, x: x + 1, y: y + row, style: theme[row == 0 && selected ? .selection : row == 0 ? .normal : .muted],
                           limit: width - 1)
            }
        }
        let room = live.inTheRoom(for: itemID)
        let count = "In the room for this item: \(room.count) (quorum \(live.quorum))"
        buffer.put(count, x: x, y: area.maxY - 1, style: theme[live.isQuorate(for: itemID) ? .muted : .warning], limit: width)
    }

    /// On an exempt item: whether the press and public have been excluded, and if not, how to.
    static func privacyLine(_ item: AgendaItem, _ live: LiveMeeting) -> (text: String, warning: Bool)? {
        guard item.isExempt else { return nil }
        if let passed = live.resolutions[item.id]?.first(where: \.excludesPublic) {
            return ("Private (\(item.exemptParagraphsText)): press and public excluded by \(passed.label)", false)
        }
        return ("EXEMPT (\(item.exemptParagraphsText)) — X: exclude press and public", true)
    }

    /// A record's first line and the one under it: the resolution's text and its outcome, or
    /// who declared what.
    static func recordLines(_ record: LiveScreen.Record, live: LiveMeeting, width: Int) -> [String] {
        switch record {
        case .resolution(let resolution):
            let text = resolution.text.replacingOccurrences(of: "\n", with: " ")
            var first = [resolution.label, text.isEmpty ? "(empty)" : text].filter { !$0.isEmpty }.joined(separator: " ")
            first = TextWidth.truncate(first, to: width)
            var second = resolution.outcomeSummary
            if let writer = live.writers[resolution.id] { second += " — \(writer)" }
            return [first, TextWidth.truncate("  " + second, to: width)]
        case .action(let action):
            let text = action.text.replacingOccurrences(of: "\n", with: " ")
            return [TextWidth.truncate("Action: \(text)", to: width),
                    TextWidth.truncate("  \(action.ownerAndDue) — \(action.status == .done ? "done" : "open")", to: width)]
        case .declaration(let declaration):
            let detail = declaration.detail.isEmpty ? "" : ": \(declaration.detail)"
            return [TextWidth.truncate("Declared: \(declaration.person) — \(declaration.kind.title)", to: width),
                    TextWidth.truncate("  " + declaration.action.title + detail, to: width)]
        }
    }

    private static func renderAttendance(_ state: AppState, _ screen: LiveScreen, _ live: LiveMeeting, in area: Rect,
                                         into buffer: inout ScreenBuffer) {
        let theme = state.theme
        let x = area.x + 1, width = area.width - 2
        buffer.put("Attendance", x: x, y: area.y, style: theme[.heading], limit: width)
        let nameWidth = min(max(12, live.members.map(TextWidth.of).max() ?? 0), width / 2)
        let visible = visibleMembers(state)
        let top = max(0, screen.memberCursor.selected - visible + 1)
        for offset in 0..<visible {
            guard let person = live.members[safe: top + offset] else { break }
            let y = area.y + 2 + offset
            let selected = top + offset == screen.memberCursor.selected
            let style = theme[selected ? .selection : .normal]
            if selected {
                buffer.put("›", x: area.x, y: y, style: theme[.heading])
                buffer.focus = (area.x, y)  // the attendance list has the keys while it shows
            }
            buffer.put(TextWidth.pad(TextWidth.truncate(person, to: nameWidth), to: nameWidth), x: x, y: y, style: style)
            buffer.put(status(live.attendance(of: person)), x: x + nameWidth + 2, y: y,
                       style: theme[live.attendance(of: person) == nil ? .muted : .normal], limit: width - nameWidth - 2)
        }
    }

    /// "present, arrived 18:45, left 19:30, returned 19:50", "substitute for Cllr Baker, present",
    /// "officer (Head of Finance), present".
    static func status(_ attendance: Attendance?) -> String {
        guard let attendance else { return "not yet recorded" }
        var parts: [String] = []
        if attendance.role != .member {
            parts.append(attendance.role.title + (attendance.standingInFor.map { " for \($0)" } ?? "")
                         + (attendance.title.map { " (\($0))" } ?? ""))
        }
        parts.append(attendance.status == .apologies ? "apologies" : attendance.status.rawValue)
        if !attendance.movements.isEmpty { parts.append(attendance.movementsText) }
        return parts.joined(separator: ", ")
    }
}
