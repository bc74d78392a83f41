import ScrutinyModel
import TerminalCore

extension SearchScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Search" }

    static let keymapChains = [[Keymaps.search]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints("type to search", [.up, .down, .open, .back]) }

    /// Every key not bound in the search keymap edits the query.
    var takesText: Bool { true }
    var lineEntry: LineEntry { .commands }

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
        limit = Self.page
        cursor = ListCursor()
        movesOnToMore = false
        browsing = false
        if query.allSatisfy({ $0 == " " }) {
            show([], generation: generation)
            return []
        }
        return [.search(query, generation: generation, limit: limit)]
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        if action == .open {
            guard let hit = hits[safe: cursor.selected] else { return [] }
            if hit.itemID.isEmpty { return app.openMeeting(hit.meetingID) }
            let anchor = hit.kind == .note ? nil : hit.paragraph.map { ItemPage.Anchor.paragraph(document: hit.refID, position: $0) }
            return app.openItem(hit.itemID, jumpTo: anchor, marks: ItemPage.marks(hit.snippet))
        }
        guard action.moves else { return nil }
        browsing = true
        let wasLast = cursor.selected == hits.count - 1
        cursor.apply(action, count: hits.count, page: max(1, (app.bodyHeight - 1) / 3)) { _ in true }
        // Down past the last result asks for the next page of them.
        if wasLast && (action == .down || action == .pageDown || action == .last) && hasMore {
            generation += 1
            limit += Self.page
            movesOnToMore = true
            return [.search(query, generation: generation, limit: limit)]
        }
        return []
    }

    mutating func click(row: Int, _ app: inout AppState) -> [Effect] {
        cursor.select(cursor.top + (row - SearchView.headerHeight) / SearchView.rowsPerHit, count: hits.count) { _ in true }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        switch message {
        case .searched(let generation, let hits): show(hits, generation: generation)
        case .failed(let failure) where answered != generation:
            // The search waiting for its answer could not run: say why here, beside the query.
            show([], generation: generation)
            problem = failure.error.description
        default: break
        }
        return []
    }

    /// The answer to the latest search; an older one is dropped. A longer answer to the same
    /// query keeps the cursor where it was, on the way down to the results it brings.
    private mutating func show(_ hits: [SearchHit], generation: Int) {
        guard generation == self.generation else { return }
        self.hits = hits
        answered = generation
        problem = nil
        if movesOnToMore { cursor.move(1, count: hits.count) { _ in true } }
        movesOnToMore = false
    }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        cursor.clamp(count: hits.count, height: SearchView.visibleHits(app)) { _ in true }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        SearchView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        let answer = query.isEmpty ? [] : problem.map { ["Cannot search: \($0)."] } ?? (hits.isEmpty && answered == generation ? ["No results."] : [])
        return ["Search: \(query)"] + answer + hits.enumerated().map { index, hit in
            (index == cursor.selected ? "> " : "  ") + "Result \(index + 1) of \(hits.count): \(SearchView.place(hit)): "
                + hit.snippet.text
        }
    }
}
