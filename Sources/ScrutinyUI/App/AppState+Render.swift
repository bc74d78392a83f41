import ScrutinyModel
import TerminalCore

extension AppState {
    /// Draws the whole screen: breadcrumb, the current screen, status bar.
    public func render(into buffer: inout ScreenBuffer) {
        buffer.fill(buffer.bounds, style: theme[.normal])
        if isTooSmall {
            TooSmallView.render(self, into: &buffer)
            buffer.focus = (0, 0)
            return
        }
        let (top, rest) = buffer.bounds.splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        buffer.fill(top, style: theme[.titleBar])
        buffer.put(" " + breadcrumb(fitting: width - 1), x: 0, y: 0, style: theme[.titleBar])
        current.render(self, in: body, into: &buffer)
        if let overlay { OverlayView.render(self, overlay, in: body, into: &buffer) }
        buffer.fill(bottom, style: theme[.statusBar])
        let right = current.position(self).map { $0 + " " } ?? ""
        let rightWidth = TextWidth.of(right) + (right.isEmpty ? 0 : 1)
        let status = notice.map { " " + $0 } ?? " " + hints
        buffer.put(TextWidth.truncate(status, to: width - rightWidth), x: 0, y: bottom.y,
                   style: notice == nil ? theme[.statusBar] : theme[.warning])
        buffer.put(right, x: width - rightWidth + 1, y: bottom.y, style: theme[.statusBar])
        // A screen with nothing selected (a page that only scrolls) has its focus at its top.
        buffer.focusIfUnset(body.x, body.y)
    }

    /// "Scrutiny › Cabinet, Tue 8 Dec 2026 › 5. Customer Access Strategy": the meetings list
    /// names itself only when it is alone.
    var breadcrumb: String { crumbs.joined(separator: " › ") }

    private var crumbs: [String] { ["Scrutiny"] + stack.dropFirst(stack.count > 1 ? 1 : 0).map { $0.breadcrumb(self) } }

    /// The breadcrumb in `width` columns: the screens between the first and the current one are
    /// cut short from the left, then give way to "…", then the current one is cut; its name is
    /// always begun.
    func breadcrumb(fitting width: Int) -> String {
        var crumbs = crumbs
        let middle = crumbs.indices.dropFirst().dropLast()
        for index in middle {
            let over = TextWidth.of(crumbs.joined(separator: " › ")) - width
            guard over > 0 else { break }
            let room = TextWidth.of(crumbs[index]) - over
            crumbs[index] = room >= 12 ? TextWidth.truncate(crumbs[index], to: room) : "…"
        }
        crumbs = crumbs.enumerated().filter { $0.offset == 0 || $0.element != "…" || crumbs[$0.offset - 1] != "…" }.map(\.element)
        let lead = crumbs.dropLast().joined(separator: " › ") + (crumbs.count > 1 ? " › " : "")
        return lead + TextWidth.truncate(crumbs.last ?? "", to: max(1, width - TextWidth.of(lead)))
    }

    /// The keys that matter on the current screen, or in the overlay over it.
    var hints: String {
        if let overlay { return overlay.hints.text(in: [overlay.keymap]) }
        return current.hints(self).text(in: current.keymaps(self))
    }

    /// Actions the status bar is asked to name that its keymaps give no hint for.
    var unmarkedHints: [Action] {
        if let overlay { return overlay.hints.unmarked(in: [overlay.keymap]) }
        return current.hints(self).unmarked(in: current.keymaps(self))
    }
}

/// What every screen shows when the terminal is below 40×12.
enum TooSmallView {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let text = "Terminal too small. Scrutiny needs \(AppState.minimumSize.width)×\(AppState.minimumSize.height); "
            + "this one is \(state.width)×\(state.height). Enlarge it, or press Q to quit."
        for (row, line) in TextWrap.lines(text, width: state.width).enumerated() where row < state.height {
            buffer.put(line, x: 0, y: row, style: state.theme[row == 0 ? .warning : .normal])
        }
    }
}
