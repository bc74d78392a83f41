import ScrutinyModel
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
    public var stack: [Screen] = [.meetings]
    public var meetings: MeetingsScreen = MeetingsScreen()
    /// Who is reading, for their notes; nil when notes cannot be kept.
    public var member: String?
    /// The flags a note can be given (not the retired ones).
    public var flags: [Flag] = []
    /// A flag picker or a question, over the current screen.
    public var overlay: Overlay?
    /// The time, in seconds since 1970, and the local offset from UTC in seconds: the live
    /// console's clocks. The runner sets them before each frame.
    public var now = 0
    public var utcOffset = 0
    public var quit = false

    public init(width: Int, height: Int, theme: Theme = .standard, today: CalendarDate, notice: String? = nil,
                member: String? = nil) {
        self.width = width
        self.height = height
        self.theme = theme
        self.today = today
        self.notice = notice
        self.member = member
    }

    public var current: Screen { stack.last ?? .meetings }

    /// Smallest terminal every screen works in.
    public static let minimumSize = (width: 40, height: 12)
    public var isTooSmall: Bool { width < Self.minimumSize.width || height < Self.minimumSize.height }

    /// Rows between the breadcrumb and the status bar.
    var bodyHeight: Int { max(0, height - 2) }
}

/// A screen of the UI.
public enum Screen: Sendable, Equatable {
    case meetings
    case agenda(AgendaScreen)
    case item(ItemScreen)
    case search(SearchScreen)
    case reader(ReaderScreen)
    case help(Pager)
    case noteEditor(NoteEditorScreen)
    case concerns(ConcernsScreen)
    case live(LiveScreen)
    case resolutionEditor(ResolutionEditorScreen)
    case declaration(DeclarationForm)
}

/// One document on its own: word-wrapped, numbered paragraphs, find with `/`, `n`, `N`.
public struct ReaderScreen: Sendable, Equatable {
    public var document: Document
    /// The item the document belongs to, for notes written in the reader.
    public var context: ItemDetail?
    /// The item's notes, marked beside the paragraphs they are on.
    public var notes: [NoteListing] = []
    public var pager = Pager()
    /// The text being found; matched without regard to case.
    public var find = ""
    /// True while the member types the text to find.
    public var editingFind = false
    private(set) var layout: [ItemPage.Line] = []
    private(set) var layoutWidth = 0
    /// The lines holding `find`, worked out when the find is confirmed or the layout changes,
    /// not on every key.
    private(set) var found: [Int] = []

    public init(document: Document, context: ItemDetail? = nil, notes: [NoteListing] = []) {
        self.document = document
        self.context = context
        self.notes = notes
    }

    mutating func relayout(width: Int) {
        guard width != layoutWidth || layout.isEmpty else { return }
        layout = ItemPage.lines(document, width: width)
        layoutWidth = width
        refind(width: width)
    }

    mutating func refind(width: Int) {
        found = editingFind ? [] : matches(width: width)
    }

    func lines(width: Int) -> [ItemPage.Line] {
        width == layoutWidth && !layout.isEmpty ? layout : ItemPage.lines(document, width: width)
    }

    /// The lines holding the text being found.
    func matches(width: Int) -> [Int] {
        guard !find.isEmpty else { return [] }
        let needle = find.lowercased()
        let all = lines(width: width)
        return all.indices.filter { all[$0].text.lowercased().contains(needle) }
    }
}

/// Meetings by committee: upcoming first, then past.
public struct MeetingsScreen: Sendable, Equatable {
    public var rows: [MeetingRow] = []
    public var cursor = ListCursor()
    public var loaded = false

    /// Shows the listings; a reload (another process changed the store) keeps the meeting
    /// that was selected, the first load selects the first meeting.
    mutating func show(_ listings: [MeetingListing], today: CalendarDate) {
        let chosen: String? = if loaded, case .meeting(let listing) = rows[safe: cursor.selected] { listing.meeting.id } else { nil }
        rows = Self.rows(listings, today: today)
        loaded = true
        let rows = rows
        if let again = rows.firstIndex(where: { if case .meeting(let listing) = $0 { listing.meeting.id == chosen } else { false } }) {
            cursor.select(again, count: rows.count) { rows[$0].isSelectable }
        } else {
            cursor.jump(toEnd: false, count: rows.count) { rows[$0].isSelectable }
        }
    }

    public enum MeetingRow: Sendable, Equatable {
        case committee(String)
        case group(String)
        case meeting(MeetingListing)

        var isSelectable: Bool { if case .meeting = self { true } else { false } }
    }

    /// Lays out the listings by committee, upcoming then past then undated.
    static func rows(_ listings: [MeetingListing], today: CalendarDate) -> [MeetingRow] {
        MeetingSchedule.arrange(listings, today: today).flatMap { group -> [MeetingRow] in
            var rows: [MeetingRow] = [.committee(group.committee)]
            for (title, meetings) in [("Upcoming", group.upcoming), ("Past", group.past), ("Date not known", group.undated)]
            where !meetings.isEmpty {
                rows.append(.group(title))
                rows += meetings.map { .meeting($0) }
            }
            return rows
        }
    }
}

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

/// An item with everything attached to it, as one scrolling page.
public struct ItemScreen: Sendable, Equatable {
    public var itemID: String
    public var detail: ItemDetail?
    public var pager = Pager()
    /// A paragraph to scroll to once the item has loaded (from a search hit).
    public var jumpTo: String?
    public var notesPane = NotesPane()

    /// The page laid out for `layoutWidth`, kept so a keystroke does not wrap it again.
    private(set) var layout: [ItemPage.Line] = []
    private(set) var layoutWidth = 0

    public init(itemID: String, detail: ItemDetail? = nil, jumpTo: String? = nil) {
        self.itemID = itemID
        self.detail = detail
        self.jumpTo = jumpTo
    }

    /// Lays the page out again when the width has changed.
    mutating func relayout(width: Int) {
        guard let detail, width != layoutWidth || layout.isEmpty else { return }
        layout = ItemPage.lines(detail, width: width)
        layoutWidth = width
    }

    /// The page's lines at `width`: the kept layout when it fits.
    func lines(width: Int) -> [ItemPage.Line] {
        if width == layoutWidth && !layout.isEmpty { return layout }
        return detail.map { ItemPage.lines($0, width: width) } ?? []
    }
}

/// Search across every paper as the member types.
public struct SearchScreen: Sendable, Equatable {
    public var query = ""
    public var hits: [SearchHit] = []
    public var cursor = ListCursor()
    /// Counts the searches asked for; an answer to an older one is dropped.
    public var generation = 0
    /// The generation whose answer is shown.
    public var answered = 0
}
