import ScrutinyModel
import TerminalCore

/// The recommendations tracker: every committee's recommendations with where each stands as
/// of today — not yet sent, awaiting response, RESPONSE OVERDUE, responded, due for review,
/// signed off — and its rating, narrowed by status (`f`), committee (`c`), addressee (`a`)
/// and municipal year (`y`).
public struct TrackerScreen: Sendable, Equatable {
    public enum Filter: String, CaseIterable, Sendable {
        case open = "still followed (not signed off)"
        case awaiting = "awaiting response"
        case overdue = "response overdue"
        case review = "due for review"
        case red = "rated red"
        case amber = "rated amber"
        case signedOff = "signed off"
        case all = "of every status"

        func admits(_ recommendation: Recommendation, today: CalendarDate) -> Bool {
            let status = recommendation.status(today: today)
            switch self {
            case .open: return status != .signedOff
            case .awaiting: return status == .awaitingResponse
            case .overdue: return status == .responseOverdue
            case .review: return recommendation.dueForReview(today: today)
            case .red: return recommendation.rating == .red && status != .signedOff
            case .amber: return recommendation.rating == .amber && status != .signedOff
            case .signedOff: return status == .signedOff
            case .all: return true
            }
        }
    }

    /// What `c`, `a` and `y` narrow the list to; nil is every one.
    public struct Narrowing: Sendable, Equatable {
        public var committeeID: String?
        public var addressee: String?
        public var year: MunicipalYear?

        func admits(_ recommendation: Recommendation) -> Bool {
            (committeeID.map { $0 == recommendation.committeeID } ?? true)
                && (addressee.map { $0 == recommendation.addressee } ?? true)
                && (year.map { $0 == recommendation.year } ?? true)
        }
    }

    public var recommendations: [Recommendation]?
    public var committeeNames: [String: String] = [:]
    public var filter = Filter.open
    public var narrowing = Narrowing()
    public var cursor = ListCursor()

    public init(committeeID: String? = nil) {
        narrowing.committeeID = committeeID
    }

    /// The recommendations shown, in the store's order (committee, year, number).
    func shown(today: CalendarDate) -> [Recommendation] {
        (recommendations ?? []).filter { filter.admits($0, today: today) && narrowing.admits($0) }
    }

    /// "awaiting response · Resources Scrutiny Committee · to Cabinet · 25/26".
    var heading: String {
        [filter.rawValue, narrowing.committeeID.map { committeeNames[$0] ?? $0 }, narrowing.addressee.map { "to \($0)" },
         narrowing.year?.label].compactMap { $0 }.joined(separator: " · ")
    }

    /// Moves one narrowing on to the next value the recommendations have, then back to every one.
    mutating func narrow<Value: Hashable>(_ path: WritableKeyPath<Narrowing, Value?>, by value: (Recommendation) -> Value?) {
        var values: [Value?] = [nil]
        for recommendation in recommendations ?? [] {
            if let each = value(recommendation), !values.contains(each) { values.append(each) }
        }
        narrowing[keyPath: path] = values.stepping(from: narrowing[keyPath: path], by: 1)
        cursor = ListCursor()
    }
}
