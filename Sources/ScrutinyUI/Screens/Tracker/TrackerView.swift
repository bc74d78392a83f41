import ScrutinyModel
import TerminalCore

/// The tracker's rows: two lines each — reference, status and rating in words; then the text.
enum TrackerView {
    static let rowsPerRecommendation = 2

    static func visible(_ state: AppState) -> Int { max(1, (state.bodyHeight - 2) / rowsPerRecommendation) }

    /// "RDSC (25/26) 02 · RESPONSE OVERDUE (due Fri 29 Aug 2025) · to Cabinet", "RDSC (25/26) 01 · responded ·
    /// AMBER (acceptable progress) · to Cabinet · review by Thu 19 Feb 2026": the rating before what may be cut off.
    static func summary(_ recommendation: Recommendation, today: CalendarDate) -> String {
        var status = recommendation.status(today: today).title
        if let due = recommendation.responseDue, recommendation.response == nil { status += " (due \(due.short))" }
        let review = recommendation.reviewDue.map { $0 <= today ? "DUE FOR REVIEW" : "review by \($0.short)" }
        return [recommendation.reference, status, recommendation.rating?.title, "to \(recommendation.addressee)", review].compactMap { $0 }
            .joined(separator: " · ")
    }

    /// Below 60 columns, the words that must show: "RDSC (25/26) 01 · responded · AMBER · REVIEW".
    static func shortSummary(_ recommendation: Recommendation, today: CalendarDate) -> String {
        let status = switch recommendation.status(today: today) {
        case .notSent: "not sent"
        case .awaitingResponse: "awaiting"
        case .responseOverdue: "OVERDUE"
        case .responded: "responded"
        case .signedOff: "signed off"
        }
        return [recommendation.reference, status, recommendation.rating?.rawValue.uppercased(),
                recommendation.dueForReview(today: today) ? "REVIEW" : nil].compactMap { $0 }.joined(separator: " · ")
    }

    static func render(_ state: AppState, _ screen: TrackerScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let theme = state.theme
        guard screen.recommendations != nil else {
            buffer.put("Loading the recommendations…", x: area.x + 1, y: area.y, style: theme[.muted])
            return
        }
        let shown = screen.shown(today: state.today)
        buffer.put("Recommendations \(screen.heading): \(shown.count)", x: area.x + 1, y: area.y, style: theme[.heading],
                   limit: area.width - 1)
        if shown.isEmpty {
            let empty = screen.recommendations?.isEmpty == true ? "No recommendations yet: scrutiny recs add makes one."
                : "None \(screen.heading): f, c, a and y show others."
            buffer.put(empty, x: area.x + 1, y: area.y + 2, style: theme[.muted], limit: area.width - 1)
            return
        }
        drawRows(shown.map { recommendation in
            let late = recommendation.status(today: state.today) == .responseOverdue || recommendation.rating == .red
            return (area.width < 60 ? shortSummary(recommendation, today: state.today) : summary(recommendation, today: state.today),
                    recommendation.text, late ? .warning : .normal)
        }, selected: screen.cursor.selected, state, in: area, into: &buffer)
    }

    /// Rows of two lines from the body's third line, the window keeping `selected` in sight:
    /// the first line in `role` (marked › when selected), then `text` on one muted line under it.
    static func drawRows(_ rows: [(first: String, text: String, role: Theme.Role)], selected: Int, _ state: AppState, in area: Rect,
                         into buffer: inout ScreenBuffer) {
        let theme = state.theme, visible = visible(state)
        let top = max(0, selected - visible + 1)
        for offset in 0..<visible {
            guard let row = rows[safe: top + offset] else { break }
            let y = area.y + 2 + offset * rowsPerRecommendation
            let isSelected = top + offset == selected
            if isSelected {
                buffer.put("›", x: area.x, y: y, style: theme[.heading])
                buffer.focusIfUnset(area.x, y)
            }
            buffer.put(row.first, x: area.x + 2, y: y, style: theme[isSelected ? .selection : row.role], limit: area.width - 3)
            buffer.put(row.text.replacing("\n", with: " "), x: area.x + 4, y: y + 1, style: theme[.muted], limit: area.width - 5)
        }
    }
}
