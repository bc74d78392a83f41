/// A key press (or mouse event, or resize) with a stable name such as "ctrl+s", "down", "esc".
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    case function(Int)
    case mouse(MouseEvent)
    case resize
    /// A terminal in bracketed-paste mode marks where pasted text begins and ends.
    case pasteStart, pasteEnd

    /// The key's name as keymaps and help text write it.
    public var name: String {
        switch self {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .control(let c): "ctrl+\(c)"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .home: "home"
        case .end: "end"
        case .enter: "enter"
        case .escape: "esc"
        case .tab: "tab"
        case .backTab: "shift+tab"
        case .backspace: "backspace"
        case .delete: "delete"
        case .insert: "insert"
        case .function(let n): "f\(n)"
        case .mouse(let event): "mouse:\(event.kind)"
        case .resize: "resize"
        case .pasteStart: "paste-start"
        case .pasteEnd: "paste-end"
        }
    }

    /// How the status bar writes the key: "↓", "Enter", "Ctrl+S", "a".
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl+\(c.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift+Tab"
        case .function(let n): "F\(n)"
        default: name
        }
    }

    /// The key a name stands for: the inverse of `name` for keyboard keys.
    public init?(name: String) {
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pgdn": .pageDown, "home": .home, "end": .end, "enter": .enter,
            "esc": .escape, "tab": .tab, "shift+tab": .backTab, "backspace": .backspace,
            "delete": .delete, "insert": .insert,
        ]
        if let key = named[name] { self = key; return }
        if name.hasPrefix("ctrl+"), name.count == 6, let c = name.last { self = .control(c); return }
        if name.hasPrefix("f"), let n = Int(name.dropFirst()), (1...24).contains(n) { self = .function(n); return }
        if name.count == 1, let c = name.first { self = .character(c); return }
        return nil
    }
}

/// A mouse click or wheel step at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case click, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
