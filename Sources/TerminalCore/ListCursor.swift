/// The selection and scroll position of a list whose rows may include headings that cannot
/// be selected.
public struct ListCursor: Hashable, Sendable {
    public private(set) var selected: Int
    public private(set) var top: Int = 0

    public init(selected: Int = 0) {
        self.selected = selected
    }

    /// Moves by `delta` selectable rows (negative is up), stopping at the ends.
    public mutating func move(_ delta: Int, count: Int, selectable: (Int) -> Bool) {
        guard count > 0 else { return }
        var index = selected
        var remaining = abs(delta)
        let step = delta < 0 ? -1 : 1
        while remaining > 0 {
            var next = index + step
            while next >= 0 && next < count && !selectable(next) { next += step }
            guard next >= 0 && next < count else { break }
            index = next
            remaining -= 1
        }
        selected = index
    }

    /// Selects the first (or last) selectable row.
    public mutating func jump(toEnd: Bool, count: Int, selectable: (Int) -> Bool) {
        let range = toEnd ? Array((0..<count).reversed()) : Array(0..<count)
        if let index = range.first(where: selectable) { selected = index }
    }

    /// Selects `index` directly (a mouse click), if it can be selected.
    public mutating func select(_ index: Int, count: Int, selectable: (Int) -> Bool) {
        if index >= 0 && index < count && selectable(index) { selected = index }
    }

    /// Scrolls the selection to the `line`th row of a window of `height` rows, as near as the
    /// list's ends allow: after a reload, it stays where the eye left it.
    public mutating func place(atLine line: Int, count: Int, height: Int) {
        guard (0..<height).contains(line) else { return }
        top = min(max(0, selected - line), max(0, count - height))
    }

    /// Keeps the selection in range and visible in a window of `height` rows.
    public mutating func clamp(count: Int, height: Int, selectable: (Int) -> Bool) {
        if count == 0 { selected = 0; top = 0; return }
        selected = min(max(0, selected), count - 1)
        if !selectable(selected) {
            move(1, count: count, selectable: selectable)
            if !selectable(selected) { move(-1, count: count, selectable: selectable) }
        }
        let visible = max(1, height)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        // Show the heading just above the selection when there is room.
        if top > 0 && top == selected && !selectable(top - 1) && visible > 1 { top -= 1 }
        top = min(max(0, top), max(0, count - visible))
    }
}
