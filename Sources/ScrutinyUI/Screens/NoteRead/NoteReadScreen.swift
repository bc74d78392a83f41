import ScrutinyModel
import TerminalCore

/// One note in full, to read: what it is on, its flags and details, the words it quotes and
/// its whole text. `e` edits it (when it is the member's), Enter opens the paper it is on.
public struct NoteReadScreen: Sendable, Equatable {
    public var listing: NoteListing
    public var pager = Pager()

    public init(listing: NoteListing) {
        self.listing = listing
    }
}

extension NoteReadScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Note" }

    static let keymapChains = [[Keymaps.noteRead, Keymaps.scroll, Keymaps.notes, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints([.up, .down, .open, .editNote, .flag, .back]) }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        switch action {
        case .open:
            guard let itemID = listing.note.itemID else { return listing.note.meetingID.map { app.openMeeting($0) } ?? [] }
            return app.openItem(itemID, jumpTo: ItemPage.Anchor(listing.note.target))
        case _ where action.moves:
            pager.apply(action, lines: NoteReadView.lines(listing, app, width: app.width).count, height: app.bodyHeight)
        default:
            return nil
        }
        return []
    }

    /// The note as saved since: changed here or elsewhere, it is read again; deleted, the screen closes.
    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        switch message {
        case .noteSaved(let note) where note.id == listing.note.id:
            listing.note = note
        case .noteDeleted(let id) where id == listing.note.id:
            if onTop { app.closeScreen() }
        default:
            break
        }
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        NoteReadView.render(app, self, in: area, into: &buffer)
    }

    func position(_ app: AppState) -> String? {
        ItemView.through(top: pager.top, lines: NoteReadView.lines(listing, app, width: app.width).count, height: app.bodyHeight)
    }

    func describe(_ app: AppState) -> [String] { NoteReadView.lines(listing, app, width: 10_000).map(\.0) }

    func noteSpots(_ app: AppState) -> [NoteSpot] { [NoteSpot(listing.note.target, listing.targetLabel)] }

    var selectedNote: NoteListing? { listing }

    var meetingHere: String? { listing.note.meetingID }
}

enum NoteReadView {
    /// The note's lines at `width`: heading, place, details, quote, then its text with its own line breaks.
    static func lines(_ listing: NoteListing, _ state: AppState, width: Int) -> [(String, Theme.Role)] {
        let note = listing.note
        let room = max(10, width - 3)
        var lines = TextWrap.lines("Note on \(listing.targetLabel)", width: room).map { ($0, Theme.Role.heading) }
        lines += TextWrap.lines(listing.place, width: room).map { ($0, .muted) }
        let flags = note.flags.isEmpty ? "no flag" : "⚑ " + state.flagNames(note.flags)
        lines += TextWrap.lines(flags + " · " + NotesPaneView.details(note, state), width: room).map { ($0, .normal) }
        lines.append(("Written \(note.createdAt.prefix(10))" + (note.updatedAt != note.createdAt ? ", changed \(note.updatedAt.prefix(10))" : ""), .muted))
        if case .paragraph(_, _, let quote) = note.target, !quote.isEmpty {
            lines.append(("", .normal))
            lines += TextWrap.lines("“\(quote)”", width: room).map { ($0, .muted) }
        }
        lines.append(("", .normal))
        if note.text.isEmpty { lines.append(("(flags only)", .muted)) }
        for line in note.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += (line.isEmpty ? [""] : TextWrap.lines(String(line), width: room)).map { ($0, .normal) }
        }
        return lines
    }

    static func render(_ state: AppState, _ screen: NoteReadScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let lines = lines(screen.listing, state, width: area.width)
        TextPage.draw(lines, from: screen.pager.top, indent: 1, theme: state.theme, in: area, into: &buffer)
    }
}
