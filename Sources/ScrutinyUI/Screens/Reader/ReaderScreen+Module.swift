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
            pager.apply(action, lines: lines(width: app.width).count, height: app.bodyHeight)
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
        pager.scroll(0, lines: lines(width: app.width).count, height: app.bodyHeight)
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { context.map { [.loadNotes($0.item.id)] } ?? [] }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        ReaderView.render(app, self, in: area, into: &buffer)
    }

    func position(_ app: AppState) -> String? {
        ItemView.position(pager, lines: lines(width: app.width).count, height: app.bodyHeight)
    }

    func describe(_ app: AppState) -> [String] {
        ["Document: \(document.title)"] + ItemPage.documentBlocks(document).map(\.text)
    }

    func noteSpots(_ app: AppState) -> [NoteSpot] {
        guard let context else { return [] }
        return NoteSpots.onPage(context, lines: lines(width: app.width), top: pager.top, height: app.bodyHeight)
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
