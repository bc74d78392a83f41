import ScrutinyModel
import TerminalCore

extension AppState {
    /// The next state, and the store reads it needs, after `message`.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .resized(let width, let height):
            self.width = width
            self.height = height
            clampCursors()
            return syncPreview()
        case .meetingsLoaded(let listings):
            meetings.show(listings, today: today)
            clampCursors()
            return syncPreview()
        case .meetingLoaded(let detail):
            // The agenda shown, or one beneath an item page (its badges are current when it is back).
            for index in stack.indices {
                if case .agenda(var screen) = stack[index], screen.meetingID == detail.meeting.id {
                    screen.detail = detail
                    stack[index] = .agenda(screen)
                }
            }
            clampCursors()
            return syncPreview()
        case .previewLoaded(let detail):
            if case .agenda(var screen) = current, var preview = screen.preview, preview.itemID == detail.item.id {
                preview.detail = detail
                preview.relayout(width: AgendaView.previewWidth(self))
                screen.preview = preview
                stack[stack.count - 1] = .agenda(screen)
            }
            return []
        case .itemLoaded(let detail):
            if case .item(var screen) = current, screen.itemID == detail.item.id {
                screen.detail = detail
                screen.relayout(width: ItemView.pageWidth(self))
                if let anchor = screen.jumpTo {
                    let lines = screen.lines(width: ItemView.pageWidth(self))
                    if let line = lines.firstIndex(where: { $0.anchor == anchor }) {
                        screen.pager.scroll(to: line, lines: lines.count, height: bodyHeight)
                    }
                    screen.jumpTo = nil
                }
                stack[stack.count - 1] = .item(screen)
            }
            return []
        case .searched(let generation, let hits):
            if case .search(var screen) = current, generation == screen.generation {
                screen.hits = hits
                screen.answered = generation
                screen.cursor = ListCursor()
                stack[stack.count - 1] = .search(screen)
            }
            return []
        case .failed(let text):
            notice = text
            return []
        case .key(let key):
            return handle(key)
        case .flagsLoaded, .notesLoaded, .concernsLoaded, .noteSaved, .noteDeleted, .ownNoteFound:
            return noteUpdate(message)
        case .liveLoaded, .draftOpened, .draftSaved, .storeChanged:
            return liveUpdate(message)
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        if overlay != nil { return handleOverlay(key) }
        if case .noteEditor(let screen) = current { return handleEditor(key, screen) }
        if case .resolutionEditor(let screen) = current { return handleResolutionEditor(key, screen) }
        if case .declaration(let form) = current { return handleDeclaration(key, form) }
        if case .mouse(let event) = key { return handle(event) }
        if case .search(var screen) = current, Keymaps.action(for: key, on: current) == nil {
            return screen.edit(key, into: &self)
        }
        if case .reader(var screen) = current, screen.editingFind {
            screen.editFind(key, width: width, height: bodyHeight)
            stack[stack.count - 1] = .reader(screen)
            return []
        }
        guard let action = Keymaps.action(for: key, on: current) else { return [] }
        notice = nil
        switch action {
        case .help:
            if case .help = current { return [] }
            stack.append(.help(Pager()))
            return []
        case .search:
            if case .reader(var screen) = current {
                screen.editingFind = true
                screen.find = ""
                stack[stack.count - 1] = .reader(screen)
            } else {
                stack.append(.search(SearchScreen()))
            }
            return []
        case .quit:
            quit = true
            return []
        case .concerns, .addNote, .flag, .editNote, .deleteNote, .cycleStatus:
            return noteAction(action)
        case .live:
            return openLiveHere()
        case .back:
            if leavePane() { return [] }
            if stack.count > 1 { stack.removeLast() } else if key == .character("q") { quit = true }
            clampCursors()
            return []
        default:
            return perform(action)
        }
    }

    private mutating func perform(_ action: Action) -> [Effect] {
        let page = max(1, bodyHeight - 1)
        switch current {
        case .meetings:
            let rows = meetings.rows
            if action == .open, case .meeting(let listing)? = rows[safe: meetings.cursor.selected] {
                return openMeeting(listing.meeting.id)
            }
            meetings.cursor.apply(action, count: rows.count, page: page) { rows[$0].isSelectable }
        case .agenda(var screen):
            let items = screen.detail?.items ?? []
            if action == .open, let listing = items[safe: screen.cursor.selected] {
                return openItem(listing.item.id)
            }
            if action == .switchPane {
                screen.previewFocused = AgendaView.previewWidth(self) > 0 && !screen.previewFocused
            } else if screen.previewFocused, var preview = screen.preview {
                preview.pager.apply(action, lines: preview.lines(width: AgendaView.previewWidth(self)).count,
                                    height: AgendaView.listHeight(self))
                screen.preview = preview
            } else {
                screen.cursor.apply(action, count: items.count, page: page) { _ in true }
            }
            stack[stack.count - 1] = .agenda(screen)
            clampCursors()
            return syncPreview()
        case .item(var screen):
            let lines = screen.lines(width: ItemView.pageWidth(self))
            if action == .switchPane {
                screen.notesPane.focused.toggle()
            } else if screen.notesPane.focused {
                if action == .open { return noteAction(.editNote) }
                screen.notesPane.cursor.apply(action, count: screen.notesPane.notes.count, page: 1) { _ in true }
            } else if action == .open, let id = ItemPage.document(at: screen.pager.top, in: lines),
                      let document = screen.detail?.documents.first(where: { $0.id == id }) {
                var reader = ReaderScreen(document: document, context: screen.detail, notes: screen.notesPane.notes)
                reader.relayout(width: width)
                stack.append(.reader(reader))
                return []
            } else {
                screen.pager.apply(action, lines: lines.count, height: bodyHeight)
            }
            stack[stack.count - 1] = .item(screen)
        case .reader(var screen):
            switch action {
            case .nextMatch, .previousMatch:
                screen.jumpToMatch(forward: action == .nextMatch, width: width, height: bodyHeight)
            default:
                screen.pager.apply(action, lines: screen.lines(width: width).count, height: bodyHeight)
            }
            stack[stack.count - 1] = .reader(screen)
        case .help(var pager):
            pager.apply(action, lines: HelpView.lines(width: width).count, height: bodyHeight)
            stack[stack.count - 1] = .help(pager)
        case .concerns(var screen):
            return perform(action, on: &screen)
        case .live(let screen):
            return performLive(action, screen)
        case .noteEditor, .resolutionEditor, .declaration:
            break
        case .search(var screen):
            if action == .open, let hit = screen.hits[safe: screen.cursor.selected] {
                if hit.itemID.isEmpty { return openMeeting(hit.meetingID) }
                let anchor = hit.kind == .note ? nil : hit.paragraph.map { ItemPage.anchor(document: hit.refID, position: $0) }
                return openItem(hit.itemID, jumpTo: anchor)
            }
            screen.cursor.apply(action, count: screen.hits.count, page: max(1, page / 3)) { _ in true }
            stack[stack.count - 1] = .search(screen)
        }
        clampCursors()
        return []
    }

    /// Esc in a focused notes pane or concerns list goes back to the page or flags first.
    private mutating func leavePane() -> Bool {
        switch current {
        case .item(var screen) where screen.notesPane.focused:
            screen.notesPane.focused = false
            stack[stack.count - 1] = .item(screen)
        case .concerns(var screen) where screen.notesFocused:
            screen.notesFocused = false
            stack[stack.count - 1] = .concerns(screen)
        case .live(var screen) where screen.showingAttendance:
            screen.showingAttendance = false
            stack[stack.count - 1] = .live(screen)
        default:
            return false
        }
        return true
    }

    mutating func openMeeting(_ id: String) -> [Effect] {
        stack.append(.agenda(AgendaScreen(meetingID: id)))
        return [.loadMeeting(id)]
    }

    mutating func openItem(_ id: String, jumpTo anchor: String? = nil) -> [Effect] {
        stack.append(.item(ItemScreen(itemID: id, jumpTo: anchor)))
        return [.loadItem(id), .loadNotes(id)]
    }

    /// A wheel step scrolls; a click selects the row under the pointer.
    private mutating func handle(_ event: MouseEvent) -> [Effect] {
        switch event.kind {
        case .wheelUp: return perform(.up)
        case .wheelDown: return perform(.down)
        case .click:
            let row = event.y - 1
            switch current {
            case .meetings:
                let rows = meetings.rows
                meetings.cursor.select(meetings.cursor.top + row, count: rows.count) { rows[$0].isSelectable }
            case .agenda(var screen):
                screen.cursor.select(screen.cursor.top + row - AgendaView.headerHeight, count: screen.detail?.items.count ?? 0) { _ in true }
                stack[stack.count - 1] = .agenda(screen)
                return syncPreview()
            case .search(var screen):
                let index = screen.cursor.top + (row - SearchView.headerHeight) / SearchView.rowsPerHit
                screen.cursor.select(index, count: screen.hits.count) { _ in true }
                stack[stack.count - 1] = .search(screen)
            case .item, .help, .reader, .noteEditor, .concerns, .live, .resolutionEditor, .declaration:
                break
            }
            return []
        }
    }

    /// On a wide agenda, asks for the selected item to be shown beside it when it is not yet.
    mutating func syncPreview() -> [Effect] {
        guard case .agenda(var screen) = current, AgendaView.previewWidth(self) > 0,
              let listing = screen.detail?.items[safe: screen.cursor.selected],
              screen.preview?.itemID != listing.item.id else { return [] }
        screen.preview = ItemScreen(itemID: listing.item.id)
        stack[stack.count - 1] = .agenda(screen)
        return [.loadPreview(listing.item.id)]
    }

    /// Keeps every list's selection in range and on screen after a change of size or content.
    mutating func clampCursors() {
        let rows = meetings.rows
        meetings.cursor.clamp(count: rows.count, height: bodyHeight) { rows[$0].isSelectable }
        switch current {
        case .agenda(var screen):
            screen.cursor.clamp(count: screen.detail?.items.count ?? 0, height: AgendaView.listHeight(self)) { _ in true }
            screen.preview?.relayout(width: AgendaView.previewWidth(self))
            if AgendaView.previewWidth(self) == 0 { screen.previewFocused = false }
            stack[stack.count - 1] = .agenda(screen)
        case .search(var screen):
            screen.cursor.clamp(count: screen.hits.count, height: SearchView.visibleHits(self)) { _ in true }
            stack[stack.count - 1] = .search(screen)
        case .item(var screen):
            screen.relayout(width: ItemView.pageWidth(self))
            screen.pager.scroll(0, lines: screen.lines(width: ItemView.pageWidth(self)).count, height: bodyHeight)
            screen.notesPane.cursor.clamp(count: screen.notesPane.notes.count, height: NotesPaneView.visibleNotes(self)) { _ in true }
            stack[stack.count - 1] = .item(screen)
        case .concerns(var screen):
            screen.groupCursor.clamp(count: screen.groups.count, height: ConcernsView.listHeight(self)) { _ in true }
            screen.noteCursor.clamp(count: screen.notes.count, height: ConcernsView.visibleNotes(self)) { _ in true }
            if screen.notes.isEmpty { screen.notesFocused = false }
            stack[stack.count - 1] = .concerns(screen)
        case .reader(var screen):
            screen.relayout(width: width)
            screen.pager.scroll(0, lines: screen.lines(width: width).count, height: bodyHeight)
            stack[stack.count - 1] = .reader(screen)
        default:
            break
        }
    }
}

