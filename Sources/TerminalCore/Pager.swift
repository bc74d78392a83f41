/// The scroll position of text longer than its window.
public struct Pager: Hashable, Sendable {
    public private(set) var top: Int = 0

    public init(top: Int = 0) {
        self.top = top
    }

    public mutating func scroll(_ delta: Int, lines: Int, height: Int) {
        scroll(to: top + delta, limit: lines - height)
    }

    public mutating func scroll(to line: Int, lines: Int, height: Int) {
        scroll(to: line, limit: lines - height)
    }

    /// Scrolls to `line`, never above the first line nor below `limit`.
    public mutating func scroll(to line: Int, limit: Int) {
        top = min(max(0, line), max(0, limit))
    }
}
