import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore

/// Everything the reviewer's UI shows, as a value: `update` makes the next state from a
/// message, `render` draws it. No view reads the store.
public struct AppState: Sendable {
    public var width: Int
    public var height: Int
    public var theme: Theme
    /// Which meetings are upcoming.
    public var today: CalendarDate
    /// A line for the status bar: the first-run message, or what went wrong.
    public var notice: String?
    /// Screens opened, the current one last; the meetings list is always first.
    var stack: [any ScreenModule] = [MeetingsScreen()]
    /// Who is reading, for their notes; nil when notes cannot be kept.
    public var member: String?
    /// The flags a note can be given (not the retired ones).
    public var flags: [Flag] = []
    /// A flag picker or a question, over the current screen.
    public var overlay: Overlay?
    /// The time, in seconds since 1970, and the local offset from UTC in seconds: the live
    /// console's clocks. The runner sets them before each frame.
    public var now = 0
    /// The council's zone, for the clock the console shows and records.
    public var councilTime = CouncilTime()
    public var quit = false
    /// For a screen reader: nothing on the screen changes by itself (no clock ticks); a change
    /// from elsewhere is said on the status line.
    public var screenReader = false
    /// For a screen reader, the time the clocks on the screen show, moved on only when a key or
    /// a change comes; nil shows `now`.
    public var heldNow: Int?
    /// The time the clocks on the screen show.
    var shownNow: Int { heldNow ?? now }
    /// Where a concerns report from the UI is written: the folder Scrutiny was started in.
    public var exportFolder = FileManager.default.currentDirectoryPath
    /// Set by the screen being updated to close itself once it is done.
    private var closing = false

    public init(width: Int, height: Int, theme: Theme = .standard, today: CalendarDate, notice: String? = nil,
                member: String? = nil) {
        self.width = width
        self.height = height
        self.theme = theme
        self.today = today
        self.notice = notice
        self.member = member
    }

    var current: any ScreenModule { stack[stack.count - 1] }

    /// The meetings list, at the bottom of the stack.
    public var meetings: MeetingsScreen { stack.first as? MeetingsScreen ?? MeetingsScreen() }

    /// Smallest terminal every screen works in.
    public static let minimumSize = (width: 40, height: 12)
    public var isTooSmall: Bool { width < Self.minimumSize.width || height < Self.minimumSize.height }

    /// Rows between the breadcrumb and the status bar.
    var bodyHeight: Int { max(0, height - 2) }
}

extension AppState {
    /// Lets the screen at `index` act on the app: it is taken out, handed the state, and put back
    /// (or dropped, if it closed itself); screens it opened go on top.
    mutating func update<Answer>(screenAt index: Int, _ body: (inout any ScreenModule, inout AppState) -> Answer) -> Answer {
        var screen = stack[index]
        let answer = body(&screen, &self)
        stack[index] = screen
        if closing {
            closing = false
            if index > 0 { stack.remove(at: index) }
        }
        return answer
    }

    mutating func updateCurrent<Answer>(_ body: (inout any ScreenModule, inout AppState) -> Answer) -> Answer {
        update(screenAt: stack.count - 1, body)
    }

    /// Opens a screen above the one being updated.
    mutating func open(_ screen: any ScreenModule) {
        stack.append(screen)
    }

    /// Closes the screen being updated, once its update is over.
    mutating func closeScreen() {
        closing = true
    }

    /// Opens an agenda or an item page as if the member had gone to it (for timing the screens).
    public mutating func open(_ screen: AgendaScreen) { open(screen as any ScreenModule) }
    public mutating func open(_ screen: ItemScreen) { open(screen as any ScreenModule) }
}
