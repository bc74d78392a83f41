import ScrutinyModel
import TerminalCore

extension MeetingsScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { layout.calendar ? "Upcoming" : "Meetings" }

    static let keymapChains = [[Keymaps.meetings, Keymaps.list, Keymaps.notes, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        if typingFilter { return Hints("type to narrow the list  Enter done  Esc show all", []) }
        return Hints([.up, .down, .open, .nextCommittee, .calendar, .filterText, .addNote, .search, .help, isNarrowed ? .back : .quit])
    }

    var takesText: Bool { typingFilter }

    /// Typing the filter narrows the list at each key; Enter keeps it, Esc clears it.
    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        let kept = selected?.meeting.id
        var effects: [Effect] = []
        switch key {
        case .character(let character):
            layout.text.append(character)
            // Text is looked for in every meeting: the whole list is read for it.
            if !isWhole && !wantsWhole {
                wantsWhole = true
                effects = [.loadAllMeetings]
            }
        case .backspace: if !layout.text.isEmpty { layout.text.removeLast() }
        case .enter: typingFilter = false
        case .escape:
            typingFilter = false
            layout.text = ""
        default: return []
        }
        arrange(keeping: kept, height: listHeight(app))
        return effects
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        let kept = selected?.meeting.id
        switch action {
        case .open:
            if case .earlier(let committee, _)? = rows[safe: cursor.selected] {
                guard isWhole else {
                    wantsWhole = true
                    unfoldWhenWhole = committee
                    return [.loadAllMeetings]
                }
                unfold(committee, at: cursor.selected, height: listHeight(app))
                return []
            }
            return selected.map { app.openMeeting($0.meeting.id) } ?? []
        case .nextCommittee, .previousCommittee:
            jumpCommittee(by: action == .nextCommittee ? 1 : -1, height: listHeight(app))
        case .calendar:
            layout.calendar.toggle()
            arrange(keeping: kept ?? MeetingSchedule.upcoming(listings, today: app.today).first?.meeting.id, height: listHeight(app))
        case .filterCommittee:
            layout.committee = layout.committee == nil ? selected?.committeeName : nil
            arrange(keeping: kept, height: listHeight(app))
        case .filterText:
            typingFilter = true
        case .back where isNarrowed:
            layout.committee = nil
            layout.text = ""
            arrange(keeping: kept, height: listHeight(app))
        case _ where action.moves:
            let rows = rows
            cursor.apply(action, count: rows.count, page: max(1, listHeight(app) - 1)) { rows[$0].isSelectable }
        default:
            return nil
        }
        return []
    }

    mutating func click(row: Int, _ app: inout AppState) -> [Effect] {
        let rows = rows
        cursor.select(cursor.top + row, count: rows.count) { rows[$0].isSelectable }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .meetingsLoaded(let list) = message { show(list, today: app.today, height: listHeight(app)) }
        if case .firstFrameShown = message { return (committeesUnread ? [wantsWhole ? .loadAllMeetings : .loadMeetings] : []) + [.loadDeadlines] }
        if case .recommendationsLoaded(let all, let names) = message {
            overdue = Dictionary(grouping: all.filter { $0.status(today: app.today) == .responseOverdue }) { names[$0.committeeID] ?? $0.committeeID }
                .mapValues(\.count)
            layout.responses = Deadline.responses(all, from: app.today)
            arrange(keeping: selected?.meeting.id, height: listHeight(app))
        }
        if case .deadlinesLoaded(let deadlines) = message {
            layout.betweenMeetings = deadlines
            arrange(keeping: selected?.meeting.id, height: listHeight(app))
        }
        // A call-in or a topic recorded on a screen above moves the calendar's deadlines.
        if case .recorded = message, !onTop { return [.loadDeadlines] }
        return []
    }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        let rows = rows
        cursor.clamp(count: rows.count, height: listHeight(app)) { rows[$0].isSelectable }
        return []
    }

    /// Rows of the list: the body, less the filter's line when there is one.
    func listHeight(_ app: AppState) -> Int { app.bodyHeight - (typingFilter || isNarrowed ? 1 : 0) }

    func reloads(onTop: Bool) -> [Effect] { onTop ? [wantsWhole ? .loadAllMeetings : .loadMeetings, .loadRecommendations, .loadDeadlines] : [] }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        MeetingsView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        guard loaded else { return ["Loading meetings…"] }
        guard !rows.isEmpty else { return [MeetingsView.empty(self)] }
        let meetings = rows.filter { if case .meeting = $0 { true } else { false } }.count
        var number = 0
        return ["Meetings: \(meetings), " + (layout.calendar ? "by day across committees" : "by committee, upcoming first, then past")]
            + rows.indices.map { index in
            switch rows[index] {
            case .committee(let name): "Committee: \(name)" + (MeetingsView.overdueText(overdue[name]).map { " (\($0))" } ?? "")
            case .group(let title): "  \(title)"
            case .meeting(let listing):
                (index == cursor.selected ? "> " : "  ") + "Meeting \({ number += 1; return number }()) of \(meetings): "
                    + (layout.calendar ? "" : listing.committeeName + ", ") + MeetingsView.line(listing, width: 200, committee: layout.calendar)
            case .earlier(_, let count): (index == cursor.selected ? "> " : "  ") + MeetingsView.earlier(count)
            case .deadline(let deadline): "  " + MeetingsView.deadline(deadline)
            }
        } + (isNarrowed ? ["Showing only \(narrowedTo)"] : [])
    }

    func noteSpots(_ app: AppState) -> [NoteSpot] { selected.map { [NoteSpots.meeting($0)] } ?? [] }

    var meetingHere: String? { selected?.meeting.id }
}
