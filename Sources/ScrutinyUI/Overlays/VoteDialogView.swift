import ScrutinyModel
import TerminalCore

/// The vote dialog, over the console: the method, then the counts or each member's vote.
enum VoteDialogView {
    static func render(_ state: AppState, _ dialog: VoteDialog, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        var rows = ["How:      ‹ \(dialog.method.rawValue) ›"]
        switch dialog.method {
        case .none: break
        case .unanimous: break
        case .tally:
            rows += zip(["For:", "Against:", "Abstain:"], dialog.counts).map { TextWidth.pad($0, to: 10) + ($1.isEmpty ? "0" : $1) }
        case .named:
            let nameWidth = dialog.voters.map(TextWidth.of).max() ?? 0
            rows += dialog.voters.map { TextWidth.pad($0, to: nameWidth + 2) + (dialog.votes[$0]?.rawValue ?? "—") }
        }
        var footer = dialog.problem ?? "Enter save · Esc cancel"
        if dialog.method == .named, case .success(let voted) = dialog.voted(), let tally = voted.votes {
            footer = dialog.problem ?? "\(tally.forCount) for, \(tally.against) against, \(tally.abstain) abstained · Enter save"
        }
        let width = min(area.width, max(40, (rows + [footer]).map(TextWidth.of).max() ?? 0) + 6)
        let visible = max(1, min(rows.count, area.height - 5))
        let height = min(area.height, visible + 5)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        buffer.frame(box, title: "Votes on resolution \(dialog.resolution.label)", style: theme[.normal], titleStyle: theme[.heading])
        let top = max(0, dialog.row - visible + 1)
        for offset in 0..<visible {
            guard let line = rows[safe: top + offset] else { break }
            let y = box.y + 2 + offset
            let selected = top + offset == dialog.row
            if selected {
                buffer.put("›", x: box.x + 1, y: y, style: theme[.heading])
                buffer.focus = (box.x + 1, y)
            }
            let used = buffer.put(line, x: box.x + 3, y: y, style: theme[selected ? .selection : .normal], limit: box.width - 5)
            if selected && dialog.method == .tally && dialog.row > 0 { buffer.cursor = (box.x + 3 + used, y) }
        }
        buffer.put(footer, x: box.x + 3, y: box.maxY - 2, style: theme[dialog.problem == nil ? .muted : .warning], limit: box.width - 5)
    }
}
