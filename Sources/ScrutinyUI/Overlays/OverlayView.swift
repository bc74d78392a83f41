import ScrutinyModel
import TerminalCore

/// What is drawn over a screen: the flag list or a question.
enum OverlayView {
    static func render(_ state: AppState, _ overlay: Overlay, in area: Rect, into buffer: inout ScreenBuffer) {
        switch overlay {
        case .confirm(let confirmation):
            confirmation.dialog.render(in: area, theme: state.theme, into: &buffer)
        case .flags(let picker):
            renderFlags(state, picker, in: area, into: &buffer)
        case .votes(let dialog):
            VoteDialogView.render(state, dialog, in: area, into: &buffer)
        }
    }

    private static func renderFlags(_ state: AppState, _ picker: FlagPicker, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        let names = state.flags.map { ($0.chosen(picker) ? "[x] " : "[ ] ") + $0.name }
        let width = min(area.width, max(24, (names.map(TextWidth.of).max() ?? 0) + 6))
        let height = min(area.height, state.flags.count + 2)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.frame(box, title: "Flags", style: theme[.normal], titleStyle: theme[.heading])
        let rows = box.height - 2
        let top = max(0, picker.cursor.selected - rows + 1)
        for offset in 0..<rows {
            let y = box.y + 1 + offset
            guard let name = names[safe: top + offset] else { continue }
            let selected = top + offset == picker.cursor.selected
            if selected {
                buffer.put("›", x: box.x + 1, y: y, style: theme[.heading])
                buffer.focus = (box.x + 1, y)
            }
            buffer.put(name, x: box.x + 2, y: y, style: theme[selected ? .selection : .normal], limit: box.width - 4)
        }
    }
}

extension Flag {
    func chosen(_ picker: FlagPicker) -> Bool { picker.chosen.contains(id) }
}
