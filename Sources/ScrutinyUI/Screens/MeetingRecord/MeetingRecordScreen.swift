import ScrutinyModel
import TerminalCore

/// Who came to a meeting and who declared what, as its record says (`w` from its agenda or an
/// item's page): the same parts as `scrutiny show meeting`.
public struct MeetingRecordScreen: Sendable, Equatable {
    public var meetingID: String
    public var detail: MeetingDetail?
    public var pager = Pager()

    public init(meetingID: String) {
        self.meetingID = meetingID
    }

    /// The record's lines at `width`: each part's title, then its lines wrapped under it.
    func lines(width: Int, today: CalendarDate) -> [(String, Theme.Role)] {
        guard let detail else { return [("Loading the meeting…", .muted)] }
        let when = detail.meeting.start?.short ?? "date not known"
        let room = max(10, width - 3)
        func wrapped(_ text: String, _ role: Theme.Role) -> [(String, Theme.Role)] {
            TextWrap.lines(text, width: room).map { ($0, role) }
        }
        var lines = wrapped("\(detail.committee.name), \(when)", .heading)
        let record = detail.record(today: today)
        if record.isEmpty { lines += wrapped("No attendance, declarations or matters arising are recorded for this meeting.", .muted) }
        for (title, parts) in record {
            lines += [("", .normal)] + wrapped(title, .heading)
            for part in parts {
                lines += TextWrap.lines(part, width: room - 2).enumerated().map { (($0.offset == 0 ? "" : "  ") + $0.element, .normal) }
            }
        }
        return lines
    }
}

extension MeetingRecordScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Attendance" }

    static let keymapChains = [[Keymaps.scroll, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints([.up, .down, .back]) }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        guard action.moves else { return nil }
        pager.apply(action, lines: lines(width: app.width, today: app.today).count, height: app.bodyHeight)
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .meetingLoaded(let detail) = message, detail.meeting.id == meetingID { self.detail = detail }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { [.loadMeeting(meetingID)] }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let lines = lines(width: area.width, today: app.today)
        TextPage.draw(lines, from: pager.top, theme: app.theme, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] { lines(width: 10_000, today: app.today).map(\.0) }

    var meetingHere: String? { meetingID }
}
