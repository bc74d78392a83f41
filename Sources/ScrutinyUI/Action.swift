import TerminalCore

/// What a key can ask the reviewer's UI to do.
public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last
    case open, back, quit
    case help, search
    case nextMatch, previousMatch
    case switchPane
}

/// The default key bindings: one table per screen plus a global fallback. The help text
/// here is what `?` and docs/keys.md show.
public enum Keymaps {
    public static let global = Keymap<Action>(title: "Everywhere", bindings: [
        .init([.character("Q"), .control("c")], .quit, "quit from anywhere"),
        .init([.escape, .character("q")], .back, "go back (q on the meetings list quits)"),
        .init([.character("/")], .search, "search every paper as you type"),
        .init([.character("?")], .help, "this help"),
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
    ])

    static func action(for key: Key, on screen: Screen) -> Action? {
        switch screen {
        case .meetings, .agenda: list.action(for: key) ?? global.action(for: key)
        case .item, .help: page.action(for: key) ?? global.action(for: key)
        case .reader: reader.action(for: key) ?? page.action(for: key) ?? global.action(for: key)
        case .search: search.action(for: key)
        }
    }
}
