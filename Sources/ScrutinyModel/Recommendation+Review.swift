/// When a committee should look at an answered recommendation again. Councils review their
/// trackers twice a year, and sooner where the plan's date comes round or it is ready to sign off.
extension Recommendation {
    public static let reviewInterval = ResponsePeriod(count: 6, unit: .months)

    /// The day it falls due for review: once answered and until signed off, the earliest of six
    /// months after the latest word on it (the response or an update), the next target date still
    /// to come after that word (a slipped update's new date in place of the plan's), and — once
    /// rated green or assessed achieved — that update's own day, for sign-off. Nil otherwise.
    public var reviewDue: CalendarDate? {
        guard signOff == nil, let response else { return nil }
        let latest = updates.last
        let lastWord = max(response.received, latest?.date ?? response.received)
        if latest?.rating == .green || latest?.assessment == .achieved { return lastWord }
        let targets = updates.last(where: { $0.revisedDate != nil })?.revisedDate.map { [$0] } ?? plan.compactMap(\.target)
        let coming = targets.filter { $0 > lastWord }
        return ([Self.reviewInterval.lastDay(beginningWith: lastWord)] + coming).min()
    }

    public func dueForReview(today: CalendarDate) -> Bool {
        reviewDue.map { $0 <= today } ?? false
    }
}

extension Recommendation {
    /// What an item's page says of a recommendation made on it: "Recommendation RDSC (25/26) 01
    /// to Cabinet: partially accepted (R: the tracker)".
    public var marker: String {
        let where_ = signOff != nil ? "signed off" : response?.decision.title ?? (sent == nil ? "not yet sent" : "sent, awaiting response")
        return "Recommendation \(reference) to \(addressee): \(where_) (R: the tracker)"
    }
}
