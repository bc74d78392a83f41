import ScrutinyModel
import TerminalCore

/// The chair's console: the agenda with the item being taken, and beside it that item's
/// resolutions, declarations and whether the meeting is quorate — or the attendance list.
public struct LiveScreen: Sendable, Equatable {
    public var meetingID: String
    public var live: LiveMeeting?
    /// The resolutions and declarations of the current item; the selected one is acted on.
    public var recordCursor = ListCursor()
    public var showingAttendance = false
    public var memberCursor = ListCursor()
    /// True until the first load: a resolution left open by a crash reopens in the editor.
    var restoreDraft = true
    /// When the meeting was last read (seconds since 1970).
    var loadedAt = 0

    public init(meetingID: String) {
        self.meetingID = meetingID
    }

    /// A row of the current item's record.
    public enum Record: Sendable, Equatable {
        case resolution(Resolution)
        case declaration(Declaration)
        case action(MeetingAction)
    }

    var records: [Record] {
        guard let live, let itemID = live.currentItemID else { return [] }
        return (live.resolutions[itemID] ?? []).map(Record.resolution) + live.declarations(on: itemID).map(Record.declaration)
            + live.actions.filter { $0.itemID == itemID }.map(Record.action)
    }

    var selectedRecord: Record? { records[safe: recordCursor.selected] }

    var selectedMember: String? { live?.members[safe: memberCursor.selected] }
}
