/// The scroll position of text longer than its window.
public struct Pager: Hashable, Sendable {
    public private(set) var top: Int = 0

    public init(top: Int = 0) {
        self.top = top
    }

    public mutating func scroll(_ delta: Int, lines: Int, height: Int) {
        top = min(max(0, top + delta), max(0, lines - height))
    }

    public mutating func scroll(to line: Int, lines: Int, height: Int) {
        top = min(max(0, line), max(0, lines - height))
    }
}
