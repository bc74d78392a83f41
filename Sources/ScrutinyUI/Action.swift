import TerminalCore

/// What a key can ask the reviewer's UI to do.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last
    case open, back, quit
    case help, search
    case nextMatch, previousMatch
    case switchPane
    case concerns, addNote, flag, editNote, deleteNote, cycleStatus
    case filterStatus, filterCommittee
    case save, nextField, previousField, nextValue, previousValue, toggle, yes, no
    case live, nextItem, previousItem, newResolution, votes, unanimous, cycleOutcome, markFinal
    case attendance, declare, remove, present, apologies, arrived, left
}

/// The default key bindings: one table per screen plus a global fallback. The help text
/// here is what `?` and docs/keys.md show.
public enum Keymaps {
    public static let global = Keymap<Action>(title: "Everywhere", bindings: [
        .init([.character("Q"), .control("c")], .quit, "quit from anywhere"),
        .init([.escape, .character("q")], .back, "go back (q on the meetings list quits)"),
        .init([.character("/")], .search, "search every paper as you type"),
        .init([.character("?")], .help, "this help"),
        .init([.character("F")], .concerns, "concerns: every note gathered by flag"),
        .init([.character("L")], .live, "live console for the meeting shown or selected, to record it as it happens"),
    ])

    /// Wherever papers are shown.
    public static let notes = Keymap<Action>(title: "Notes", bindings: [
        .init([.character("a")], .addNote, "write a note on what is here: the paragraph at the top of the page, the selected item or meeting"),
        .init([.character("f")], .flag, "flag what is here, or the selected note, from a list"),
        .init([.character("e")], .editNote, "edit the selected note"),
        .init([.character("d")], .deleteNote, "delete the selected note (asks first)"),
        .init([.character("s")], .cycleStatus, "move the selected note on: open, raised at meeting, resolved"),
    ])

    public static let concerns = Keymap<Action>(title: "Concerns", bindings: [
        .init([.character("S")], .filterStatus, "show notes of every status, or only open, raised or resolved ones"),
        .init([.character("c")], .filterCommittee, "show notes on every committee's papers, or one committee's"),
        .init([.tab, .backTab], .switchPane, "switch between the flags and their notes"),
        .init([.enter], .open, "on a flag: its notes; on a note: open the paper it is on"),
    ])

    /// In the note editor, typing goes to the text; these keys do the rest.
    public static let editor = Keymap<Action>(title: "Note editor", bindings: [
        .init([.control("s"), .function(2)], .save, "save the note"),
        .init([.escape], .back, "close without saving (asks when something was changed)"),
        .init([.tab], .nextField, "next field: text, on, private or shared, priority, status, follow-up, flags"),
        .init([.backTab], .previousField, "previous field"),
        .init([.right, .character(" ")], .nextValue, "on a field other than the text: next choice (flags: open the list)"),
        .init([.left], .previousValue, "on a field other than the text: previous choice"),
    ])

    public static let picker = Keymap<Action>(title: "Flag list", bindings: [
        .init([.down, .character("j")], .down, "next flag"),
        .init([.up, .character("k")], .up, "previous flag"),
        .init([.character(" "), .character("x")], .toggle, "tick or untick the flag"),
        .init([.enter], .save, "done: keep the ticked flags"),
        .init([.escape], .back, "cancel"),
    ])

    public static let confirm = Keymap<Action>(title: "Questions", bindings: [
        .init([.left, .right, .tab, .backTab], .nextValue, "choose an answer"),
        .init([.enter], .open, "give the chosen answer"),
        .init([.character("y")], .yes, "yes"),
        .init([.character("n"), .escape], .no, "no: keep things as they are"),
    ])

    /// The chair's console.
    public static let live = Keymap<Action>(title: "Live meeting", bindings: [
        .init([.character("n")], .nextItem, "take up the next item (its clock starts)"),
        .init([.character("p")], .previousItem, "go back to the previous item"),
        .init([.down, .character("j")], .down, "next resolution or declaration of the item"),
        .init([.up, .character("k")], .up, "previous resolution or declaration"),
        .init([.character("r")], .newResolution, "start a resolution on the item, labelled in the committee's style"),
        .init([.enter, .character("e")], .open, "edit the selected resolution or declaration"),
        .init([.character("v")], .votes, "record the vote on the selected resolution: show of hands, named or unanimous"),
        .init([.character("u")], .unanimous, "mark the selected resolution agreed unanimously"),
        .init([.character("o")], .cycleOutcome, "next outcome: agreed, noted, approved, rejected, deferred"),
        .init([.character("m")], .markFinal, "mark the selected resolution final, or back to draft"),
        .init([.character("D")], .declare, "record a member's declaration of interest in the item"),
        .init([.character("x")], .remove, "remove the selected resolution or declaration (asks first)"),
        .init([.character("A"), .tab], .attendance, "attendance: present, apologies, arrived late, left"),
    ])

    public static let attendance = Keymap<Action>(title: "Attendance", bindings: [
        .init([.down, .character("j")], .down, "next member"),
        .init([.up, .character("k")], .up, "previous member"),
        .init([.character("p")], .present, "present (again, if they had left)"),
        .init([.character("s")], .apologies, "sent apologies"),
        .init([.character("l")], .arrived, "arrived late: present from now"),
        .init([.character("x")], .left, "left the meeting now"),
        .init([.character("A"), .tab, .escape], .back, "back to the item"),
    ])

