import ScrutinyModel
import TerminalCore

/// An item with everything attached to it, as one scrolling page.
public struct ItemScreen: Sendable, Equatable {
    public var itemID: String
    public var detail: ItemDetail?
    /// The window's scroll and the block under the cursor.
    var page = PageCursor()
    /// A paragraph to scroll to once the item has loaded (from a search hit).
    var jumpTo: ItemPage.Anchor?
    public var notesPane = NotesPane()
    /// Words marked wherever they stand on the page (folded): those a search hit matched.
    var marks: Set<String> = []

    /// The page laid out for `layoutWidth`, kept so a keystroke does not wrap it again.
    private(set) var layout = PageCursor.Layout([])
    private(set) var layoutWidth = 0

    public init(itemID: String, detail: ItemDetail? = nil) {
        self.itemID = itemID
        self.detail = detail
    }

    init(itemID: String, jumpTo: ItemPage.Anchor?) {
        self.itemID = itemID
        self.jumpTo = jumpTo
    }

    /// Lays the page out again when the width has changed, or when `force`d by a new detail.
    mutating func relayout(width: Int, force: Bool = false) {
        guard let detail, force || width != layoutWidth || layout.lines.isEmpty else { return }
        layout = PageCursor.Layout(ItemPage.lines(detail, width: width))
        layoutWidth = width
    }

    /// The page laid out at `width`: the kept layout when it fits.
    func page(width: Int) -> PageCursor.Layout {
        if width == layoutWidth && !layout.lines.isEmpty { return layout }
        return PageCursor.Layout(detail.map { ItemPage.lines($0, width: width) } ?? [])
    }

    func lines(width: Int) -> [ItemPage.Line] { page(width: width).lines }
}