extension ListCursor {
    mutating func apply(_ action: Action, count: Int, page: Int, selectable: (Int) -> Bool) {
        switch action {
        case .down: move(1, count: count, selectable: selectable)
        case .up: move(-1, count: count, selectable: selectable)
        case .pageDown: move(page, count: count, selectable: selectable)
        case .pageUp: move(-page, count: count, selectable: selectable)
        case .first: jump(toEnd: false, count: count, selectable: selectable)
        case .last: jump(toEnd: true, count: count, selectable: selectable)
        default: break
        }
    }
}

extension Pager {
    mutating func apply(_ action: Action, lines: Int, height: Int) {
        let page = max(1, height - 1)
        switch action {
        case .down: scroll(1, lines: lines, height: height)
        case .up: scroll(-1, lines: lines, height: height)
        case .pageDown: scroll(page, lines: lines, height: height)
        case .pageUp: scroll(-page, lines: lines, height: height)
        case .first: scroll(to: 0, lines: lines, height: height)
        case .last: scroll(to: lines, lines: lines, height: height)
        default: break
        }
    }
}

extension ReaderScreen {
    /// Typing the text to find: Enter finds from the top of the window, Esc gives up.
    mutating func editFind(_ key: Key, width: Int, height: Int) {
        switch key {
        case .character(let character): find.append(character)
        case .backspace: if !find.isEmpty { find.removeLast() }
        case .enter:
            editingFind = false
            refind(width: width)
            pager.scroll(-1, lines: lines(width: width).count, height: height)
            jumpToMatch(forward: true, width: width, height: height)
        case .escape:
            editingFind = false
            find = ""
            refind(width: width)
        default: break
        }
    }

    /// Scrolls so the next (or previous) line holding a match is at the top, wrapping around.
    mutating func jumpToMatch(forward: Bool, width: Int, height: Int) {
        guard !found.isEmpty else { return }
        let target = forward ? (found.first { $0 > pager.top } ?? found[0]) : (found.last { $0 < pager.top } ?? found[found.count - 1])
        pager.scroll(to: target, lines: lines(width: width).count, height: height)
    }
}

extension SearchScreen {
    /// Typing edits the query; every change asks for a new search and outdates the last.
    mutating func edit(_ key: Key, into state: inout AppState) -> [Effect] {
        switch key {
        case .character(let character): query.append(character)
        case .backspace: if !query.isEmpty { query.removeLast() }
        case .control("u"): query = ""
        default: return []
        }
        generation += 1
        state.stack[state.stack.count - 1] = .search(self)
        if query.allSatisfy({ $0 == " " }) {
            return state.update(.searched(generation: generation, hits: []))
        }
        return [.search(query, generation: generation)]
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
