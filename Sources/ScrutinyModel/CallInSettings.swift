/// A council's call-in rules and working days: what the agenda and the item page need to run
/// each decision's call-in clock.
public struct CallInSettings: Hashable, Sendable {
    public var rules: CallInRules
    public var calendar: WorkingCalendar

    public init(rules: CallInRules = CallInRules(), calendar: WorkingCalendar = WorkingCalendar()) {
        self.rules = rules
        self.calendar = calendar
    }

    /// The clock of `item`, published on `published` (else taken as `meetingDay`).
    public func clock(_ item: AgendaItem, published: CalendarDate?, meetingDay: CalendarDate?, request: CallInRequest? = nil) -> CallInClock? {
        CallInClock(item: item, published: published, meetingDay: meetingDay, rules: rules, calendar: calendar, request: request)
    }
}
