import ScrutinyModel
import TerminalCore

/// A meeting's agenda.
public struct AgendaScreen: Sendable, Equatable {
    public var meetingID: String
    public var detail: MeetingDetail?
    public var cursor = ListCursor()
    /// The selected item, shown beside the agenda on a wide terminal.
    public var preview: ItemScreen?
    /// True when Tab has given the keys to the item beside the agenda.
    public var previewFocused = false

    public init(meetingID: String, detail: MeetingDetail? = nil) {
        self.meetingID = meetingID
        self.detail = detail
    }
}
