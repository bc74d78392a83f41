import TerminalCore

/// A page of lines, each in its role, drawn down the area from the pager's top line: what the
/// screens that only scroll (help, a note read, the meeting's record, a recommendation, a topic) share.
enum TextPage {
    static func draw(_ lines: [(String, Theme.Role)], from top: Int, indent: Int = 2, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        for offset in 0..<area.height {
            guard let (text, role) = lines[safe: top + offset] else { break }
            buffer.put(text, x: area.x + indent, y: area.y + offset, style: theme[role], limit: area.width - indent)
        }
    }
}