    /// In the resolution editor, typing goes to the text, and each key is saved as it is typed.
    public static let resolutionEditor = Keymap<Action>(title: "Resolution editor", bindings: [
        .init([.escape, .control("s"), .function(2)], .back, "close the editor (every key is already saved)"),
        .init([.control("c")], .quit, "quit, leaving the resolution open to carry on with next time"),
        .init([.tab], .nextField, "next field: text, outcome, final"),
        .init([.backTab], .previousField, "previous field"),
        .init([.right, .character(" ")], .nextValue, "on the outcome or final: next choice"),
        .init([.left], .previousValue, "on the outcome or final: previous choice"),
    ])

    public static let votes = Keymap<Action>(title: "Votes", bindings: [
        .init([.down, .tab], .down, "next row"),
        .init([.up, .backTab], .up, "previous row"),
        .init([.right, .character(" ")], .nextValue, "next method, or the member's next vote: for, against, abstain"),
        .init([.left], .previousValue, "previous method or vote"),
        .init([.enter, .control("s")], .save, "save the votes (digits type the counts)"),
        .init([.escape], .back, "cancel"),
    ])

    public static let declaration = Keymap<Action>(title: "Declaration", bindings: [
        .init([.tab, .down], .nextField, "next field: member, interest, what they did, details"),
        .init([.backTab, .up], .previousField, "previous field"),
        .init([.right, .character(" ")], .nextValue, "next choice (not in the details)"),
        .init([.left], .previousValue, "previous choice"),
        .init([.enter, .control("s"), .function(2)], .save, "save the declaration"),
        .init([.escape], .back, "cancel"),
    ])

    public static let reader = Keymap<Action>(title: "Reader", bindings: [
        .init([.character("/")], .search, "find in this document"),
        .init([.character("n")], .nextMatch, "next match"),
        .init([.character("N")], .previousMatch, "previous match"),
    ])

    /// In the search screen, letters go to the query; these keys do the rest.
    public static let search = Keymap<Action>(title: "Search", bindings: [
        .init([.down, .control("n")], .down, "next result"),
        .init([.up, .control("p")], .up, "previous result"),
        .init([.pageDown], .pageDown, "page down"),
        .init([.pageUp], .pageUp, "page up"),
        .init([.enter], .open, "open the paper at the match"),
        .init([.escape], .back, "close search"),
        .init([.control("c")], .quit, "quit"),
    ])

    public static let list = Keymap<Action>(title: "Lists", bindings: [
        .init([.down, .character("j")], .down, "next"),
        .init([.up, .character("k")], .up, "previous"),
        .init([.pageDown, .control("f")], .pageDown, "page down"),
        .init([.pageUp, .control("b")], .pageUp, "page up"),
        .init([.home, .character("g")], .first, "first"),
        .init([.end, .character("G")], .last, "last"),
        .init([.enter, .right, .character("l")], .open, "open"),
        .init([.tab, .backTab], .switchPane, "switch between an agenda and the item beside it (120 columns or more)"),
    ])

    public static let page = Keymap<Action>(title: "Pages", bindings: [
        .init([.down, .character("j")], .down, "scroll down a line"),
        .init([.up, .character("k")], .up, "scroll up a line"),
        .init([.pageDown, .character(" "), .control("f")], .pageDown, "page down"),
        .init([.pageUp, .control("b")], .pageUp, "page up"),
        .init([.home, .character("g")], .first, "top"),
        .init([.end, .character("G")], .last, "bottom"),
        .init([.left, .character("h")], .back, "back"),
        .init([.enter], .open, "read the document on screen by itself"),
        .init([.tab, .backTab], .switchPane, "switch between an item's page and its notes"),
    ])

    /// The keymaps each kind of screen reads a key from, first to last: the first that binds
    /// a key decides what it does, so no key may be bound twice in one chain.
    static let chains: [String: [Keymap<Action>]] = [
        "meetings and agenda": [list, notes, global],
        "item": [page, notes, global],
        "help": [page, global],
        "reader": [reader, page, notes, global],
        "search": [search],
        "note editor": [editor],
        "concerns": [concerns, list, notes, global],
        "attendance": [attendance, global],
        "live console": [live, global],
        "resolution editor": [resolutionEditor],
        "declaration": [declaration],
    ]

    static func chain(on screen: Screen) -> [Keymap<Action>] {
        let name = switch screen {
        case .meetings, .agenda: "meetings and agenda"
        case .item: "item"
        case .help: "help"
        case .reader: "reader"
        case .search: "search"
        case .noteEditor: "note editor"
        case .concerns: "concerns"
        case .live(let screen) where screen.showingAttendance: "attendance"
        case .live: "live console"
        case .resolutionEditor: "resolution editor"
        case .declaration: "declaration"
        }
        return chains[name] ?? []
    }

    static func action(for key: Key, on screen: Screen) -> Action? {
        chain(on: screen).lazy.compactMap { $0.action(for: key) }.first
    }
}
