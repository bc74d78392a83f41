import ScrutinyModel
import TerminalCore

/// A document on its own, with what is being found marked on every line.
enum ReaderView {
    static func render(_ state: AppState, _ screen: ReaderScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let lines = screen.lines(width: area.width)
        let textArea = screen.editingFind || !screen.find.isEmpty ? area.splitBottom(1).rest : area
        let needle = Array(screen.find.lowercased())
        ItemView.drawLines(lines, page: screen.page, marks: ItemPage.anchors(of: screen.notes), words: screen.marks, state: state,
                           in: textArea, into: &buffer)
        for offset in 0..<textArea.height where !needle.isEmpty {
            guard let line = lines[safe: screen.page.top + offset] else { break }
            let x = area.x + 1 + line.indent
            let y = area.y + offset
            // Mark each match by restyling its columns.
            let characters = Array(line.text)
            let lowered = characters.map { $0.lowercased().first ?? $0 }
            var column = 0
            var index = 0
            while index < characters.count {
                if index + needle.count <= characters.count && Array(lowered[index..<index + needle.count]) == needle {
                    let width = TextWidth.of(String(characters[index..<index + needle.count]))
                    buffer.restyle(Rect(x: x + column, y: y, width: width, height: 1), style: state.theme[.match])
                }
                column += TextWidth.of(characters[index])
                index += 1
            }
        }
        guard textArea.height < area.height else { return }
        let count = screen.found.count
        let prompt = screen.editingFind ? "Find: \(screen.find)" : "Find: \(screen.find) — \(count == 0 ? "not found" : "\(count) line\(count == 1 ? "" : "s")")"
        let used = buffer.put(prompt, x: area.x + 1, y: area.maxY - 1, style: state.theme[.heading], limit: area.width - 1)
        if screen.editingFind { buffer.cursor = (area.x + 1 + used, area.maxY - 1) }
    }
}
