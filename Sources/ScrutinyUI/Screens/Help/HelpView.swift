import ScrutinyModel
import TerminalCore

/// The key reference, from the same keymaps as docs/keys.md.
enum HelpView {
    /// Columns of the keys before their help.
    static let keyColumn = 22

    static func lines(width: Int) -> [(String, Theme.Role)] {
        var lines: [(String, Theme.Role)] = []
        for keymap in KeyReference.keymaps {
            lines.append((keymap.title, .heading))
            for binding in keymap.bindings {
                // Keys too long for their column take a line of their own, the help beneath.
                let fits = TextWidth.of(binding.keyNames) <= keyColumn
                if !fits { lines.append((binding.keyNames, .normal)) }
                let keys = fits ? TextWidth.pad(binding.keyNames, to: keyColumn) : String(repeating: " ", count: keyColumn)
                for (index, part) in TextWrap.lines(binding.help, width: max(10, width - keyColumn - 5)).enumerated() {
                    lines.append(((index == 0 ? keys : String(repeating: " ", count: keyColumn)) + "  " + part, .normal))
                }
            }
            lines.append(("", .normal))
        }
        return lines
    }

    static func render(_ state: AppState, _ pager: Pager, in area: Rect, into buffer: inout ScreenBuffer) {
        let lines = lines(width: area.width)
        TextPage.draw(lines, from: pager.top, theme: state.theme, in: area, into: &buffer)
    }
}
