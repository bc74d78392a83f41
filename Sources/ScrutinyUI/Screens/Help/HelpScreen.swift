import ScrutinyModel
import TerminalCore

/// The key reference, `?` from anywhere: every keymap with its help, scrolling like a page.
public struct HelpScreen: Sendable, Equatable {
    public var pager = Pager()
}

extension HelpScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { "Keys" }

    static let keymapChains = [[Keymaps.scroll, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[0] }

    func hints(_ app: AppState) -> Hints { Hints([.up, .down, .back]) }

    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        guard action.moves else { return nil }
        pager.apply(action, lines: HelpView.lines(width: app.width).count, height: app.bodyHeight)
        return []
    }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        HelpView.render(app, pager, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        HelpView.lines(width: 10_000).map { $0.0 }
    }
}
