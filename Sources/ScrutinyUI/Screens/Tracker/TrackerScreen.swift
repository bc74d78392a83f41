import ScrutinyModel
import TerminalCore

/// The recommendations tracker: every committee's recommendations with where each stands as
/// of today — not yet sent, awaiting response, RESPONSE OVERDUE, responded, signed off — and
/// its rating, narrowed by `f`.
public struct TrackerScreen: Sendable, Equatable {
    public enum Filter: String, CaseIterable, Sendable {
        case open = "still followed (not signed off)"
        case awaiting = "awaiting response"
        case overdue = "response overdue"
        case red = "rated red"
        case amber = "rated amber"
        case signedOff = "signed off"
        case all = "all"

        func admits(_ recommendation: Recommendation, today: CalendarDate) -> Bool {
            let status = recommendation.status(today: today)
            switch self {
            case .open: return status != .signedOff
            case .awaiting: return status == .awaitingResponse
            case .overdue: return status == .responseOverdue
            case .red: return recommendation.rating == .red && status != .signedOff
            case .amber: return recommendation.rating == .amber && status != .signedOff
            case .signedOff: return status == .signedOff
            case .all: return true
            }
        }
    }

    public var recommendations: [Recommendation]?
    public var committeeNames: [String: String] = [:]
    public var filter = Filter.open
    public var cursor = ListCursor()

    public init() {}

    /// The recommendations the filter admits, in the store's order (committee, year, number).
    func shown(today: CalendarDate) -> [Recommendation] {
        (recommendations ?? []).filter { filter.admits($0, today: today) }
    }
}
