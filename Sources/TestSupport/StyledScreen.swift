import TerminalCore

extension ScreenBuffer {
    /// The letter a cell's style shows in a golden screen's style layer, by the theme role it
    /// is: `.` body text, `t` title bar, `s` status bar, `S` selection, `m` muted, `h` heading,
    /// `b` badge, `W` warning, `M` search match, `?` a style no role has.
    static let roleLetters: [(Theme.Role, Character)] = [
        (.normal, "."), (.titleBar, "t"), (.statusBar, "s"), (.selection, "S"), (.muted, "m"), (.heading, "h"),
        (.badge, "b"), (.warning, "W"), (.match, "M"),
    ]

    /// What a golden screen holds: the text, then the style layer, a letter per cell (trailing
    /// body text left off), so that losing a highlight or a warning shows in the diff.
    public func golden(theme: Theme) -> String {
        var letters: [Style: Character] = [:]
        for (role, letter) in Self.roleLetters where letters[theme[role]] == nil { letters[theme[role]] = letter }
        let styles = (0..<height).map { y -> String in
            var row = String((0..<width).map { x in letters[self[x, y].style] ?? "?" })
            while row.last == "." { row.removeLast() }
            return row
        }
        return text + "\n--- styles ---\n" + styles.joined(separator: "\n")
    }
}
