import TerminalCore

/// What the status bar offers on a screen: what typing does, if it types ("type to search"),
/// then the actions it names, each written as its first key and the hint word marked on its
/// binding in the screen's keymaps, so the bar cannot say what the keys do not do.
struct Hints: Sendable, Equatable {
    var lead: String?
    var actions: [Action]

    init(_ lead: String?, _ actions: [Action]) {
        self.lead = lead
        self.actions = actions
    }

    init(_ actions: [Action]) {
        self.init(nil, actions)
    }

    /// "↑↓ move  Enter open  a note": neighbours with the same word share it ("n/p item").
    func text(in chain: [Keymap<Action>]) -> String {
        var parts: [(keys: [String], word: String)] = []
        for action in actions {
            guard let (key, word) = Self.hint(for: action, in: chain) else { continue }
            if parts.last?.word == word { parts[parts.count - 1].keys.append(key) } else { parts.append(([key], word)) }
        }
        let words = parts.map { part in
            let arrows = part.keys.allSatisfy { "↑↓←→".contains($0) }
            return part.keys.joined(separator: arrows ? "" : "/") + " " + part.word
        }
        return ([lead].compactMap { $0 } + words).joined(separator: "  ")
    }

    /// The actions named that no binding in the chain gives a hint for (a test keeps this empty).
    func unmarked(in chain: [Keymap<Action>]) -> [Action] {
        actions.filter { Self.hint(for: $0, in: chain) == nil }
    }

    /// The first binding of `action` in the chain that carries a hint: its first key's label and the word.
    static func hint(for action: Action, in chain: [Keymap<Action>]) -> (key: String, word: String)? {
        for keymap in chain {
            for binding in keymap.bindings where binding.action == action {
                guard let word = binding.hint, let key = binding.keys.first else { continue }
                let both = binding.keys.contains(.left) && binding.keys.contains(.right)
                return (both ? "←→" : key.label, word)
            }
        }
        return nil
    }
}
