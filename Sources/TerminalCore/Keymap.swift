/// Key bindings as data: which keys do what, with the help text the help screen and
/// docs/keys.md are generated from.
public struct Keymap<Action: Hashable & Sendable>: Sendable {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var action: Action
        public var help: String
        /// The word the status bar shows after the first key, where a screen offers the action:
        /// "open" becomes "Enter open".
        public var hint: String?

        public init(_ keys: [Key], _ action: Action, _ help: String, hint: String? = nil) {
            self.keys = keys
            self.action = action
            self.help = help
            self.hint = hint
        }

        /// "j, down".
        public var keyNames: String { keys.map(\.name).joined(separator: ", ") }
    }

    /// What the bindings are for: "Meetings", "Everywhere".
    public var title: String
    public var bindings: [Binding]

    public init(title: String, bindings: [Binding]) {
        self.title = title
        self.bindings = bindings
    }

    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    public func binding(for action: Action) -> Binding? {
        bindings.first { $0.action == action }
    }
}
