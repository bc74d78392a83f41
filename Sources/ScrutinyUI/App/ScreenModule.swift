import ScrutinyModel
import TerminalCore

/// One screen of the UI, with everything it does. `AppState` keeps the open screens as a
/// stack of these and talks to the one on top (and, for store answers, to all of them)
/// only through this protocol: a new screen is a folder with its state, its conformance and
/// its view, and a line in `Screens.all`.
///
/// A screen changes the rest of the app through the `AppState` it is handed: it sets
/// `notice` or `overlay`, opens a screen above itself with `open(_:)`, closes itself with
/// `closeScreen()`. It never reads the stack.
protocol ScreenModule: Sendable {
    /// Its part of the breadcrumb: "Search", "5. Customer Access Strategy".
    func breadcrumb(_ app: AppState) -> String

    /// The keymaps a key is looked up in, first to last; it may depend on what has the focus.
    func keymaps(_ app: AppState) -> [Keymap<Action>]
    /// Every chain `keymaps` can answer, for the key reference and the key-conflict test.
    static var keymapChains: [[Keymap<Action>]] { get }
    /// What the status bar shows: the actions whose hints are marked on their bindings.
    func hints(_ app: AppState) -> Hints

    /// True while keys go to the screen's text before the keymaps (an editor, a query, a find).
    var takesText: Bool { get }
    /// What a line typed in the line mode is to this screen: a command, or text for it.
    var lineEntry: LineEntry { get }
    /// A key while the screen takes text: what typing it did, or nil to let the keymaps have it.
    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]?
    /// An action from the keymaps; nil leaves it to what every screen does (help, search, notes,
    /// back, quit).
    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]?
    /// A click on a row of the body (0 is the row under the breadcrumb).
    mutating func click(row: Int, _ app: inout AppState) -> [Effect]

    /// A store answer; every screen in the stack sees it and takes what concerns it.
    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect]
    /// Fits layout and cursors to the terminal and the content; called on the top screen after
    /// every update, so it must change nothing when nothing has changed.
    mutating func relayout(_ app: inout AppState) -> [Effect]
    /// What to read again when the store or the notebook changed.
    func reloads(onTop: Bool) -> [Effect]
    /// What to write before the program ends (a signal, a lost terminal, a quit): what the screen
    /// holds that is not yet in the store.
    func whenLeaving() -> [Effect]

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer)
    /// The right end of the status bar: how far through a page ("42%").
    func position(_ app: AppState) -> String?
    /// The screen as lines of text, the selection marked with "> ": what the line mode speaks.
    func describe(_ app: AppState) -> [String]

    /// What a new note can be on from here, the most specific first.
    func noteSpots(_ app: AppState) -> [NoteSpot]
    /// The note the note keys act on: the one selected in a focused list of notes.
    var selectedNote: NoteListing? { get }
    /// The meeting `L` opens the live console on.
    var meetingHere: String? { get }
}

/// How the line mode gives a screen the lines typed.
enum LineEntry {
    /// Each line is a command (`n`, `open 3`, `add note`).
    case commands
    /// Lines of a text (a note, a resolution, an action), each typed and saved before the next
    /// is read; "." alone finishes.
    case text
    /// A form: each line fills the field with the focus and moves to the next; "." alone records it.
    case form
    /// One line answers (a filter, a find), then Enter.
    case prompt
}

extension ScreenModule {
    var takesText: Bool { false }
    var lineEntry: LineEntry { takesText ? .prompt : .commands }
    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? { nil }
    mutating func click(row: Int, _ app: inout AppState) -> [Effect] { [] }
    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] { [] }
    mutating func relayout(_ app: inout AppState) -> [Effect] { [] }
    func reloads(onTop: Bool) -> [Effect] { [] }
    func whenLeaving() -> [Effect] { [] }
    func position(_ app: AppState) -> String? { nil }
    func noteSpots(_ app: AppState) -> [NoteSpot] { [] }
    var selectedNote: NoteListing? { nil }
    var meetingHere: String? { nil }
}

/// Every kind of screen: the one list a new screen is added to.
enum Screens {
    static let all: [any ScreenModule.Type] = [
        MeetingsScreen.self, AgendaScreen.self, ItemScreen.self, ReaderScreen.self, SearchScreen.self, HelpScreen.self,
        ConcernsScreen.self, NoteReadScreen.self, MeetingRecordScreen.self, NoteEditorScreen.self, LiveScreen.self, ResolutionEditorScreen.self, DeclarationForm.self,
        AttendeeForm.self, ActionEditorScreen.self, TrackerScreen.self, RecommendationScreen.self, ProposalsScreen.self,
        CallInForm.self, ProgrammeScreen.self, TopicScreen.self, NewsScreen.self,
    ]
}
