import ScrutinyModel
import TerminalCore

/// The search screen: the query as typed, then results, each with where it is and a snippet
/// with the matched words marked.
enum SearchView {
    static let headerHeight = 2
    static let rowsPerHit = 2

    static func visibleHits(_ state: AppState) -> Int { max(1, (state.bodyHeight - headerHeight) / rowsPerHit) }

    static func render(_ state: AppState, _ screen: SearchScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let prompt = "Search: "
        buffer.put(prompt, x: area.x + 1, y: area.y, style: state.theme[.heading])
        let room = max(1, area.width - 2 - TextWidth.of(prompt))
        var shown = screen.query
        while TextWidth.of(shown) > room - 1 { shown.removeFirst() } // keep the end in view while typing
        let used = buffer.put(shown, x: area.x + 1 + TextWidth.of(prompt), y: area.y, style: state.theme[.normal])
        if !screen.browsing { buffer.cursor = (area.x + 1 + TextWidth.of(prompt) + used, area.y) }
        let status: String
        if screen.query.allSatisfy({ $0 == " " }) {
            status = "Words find papers with them all (and other forms: excluded, exclusion); \"quoted words\" a phrase; "
                + "filters: committee:cabinet from:2025 to:2025-06 kind:question."
        } else if let problem = screen.problem {
            status = "Cannot search: \(problem)."
        } else if screen.answered != screen.generation {
            status = "Searching…"
        } else if screen.hits.isEmpty {
            status = "No matches."
        } else {
            let count = screen.hits.count
            status = count == 1 ? "1 match" : "\(count) matches, best first" + (screen.hasMore ? "; ↓ past the last for more" : "")
        }
        buffer.put(status, x: area.x + 1, y: area.y + 1, style: state.theme[.muted], limit: area.width - 1)
        for offset in 0..<visibleHits(state) {
            let index = screen.cursor.top + offset
            guard let hit = screen.hits[safe: index] else { break }
            let y = area.y + headerHeight + offset * rowsPerHit
            guard y + 1 < area.maxY else { break }
            let selected = index == screen.cursor.selected
            let style = selected ? state.theme[.selection] : state.theme[.normal]
            if selected {
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
                buffer.focusIfUnset(area.x + 1, y)
            }
            buffer.put(place(hit, width: area.width - 2), x: area.x + 1, y: y, style: style)
            drawSnippet(hit.snippet, x: area.x + 3, y: y + 1, width: area.width - 4, state: state, into: &buffer)
        }
    }

    /// "Tue 10 Jun 2025  Resources and Digital Scrutiny Committee — Pre-scrutiny … p. 4, ¶9": what is
    /// cut to fit `width` is the middle, never the ¶ or the kind of entry at the end.
    static func place(_ hit: SearchHit, width: Int = .max) -> String {
        let date = hit.meetingDate.map { $0.short } ?? "undated"
        let paragraph = hit.citation
        let kind = hit.kind == .paragraph || hit.kind == .item ? "" : " (\(hit.kind.rawValue))"
        let end = paragraph + kind
        let room = max(1, width - TextWidth.of(end))
        return TextWidth.truncate("\(date)  \(hit.committeeName) — \(hit.itemTitle)", to: room) + end
    }

    /// The snippet on one line, matches drawn in the match style (bold and underlined in
    /// monochrome), cut to the width.
    static func drawSnippet(_ snippet: Snippet, x: Int, y: Int, width: Int, state: AppState, into buffer: inout ScreenBuffer) {
        var column = x
        for (offset, character) in snippet.text.enumerated() {
            let cellWidth = TextWidth.of(character)
            if column + cellWidth > x + width { break }
            let matched = snippet.highlights.contains { $0.contains(offset) }
            column += buffer.put(String(character), x: column, y: y, style: state.theme[matched ? .match : .muted])
        }
    }
}
