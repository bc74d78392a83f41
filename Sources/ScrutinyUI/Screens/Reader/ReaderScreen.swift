import ScrutinyModel
import TerminalCore

/// One document on its own: word-wrapped, numbered paragraphs, find with `/`, `n`, `N`.
public struct ReaderScreen: Sendable, Equatable {
    public var document: Document
    /// The item the document belongs to, for notes written in the reader.
    public var context: ItemDetail?
    /// The item's notes, marked beside the paragraphs they are on.
    public var notes: [NoteListing] = []
    /// Words marked wherever they stand (folded): those of the search that opened the item.
    var marks: Set<String> = []
    /// The window's scroll and the paragraph under the cursor.
    var page = PageCursor()
    /// The text being found; matched without regard to case.
    public var find = ""
    /// True while the member types the text to find.
    public var editingFind = false
    private(set) var layout = PageCursor.Layout([])
    private(set) var layoutWidth = 0
    /// The lines holding `find`, worked out when the find is confirmed or the layout changes,
    /// not on every key.
    private(set) var found: [Int] = []

    public init(document: Document, context: ItemDetail? = nil, notes: [NoteListing] = []) {
        self.document = document
        self.context = context
        self.notes = notes
    }

    mutating func relayout(width: Int) {
        guard width != layoutWidth || layout.lines.isEmpty else { return }
        layout = PageCursor.Layout(ItemPage.lines(document, width: width))
        layoutWidth = width
        refind(width: width)
    }

    mutating func refind(width: Int) {
        found = editingFind ? [] : matches(width: width)
    }

    /// The document laid out at `width`: the kept layout when it fits.
    func page(width: Int) -> PageCursor.Layout {
        width == layoutWidth && !layout.lines.isEmpty ? layout : PageCursor.Layout(ItemPage.lines(document, width: width))
    }

    func lines(width: Int) -> [ItemPage.Line] { page(width: width).lines }

    /// The lines holding the text being found.
    func matches(width: Int) -> [Int] {
        guard !find.isEmpty else { return [] }
        let needle = find.lowercased()
        let all = lines(width: width)
        return all.indices.filter { all[$0].text.lowercased().contains(needle) }
    }
}
