import TerminalCore

/// Where a member is on a page of papers: the window's scroll and the block under the cursor
/// (a paragraph, question, response or resolution). Up and Down go block by block, reading a
/// block taller than the window line by line first; the window keeps the cursor in view and
/// can scroll the last block to the top, so every block can be reached and noted.
struct PageCursor: Hashable, Sendable {
    var pager = Pager()
    /// The block under the cursor; nil until the member moves onto one (notes then go on the item).
    var anchor: ItemPage.Anchor?

    /// A block of the page: the lines `start..<end` that show one anchor.
    struct Block: Equatable {
        var anchor: ItemPage.Anchor
        var start: Int
        var end: Int
    }

    /// A page laid out: its lines and its blocks, worked out once per layout rather than per key.
    struct Layout: Equatable, Sendable {
        var lines: [ItemPage.Line]
        var blocks: [Block]

        init(_ lines: [ItemPage.Line]) {
            self.lines = lines
            blocks = PageCursor.blocks(lines)
        }
    }

    /// The page's blocks in order; a document's title is not one (no note is written on it).
    static func blocks(_ lines: [ItemPage.Line]) -> [Block] {
        var blocks: [Block] = []
        for (index, line) in lines.enumerated() {
            guard let anchor = line.anchor, !anchor.isTitle else { continue }
            if let last = blocks.last, last.anchor == anchor, last.end == index {
                blocks[blocks.count - 1].end = index + 1
            } else {
                blocks.append(Block(anchor: anchor, start: index, end: index + 1))
            }
        }
        return blocks
    }

    var top: Int { pager.top }

    mutating func apply(_ action: Action, _ page: Layout, height: Int) {
        let (lines, blocks) = (page.lines, page.blocks)
        let limit = Self.limit(blocks, lines: lines, height: height)
        let current = anchor.flatMap { anchor in blocks.firstIndex { $0.anchor == anchor } }
        let bottom = pager.top + height
        switch action {
        case .down:
            if let current, blocks[current].end > bottom {
                pager.scroll(to: pager.top + 1, limit: limit)
            } else if let next = current.map({ $0 + 1 }) ?? blocks.firstIndex(where: { $0.start >= pager.top }), next < blocks.count {
                select(blocks[next], height: height, limit: limit)
            } else {
                pager.scroll(to: pager.top + 1, limit: limit)
            }
        case .up:
            if let current, blocks[current].start < pager.top {
                pager.scroll(to: pager.top - 1, limit: limit)
            } else if let current, current > 0 {
                select(blocks[current - 1], height: height, limit: limit)
            } else {
                pager.scroll(to: pager.top - 1, limit: limit)
            }
        case .pageDown, .pageUp:
            let page = max(1, height - 1)
            pager.scroll(to: pager.top + (action == .pageDown ? page : -page), limit: limit)
            anchor = blockInWindow(blocks, height: height)?.anchor
        case .first:
            pager.scroll(to: 0, limit: limit)
            anchor = blockInWindow(blocks, height: height)?.anchor
        case .last:
            pager.scroll(to: lines.count - height, limit: limit)
            if let last = blocks.last { select(last, height: height, limit: limit) }
        default:
            break
        }
    }

    /// Puts the cursor on `anchor`'s block with the block at the top of the window, or as near
    /// it as the page's end allows.
    mutating func show(_ anchor: ItemPage.Anchor, _ page: Layout, height: Int) {
        guard let block = page.blocks.first(where: { $0.anchor == anchor }) else { return }
        self.anchor = anchor
        pager.scroll(to: block.start, lines: page.lines.count, height: height)
    }

    /// Scrolls `line` to the top and puts the cursor on the block it belongs to (a match found).
    mutating func show(line: Int, _ page: Layout, height: Int) {
        let blocks = page.blocks
        pager.scroll(to: line, limit: Self.limit(blocks, lines: page.lines, height: height))
        if let block = blocks.first(where: { $0.start <= line && line < $0.end }) { anchor = block.anchor }
    }

    /// Keeps the window within the page, and the cursor's block in it when the page was laid out
    /// again at another size (a window showing part of the block is left alone).
    mutating func settle(_ page: Layout, height: Int) {
        let blocks = page.blocks
        let limit = Self.limit(blocks, lines: page.lines, height: height)
        pager.scroll(to: pager.top, limit: limit)
        if let block = blocks.first(where: { $0.anchor == anchor }), block.end <= pager.top || block.start >= pager.top + height {
            reveal(block, height: height, limit: limit)
        }
    }

    /// How far the window can scroll: a page that fits does not; a longer one as far as its last
    /// block at the top.
    private static func limit(_ blocks: [Block], lines: [ItemPage.Line], height: Int) -> Int {
        lines.count <= height ? 0 : max(lines.count - height, blocks.last?.start ?? 0)
    }

    private mutating func select(_ block: Block, height: Int, limit: Int) {
        anchor = block.anchor
        reveal(block, height: height, limit: limit)
    }

    /// Scrolls as little as shows all of `block`, or its start when it is taller than the window.
    private mutating func reveal(_ block: Block, height: Int, limit: Int) {
        if block.start < pager.top {
            pager.scroll(to: block.start, limit: limit)
        } else if block.end > pager.top + height {
            pager.scroll(to: min(block.start, block.end - height), limit: limit)
        }
    }

    /// The first block starting in the window, else the one the window's top line belongs to.
    private func blockInWindow(_ blocks: [Block], height: Int) -> Block? {
        blocks.first { $0.start >= pager.top && $0.start < pager.top + height }
            ?? blocks.first { $0.start <= pager.top && pager.top < $0.end }
    }
}
