import ScrutinyModel
import TerminalCore

extension SearchScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Search" }

    static let keymapChains = [[Keymaps.search]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints("type to search", [.up, .down, .open, .back]) }

    /// Every key not bound in the search keymap edits the query.
    var takesText: Bool { true }

    /// Typing edits the query; every change asks for a new search and outdates the last.
    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        guard Keymaps.search.action(for: key) == nil else { return nil }
        switch key {
        case .character(let character): query.append(character)
        case .backspace: if !query.isEmpty { query.removeLast() }
        case .control("u"): query = ""
        default: return []
        }
        generation += 1
        if query.allSatisfy({ $0 == " " }) {
            show([], generation: generation)
            return []
        }
        return [.search(query, generation: generation)]
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        if action == .open {
            guard let hit = hits[safe: cursor.selected] else { return [] }
            if hit.itemID.isEmpty { return app.openMeeting(hit.meetingID) }
            let anchor = hit.kind == .note ? nil : hit.paragraph.map { ItemPage.Anchor.paragraph(document: hit.refID, position: $0) }
            return app.openItem(hit.itemID, jumpTo: anchor)
        }
        guard action.moves else { return nil }
        cursor.apply(action, count: hits.count, page: max(1, (app.bodyHeight - 1) / 3)) { _ in true }
        return []
    }

    mutating func click(row: Int, _ app: inout AppState) -> [Effect] {
        cursor.select(cursor.top + (row - SearchView.headerHeight) / SearchView.rowsPerHit, count: hits.count) { _ in true }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .searched(let generation, let hits) = message { show(hits, generation: generation) }
        return []
    }

    /// The answer to the latest search; an older one is dropped.
    private mutating func show(_ hits: [SearchHit], generation: Int) {
        guard generation == self.generation else { return }
        self.hits = hits
        answered = generation
        cursor = ListCursor()
    }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        cursor.clamp(count: hits.count, height: SearchView.visibleHits(app)) { _ in true }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        SearchView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        let answer = query.isEmpty ? [] : hits.isEmpty && answered == generation ? ["No results."] : []
        return ["Search: \(query)"] + answer + hits.enumerated().map { index, hit in
            (index == cursor.selected ? "> " : "  ") + "Result \(index + 1) of \(hits.count): \(SearchView.place(hit)): "
                + hit.snippet.text
        }
    }
}
