import ScrutinyModel
import TerminalCore

/// The notes on an item, beside its page (or instead of it on a narrow terminal).
public struct NotesPane: Sendable, Equatable {
    public var notes: [NoteListing] = []
    public var cursor = ListCursor()
    public var focused = false
    public var loaded = false

    var selected: NoteListing? { notes[safe: cursor.selected] }

    var anchors: Set<ItemPage.Anchor> { ItemPage.anchors(of: notes) }
}
