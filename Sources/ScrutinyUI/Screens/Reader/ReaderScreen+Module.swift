import ScrutinyModel
import TerminalCore

extension ReaderScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { document.title }

    static let keymapChains = [[Keymaps.reader, Keymaps.page, Keymaps.notes, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints {
        editingFind ? Hints("type the text to find  Enter find  Esc cancel", [])
            : Hints([.search, .nextMatch, .previousMatch, .addNote, .flag, .pageUp, .pageDown, .back])
    }

    var takesText: Bool { editingFind }

    mutating func type(_ key: Key, _ app: inout AppState) -> [Effect]? {
        editFind(key, width: app.width, height: app.bodyHeight)
        return []
    }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        switch action {
        case .search:
            editingFind = true
            find = ""
        case .nextMatch, .previousMatch:
            jumpToMatch(forward: action == .nextMatch, width: app.width, height: app.bodyHeight)
        case _ where action.moves:
            page.apply(action, page(width: app.width), height: app.bodyHeight)
        default:
            return nil
        }
        return []
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        if case .notesLoaded(let itemID, let notes) = message, context?.item.id == itemID { self.notes = notes }
        return []
    }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        relayout(width: app.width)
        page.settle(page(width: app.width), height: app.bodyHeight)
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { context.map { [.loadNotes($0.item.id)] } ?? [] }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        ReaderView.render(app, self, in: area, into: &buffer)
    }

    func position(_ app: AppState) -> String? {
        ItemView.position(page, lines: lines(width: app.width), height: app.bodyHeight, documents: [document], detail: context)
    }

    func describe(_ app: AppState) -> [String] {
        ["Document: \(document.title)"] + ItemPage.documentBlocks(document).map { ($0.anchor != nil && $0.anchor == page.anchor ? "> " : "") + $0.text }
    }

    func noteSpots(_ app: AppState) -> [NoteSpot] {
        guard let context else { return [] }
        return NoteSpots.onPage(context, cursor: page.anchor)
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
            jumpToMatch(forward: true, from: page.top - 1, width: width, height: height)
        case .escape:
            editingFind = false
            find = ""
            refind(width: width)
        default: break
        }
    }

    /// Scrolls so the next (or previous) line holding a match after (or before) line `from`, the
    /// window's top unless said, is at the top, wrapping around; the cursor goes to its paragraph.
    mutating func jumpToMatch(forward: Bool, from: Int? = nil, width: Int, height: Int) {
        guard !found.isEmpty else { return }
        let from = from ?? page.top
        let target = forward ? (found.first { $0 > from } ?? found[0]) : (found.last { $0 < from } ?? found[found.count - 1])
        page.show(line: target, page(width: width), height: height)
    }
}
