import ScrutinyModel
import TerminalCore

extension ItemScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { detail.map { ItemView.heading($0.item) } ?? itemID }

    static let keymapChains = [[Keymaps.page, Keymaps.item, Keymaps.notes, Keymaps.global], [Keymaps.notesPane, Keymaps.notes, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[notesPane.focused ? 1 : 0] }

    func hints(_ app: AppState) -> Hints {
        notesPane.focused ? Hints([.up, .down, .editNote, .deleteNote, .flag, .cycleStatus, .switchPane, .back])
            : Hints([.up, .down, .open, .addNote, .flag] + (detail?.callInClock.map { $0.waived ? [] : [.callIn] } ?? []) + [.switchPane, .search, .help, .back])
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        let page = page(width: ItemView.pageWidth(app))
        let lines = page.lines
        switch action {
        case .switchPane:
            notesPane.focused.toggle()
        case .back where notesPane.focused:
            notesPane.focused = false
        case _ where action.moves && notesPane.focused:
            notesPane.cursor.apply(action, count: notesPane.notes.count, page: 1) { _ in true }
        case _ where action.moves:
            self.page.apply(action, page, height: app.bodyHeight)
        case .open:
            guard let id = self.page.anchor?.document ?? ItemPage.document(at: self.page.top, in: lines), let detail,
                  let document = detail.documents.first(where: { $0.id == id }) else { return [] }
            var reader = ReaderScreen(document: document, context: detail, notes: notesPane.notes)
            reader.marks = marks
            reader.relayout(width: app.width)
            if let anchor = self.page.anchor, anchor.document == id {
                reader.page.show(anchor, reader.page(width: app.width), height: app.bodyHeight)
            }
            app.open(reader)
        case .callIn:
            guard let detail else { return [] }
            guard let clock = detail.callInClock, !clock.waived else {
                app.notice = detail.callInClock == nil ? "This item is not a decision subject to call-in." : "Taken as urgent: the council's rules exempt it from call-in."
                return []
            }
            guard let request = clock.request else {
                app.open(CallInForm(calling: detail.item, grounds: clock.rules.grounds, today: app.today))
                return []
            }
            let since = app.meetings.listings.filter {
                $0.meeting.committeeID == request.committeeID && ($0.meeting.start?.date ?? request.requested) >= request.requested
            }
            app.open(CallInForm(hearing: request, of: detail.item, meetings: since))
        default:
            return nil
        }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        switch message {
        case .itemLoaded(let detail) where detail.item.id == itemID:
            // A reload (another process recorded a resolution) keeps the place on the page.
            self.detail = detail
            relayout(width: ItemView.pageWidth(app), force: true)
            let laidOut = page(width: ItemView.pageWidth(app))
            if let anchor = jumpTo {
                page.show(anchor, laidOut, height: app.bodyHeight)
                jumpTo = nil
            } else {
                page.settle(laidOut, height: app.bodyHeight)
            }
        case .notesLoaded(let itemID, let notes) where itemID == self.itemID:
            notesPane.notes = notes
            notesPane.loaded = true
        default:
            break
        }
        return []
    }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        relayout(width: ItemView.pageWidth(app))
        page.settle(page(width: ItemView.pageWidth(app)), height: app.bodyHeight)
        notesPane.cursor.clamp(count: notesPane.notes.count, height: NotesPaneView.visibleNotes(app)) { _ in true }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { [.loadItem(itemID), .loadNotes(itemID)] }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        ItemView.renderScreen(app, self, in: area, into: &buffer)
    }

    func position(_ app: AppState) -> String? {
        guard detail != nil else { return nil }
        return ItemView.position(page, lines: lines(width: ItemView.pageWidth(app)), height: app.bodyHeight, documents: detail?.documents ?? [],
                                 detail: detail)
    }

    func describe(_ app: AppState) -> [String] {
        guard let detail else { return ["Loading item…"] }
        let notes = notesPane.notes.enumerated().map { index, listing in
            (notesPane.focused && index == notesPane.cursor.selected ? "> " : "  ")
                + "Note \(index + 1) of \(notesPane.notes.count) on \(listing.targetLabel): \(NotesPaneView.firstLine(listing.note))"
        }
        return ItemPage.lines(detail, width: 10_000).map { ($0.anchor != nil && $0.anchor == page.anchor ? "> " : "") + $0.text } + notes
    }

    func noteSpots(_ app: AppState) -> [NoteSpot] {
        guard let detail else { return [] }
        return NoteSpots.onPage(detail, cursor: page.anchor)
    }

    var selectedNote: NoteListing? { notesPane.focused ? notesPane.selected : nil }

    var meetingHere: String? { detail?.meeting.meeting.id }
}
