import ScrutinyModel
import ScrutinyStore
import TerminalCore

/// The line mode: the same screens as the full-screen UI, spoken as whole lines that are only
/// ever appended — for a screen reader, a braille display, a dumb terminal or a pipe. Each
/// command is a word (`n`, `p`, `open 3`, `back`, `where`, `read`, `more`, `/ words`, `?`) or
/// the name of any action the screen's keys offer (`add note`, `flag`, `live`, `tracker`); what
/// is said is each screen's own description of itself, so the two modes cannot drift. While
/// a screen takes text (a note, a resolution), each line typed is typed into it and saved
/// before the next is read; a line holding only "." finishes it.
public struct LineSession {
    public private(set) var state: AppState
    let store: any AppRunner.Store
    let notes: (any NotesKeeping)?
    /// Lines of the last `read` not yet said, for `more`.
    private var unread: [String] = []
    /// What was said of the screen last: the breadcrumb, the selected line, the description.
    private var last: (place: String, selected: String?, lines: [String]) = ("", nil, [])

    /// Lines said at a time by `read`; `more` says the next.
    static let page = 15

    public init(state: AppState, store: any AppRunner.Store, notes: (any NotesKeeping)?) {
        self.state = state
        self.store = store
        self.notes = notes
    }

    public var finished: Bool { state.quit }

    /// Writes what the screens hold before the program ends, as the full screen does.
    public mutating func leave() {
        run(state.leaving)
    }

    /// Loads the meetings and says where the member is.
    public mutating func start(opening: [Effect] = []) -> [String] {
        run([.loadMeetings, .loadRecommendations, .loadDeadlines, .loadFlags] + opening)
        return ["Scrutiny, line mode. Type ? for what can be done here."] + spoken(force: true)
    }

    /// One line typed: what to say.
    public mutating func handle(_ input: String) -> [String] {
        let line = input.trimmingCharacters(in: .whitespaces)
        if state.current.lineEntry != .commands && state.overlay == nil { return typing(input, as: state.current.lineEntry) }
        let words = line.split(separator: " ").map(String.init)
        guard let command = words.first?.lowercased() else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        // A question is answered by its choice's words ("record", "wait").
        if case .confirm(let confirmation) = state.overlay,
           let index = confirmation.dialog.choices.firstIndex(where: { $0.lowercased().hasPrefix(line.lowercased()) }) {
            for _ in confirmation.dialog.choices where currentChoice != index { keys(.right) }
            keys(.enter)
            return spoken(force: false)
        }
        // A flag is ticked by its name, and the list kept: "digital exclusion".
        if case .flags(let picker) = state.overlay, let index = state.flags.firstIndex(where: { $0.name.lowercased().hasPrefix(line.lowercased()) }) {
            for _ in 0..<picker.cursor.selected { keys(.up) }
            for _ in 0..<index { keys(.down) }
            keys(.character(" "), .enter)
            return ["Flagged: \(state.flags[index].name)."] + spoken(force: false)
        }
        if case .votes(let dialog) = state.overlay, !["where", "read", "more", "quit", "exit", "?", "help"].contains(command) {
            return vote(line, dialog)
        }
        switch command {
        case "?", "help": return commands()
        case "where", "read", "more", "back", "b", "quit", "exit", "open", "o", "/", "search", "key": break
        default:
            // A key the screen binds does what it does there ("n" takes up the next item in the live console).
            if words.count == 1, let key = Key(name: words[0]), boundHere(key) {
                keys(key)
                return spoken(force: false)
            }
        }
        switch command {
        case "where": return ["Where: " + state.breadcrumb] + selectedLine().map { [$0] }.orEmpty
        case "read": return read()
        case "more":
            guard !unread.isEmpty else { return ["Status: nothing more; read says the screen again."] }
            return sayMore()
        case "n", "next": press(.down)
        case "p", "previous": press(.up)
        case "first": press(.first)
        case "last": press(.last)
        case "back", "b": press(.back)
        case "quit", "exit":
            press(.quit)
            return ["Status: goodbye."]
        case "open", "o":
            if let number = Int(rest), number > 0 {
                press(.first)
                for _ in 1..<number { press(.down) }
            }
            press(.open)
        case "/", "search":
            if state.current is SearchScreen { keys(.control("u")) } else { press(.search) }
            for character in rest { keys(.character(character)) }
        case "key":
            guard let key = Key(name: rest) else { return ["Error: “\(rest)” is not a key's name (enter, esc, ctrl+s, a, …)."] }
            keys(key)
        default:
            guard let action = Self.action(named: line), let key = key(for: action) else {
                return ["Error: “\(line)” cannot be done here; ? says what can."]
            }
            keys(key)
        }
        return spoken(force: false)
    }

