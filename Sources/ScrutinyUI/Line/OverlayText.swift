import TerminalCore

/// What an overlay asks, in a line: the question and its choices, the one chosen marked.
enum OverlayText {
    static func describe(_ overlay: Overlay, _ state: AppState) -> String {
        switch overlay {
        case .confirm(let confirmation):
            let dialog = confirmation.dialog
            let choices = dialog.choices.enumerated().map { $0.offset == dialog.selected ? "[\($0.element)]" : $0.element }
            return "\(dialog.title). \(dialog.message) Choices: \(choices.joined(separator: ", ")) (the one in brackets is chosen); type a choice to give it."
        case .flags(let picker):
            let flags = state.flags.enumerated().map { index, flag in
                (index == picker.cursor.selected ? "> " : "") + (flag.chosen(picker) ? "[x] " : "[ ] ") + flag.name
            }
            return "Flags: " + flags.joined(separator: "; ") + ". Type a flag's name to tick it and keep the list; back leaves it."
        case .votes(let dialog):
            return "Votes on resolution \(dialog.resolution.label): type for, against and abstained (7 3 1), or unanimous, none, cancel."
        }
    }
}
