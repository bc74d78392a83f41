import TerminalCore

/// The list and page movements every screen shares.
extension Action {
    /// Up, down, a page, the first or the last.
    var moves: Bool { [.up, .down, .pageUp, .pageDown, .first, .last].contains(self) }
}

extension ListCursor {
    mutating func apply(_ action: Action, count: Int, page: Int, selectable: (Int) -> Bool) {
        switch action {
        case .down: move(1, count: count, selectable: selectable)
        case .up: move(-1, count: count, selectable: selectable)
        case .pageDown: move(page, count: count, selectable: selectable)
        case .pageUp: move(-page, count: count, selectable: selectable)
        case .first: jump(toEnd: false, count: count, selectable: selectable)
        case .last: jump(toEnd: true, count: count, selectable: selectable)
        default: break
        }
    }
}

extension Pager {
    mutating func apply(_ action: Action, lines: Int, height: Int) {
        let page = max(1, height - 1)
        switch action {
        case .down: scroll(1, lines: lines, height: height)
        case .up: scroll(-1, lines: lines, height: height)
        case .pageDown: scroll(page, lines: lines, height: height)
        case .pageUp: scroll(-page, lines: lines, height: height)
        case .first: scroll(to: 0, lines: lines, height: height)
        case .last: scroll(to: lines, lines: lines, height: height)
        default: break
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension Array where Element: Equatable {
    /// The element `step` places on from `value`, wrapping round; the first when `value` is
    /// not in the array (which must not be empty).
    func stepping(from value: Element, by step: Int) -> Element {
        guard let index = firstIndex(of: value) else { return self[0] }
        return self[((index + step) % count + count) % count]
    }
}

extension CaseIterable where Self: Equatable, AllCases == [Self] {
    /// The case `step` places on, wrapping round.
    func cycled(by step: Int) -> Self {
        Self.allCases.stepping(from: self, by: step)
    }
}