    // MARK: Doing

    /// Sends the key the current screen binds to `action`, as the member would press it.
    private mutating func press(_ action: Action) {
        if let key = key(for: action) { keys(key) }
    }

    private var currentChoice: Int? {
        if case .confirm(let confirmation) = state.overlay { return confirmation.dialog.selected }
        return nil
    }

    private func boundHere(_ key: Key) -> Bool {
        let chain = state.overlay.map { [$0.keymap] } ?? state.current.keymaps(state)
        return chain.contains { $0.action(for: key) != nil }
    }

    private func key(for action: Action) -> Key? {
        let chain = state.overlay.map { [$0.keymap] } ?? state.current.keymaps(state)
        return chain.lazy.compactMap { $0.binding(for: action)?.keys.first }.first
    }

    private mutating func keys(_ keys: Key...) {
        for key in keys { run(state.update(.key(key))) }
    }

    private mutating func run(_ effects: [Effect]) {
        AppRunner.perform(effects, on: &state, store: store, notes: notes)
    }

    /// A line typed into the screen that takes text: a text's line and a line break, a form's
    /// field and on to the next, a prompt's answer and Enter; "." alone finishes a text or form.
    private mutating func typing(_ input: String, as entry: LineEntry) -> [String] {
        if entry != .prompt && input.trimmingCharacters(in: .whitespaces) == "." {
            keys(.control("s"))
            return spoken(force: true)
        }
        let before = state.breadcrumb
        for character in input { keys(.character(character)) }
        keys(entry == .text ? .enter : entry == .form ? .tab : .enter)
        guard entry == .text, state.breadcrumb == before else { return spoken(force: false) }
        // Each key of a text is saved as it is typed: the line is in the store before the next is read.
        let said = state.notice.map { "Status: \($0)" } ?? "Saved: “\(input)”."
        state.notice = nil
        return [said]
    }

    /// The vote on a resolution, in words: "4 1 0" (for, against, abstained), "unanimous",
    /// "none", or "cancel".
    private mutating func vote(_ line: String, _ dialog: VoteDialog) -> [String] {
        let numbers = line.split { !$0.isNumber }.map(String.init)
        let lower = line.lowercased()
        let method: VoteDialog.Method? = numbers.count == 3 ? .tally : lower.hasPrefix("unan") ? .unanimous : lower.hasPrefix("none") ? VoteDialog.Method.none : nil
        guard let method else {
            if lower.hasPrefix("cancel") || lower == "back" { keys(.escape); return spoken(force: false) }
            return ["Error: give the vote as three numbers (for, against, abstained: 7 3 1), unanimous, none, or cancel."]
        }
        for _ in VoteDialog.Method.allCases where votesDialog?.method != method { keys(.right) }
        if method == .tally {
            for number in numbers {
                keys(.down)
                for _ in 0..<4 { keys(.backspace) }
                for digit in number { keys(.character(digit)) }
            }
        }
        keys(.enter)
        if case .votes(let left) = state.overlay, let problem = left.problem { return ["Error: " + problem] }
        return [method == .tally ? "Vote: for \(numbers[0]), against \(numbers[1]), abstained \(numbers[2])." : "Vote: \(method.rawValue)."]
            + spoken(force: false)
    }

    private var votesDialog: VoteDialog? {
        if case .votes(let dialog) = state.overlay { return dialog }
        return nil
    }

    // MARK: Saying

