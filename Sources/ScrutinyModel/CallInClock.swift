/// Where a decision subject to call-in stands: when it was published, when the period ends and
/// from what source, how many working days are left, and from when it may be implemented.
public struct CallInClock: Hashable, Sendable {
    public enum Source: String, Sendable {
        /// The papers give the expiry.
        case papers
        /// Computed from publication and the council's rules.
        case rules
    }

    public var published: CalendarDate?
    /// Whether the publication day is the meeting's, the papers not giving one.
    public var publicationAssumed: Bool
    public var expires: MeetingTime
    public var source: Source
    /// Called in, as the papers say or a request recorded here.
    public var calledIn: Bool
    public var request: CallInRequest?
    /// Taken as urgent, and so not open to call-in under the council's rules.
    public var waived: Bool
    public var rules: CallInRules

    /// The clock of `item`, or nil when it is not subject to call-in (or nothing dates it).
    public init?(item: AgendaItem, published: CalendarDate?, meetingDay: CalendarDate?, rules: CallInRules, calendar: WorkingCalendar,
                 request: CallInRequest? = nil) {
        self.rules = rules
        self.request = request
        self.published = published ?? meetingDay
        publicationAssumed = published == nil
        waived = item.urgent && rules.urgentExempt
        switch item.callIn {
        case .none: return nil
        case .calledIn: calledIn = true
        case .subject: calledIn = request != nil
        }
        if let given = item.callIn.expires {
            expires = MeetingTime(date: given, hour: rules.endsAt / 60, minute: rules.endsAt % 60)
            source = .papers
        } else if let start = self.published {
            expires = rules.expiry(published: start, calendar: calendar)
            source = .rules
        } else {
            return nil
        }
    }

    /// Working days left, today and the last day counted; 0 once it has ended.
    public func workingDaysLeft(today: CalendarDate, calendar: WorkingCalendar) -> Int {
        calendar.workingDays(from: today, through: expires.date)
    }

    /// Whether the decision is still to be taken or published, so the period has not begun.
    public func notYetOpen(today: CalendarDate) -> Bool {
        published.map { today < $0 } ?? true
    }

    /// "CALL-IN 3 days left", "CALL-IN ends today 17:00", "CALL-IN closed", "CALLED IN", "CALL-IN to come".
    public func badge(today: CalendarDate, calendar: WorkingCalendar) -> String {
        if let request { return request.badge(today: today) }
        if calledIn { return "CALLED IN" }
        if waived { return "URGENT: no call-in" }
        if notYetOpen(today: today) { return "CALL-IN to come" }
        if today > expires.date { return "CALL-IN closed" }
        if today == expires.date { return "CALL-IN ends today \(expires.clock)" }
        let left = workingDaysLeft(today: today, calendar: calendar)
        return "CALL-IN \(left) \(left == 1 ? "day" : "days") left"
    }

    /// "Subject to call-in: published Wed 9 Dec 2026; the period (5 working days from publication,
    /// under the council's rules) ends 17:00 Wed 16 Dec 2026 — 3 working days left; it may be
    /// implemented after that."
    /// Without `today`, the facts alone.
    public func summary(today: CalendarDate?, calendar: WorkingCalendar) -> String {
        if let request { return request.summary }
        if calledIn { return "Called in: implementation is suspended until the call-in is heard." }
        if waived { return "Taken as urgent: the council's rules exempt it from call-in, so it may be implemented at once." }
        // An assumed publication day matters only when the end is counted from it.
        let publication = published.flatMap { day -> String? in
            guard publicationAssumed else { return "published \(day.short)" }
            return source == .rules ? "counted from the meeting's day, \(day.short), the papers giving no publication day" : nil
        }
        let basis = source == .papers ? "as the papers give it" : "\(rules.period) from publication, under the council's rules"
        let end = "the period (\(basis)) ends \(expires.clock) \(expires.date.short)"
        let now: String
        if let today, notYetOpen(today: today) {
            now = "the period has not begun"
        } else if let today, today > expires.date {
            now = "closed: it may be implemented"
        } else if let today {
            let left = workingDaysLeft(today: today, calendar: calendar)
            now = "\(left) working \(left == 1 ? "day" : "days") left; it may be implemented after that"
        } else {
            now = "it may be implemented after that"
        }
        let unknown = calendar.knowsHolidays(of: expires.date) ? "" : " (bank holidays of \(expires.date.year) not known: only weekends and closures skipped)"
        return "Subject to call-in: " + [publication, end].compactMap { $0 }.joined(separator: "; ") + " — \(now)." + unknown
    }
}