    /// What changed: the screen (its first line and the selection) when another opened, else the
    /// selection; and what the status line says.
    private mutating func spoken(force: Bool) -> [String] {
        var lines: [String] = []
        let place = state.breadcrumb
        let description = state.current.describe(state)
        let selected = Self.selected(in: description)
        if force || place != last.place {
            lines.append("Screen: " + place)
            if let first = description.first, !first.hasPrefix("> ") { lines.append(first) }
            if let selected { lines.append(selected) }
            switch state.current.lineEntry {
            case .text: lines.append("Status: type the text a line at a time, each saved as it is typed; a line with only . finishes.")
            case .form: lines.append("Status: type each field's value on a line; a line with only . records it.")
            case .prompt: lines.append("Status: type a line.")
            case .commands: break
            }
        } else {
            if let selected, selected != last.selected { lines.append(selected) }
            // What else the screen says now that it did not (an item taken up, a vote recorded).
            let before = Set(last.lines.map(Self.unmarked))
            let new = description.map(Self.unmarked).filter { !before.contains($0) && $0 != selected && !$0.isEmpty }
            lines += new.prefix(6)
            if new.count > 6 { lines.append("Status: \(new.count - 6) more lines changed; read says the screen.") }
        }
        if let overlay = state.overlay {
            lines.append("Question: " + OverlayText.describe(overlay, state))
        }
        if let notice = state.notice {
            lines.append((notice.lowercased().hasPrefix("could not") ? "Error: " : "Status: ") + notice)
            state.notice = nil
        }
        if lines.isEmpty { lines.append("Status: no change.") }
        last = (place, selected, description)
        return lines
    }

    /// A line of a description without its selection mark or indent.
    static func unmarked(_ line: String) -> String {
        line.hasPrefix("> ") ? String(line.dropFirst(2)) : line.trimmingCharacters(in: .whitespaces)
    }

    /// The selected line of the screen's description, its mark taken off.
    private func selectedLine() -> String? {
        Self.selected(in: state.current.describe(state))
    }

    private static func selected(in description: [String]) -> String? {
        description.first { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
    }

    private mutating func read() -> [String] {
        unread = state.current.describe(state).map { $0.hasPrefix("> ") ? String($0.dropFirst(2)) + " (selected)" : $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return sayMore()
    }

    private mutating func sayMore() -> [String] {
        let said = Array(unread.prefix(Self.page))
        unread.removeFirst(said.count)
        return said + (unread.isEmpty ? [] : ["Status: \(unread.count) more lines; more says them."])
    }

    /// What can be done here: the words, then each action the screen's keys offer.
    private func commands() -> [String] {
        var lines = ["Commands: n next, p previous, first, last, open or open 3, back, where, read, more, / words to search, note, key NAME, quit."]
        let chain = state.overlay.map { [$0.keymap] } ?? state.current.keymaps(state)
        var seen = Set<Action>()
        for binding in chain.flatMap(\.bindings) where seen.insert(binding.action).inserted {
            lines.append("Command: \(Self.name(of: binding.action)) (\(binding.keyNames)) — \(binding.help)")
        }
        return lines
    }

    /// "addNote" → "add note": how an action is typed.
    static func name(of action: Action) -> String {
        String(describing: action).reduce(into: "") { name, character in
            if character.isUppercase { name += " " + character.lowercased() } else { name.append(character) }
        }
    }

    /// The action typed by its name ("add note", "addnote", "Add Note"), or a short word for it.
    static func action(named text: String) -> Action? {
        let wanted = text.lowercased().filter { $0.isLetter }
        if let short = shortWords[wanted] { return short }
        return allActions.first { String(describing: $0).lowercased() == wanted }
    }

    /// Words members say for an action more often than its name.
    static let shortWords: [String: Action] = ["note": .addNote, "resolve": .newResolution, "resolution": .newResolution,
                                               "action": .newAction, "vote": .votes, "declare": .declare, "notes": .switchPane]

    /// Every action some key may be bound to.
    static var allActions: [Action] {
        KeyReference.keymaps.flatMap(\.bindings).map(\.action).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}

private extension Optional where Wrapped == [String] {
    var orEmpty: [String] { self ?? [] }
}
