/// A council's rules for calling in an executive decision, from its council file: how long the
/// period runs from the decision's publication and at what hour it ends, who may call in, and
/// the deadlines that follow. Councils differ ("five working days", "midday on the eighth day").
public struct CallInRules: Hashable, Sendable, Codable {
    public enum Unit: String, CaseIterable, Sendable, Codable {
        case workingDays = "working days"
        case days
    }

    public var count: Int
    public var unit: Unit
    /// The hour and minute the period ends on its last day, in minutes after midnight.
    public var endsAt: Int
    /// Who may call a decision in, in the constitution's words: "the chair and two members".
    public var by: String?
    /// Whether decisions taken as urgent (the chair's consent to waive call-in) are exempt.
    public var urgentExempt: Bool
    /// Whether a decision may be called in once only.
    public var once: Bool
    /// Working days after a call-in by which the committee must meet, and by which the
    /// decision-maker must reconsider after it has.
    public var hearingWithin: Int?
    public var reconsiderationWithin: Int?
    public var grounds: [String]

    /// Five working days from publication, ending at 17:00: the commonest rule.
    public init(count: Int = 5, unit: Unit = .workingDays, endsAt: Int = 17 * 60, by: String? = nil, urgentExempt: Bool = true,
                once: Bool = true, hearingWithin: Int? = nil, reconsiderationWithin: Int? = nil, grounds: [String] = []) {
        self.count = count
        self.unit = unit
        self.endsAt = endsAt
        self.by = by
        self.urgentExempt = urgentExempt
        self.once = once
        self.hearingWithin = hearingWithin
        self.reconsiderationWithin = reconsiderationWithin
        self.grounds = grounds
    }

    /// "5 working days", "8 days": the period as the council file writes it.
    public var period: String { "\(count) \(count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)" }

    /// Reads "5 working days" or "8 days" into the period.
    public mutating func setPeriod(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2, let count = Int(words[0]), (1...60).contains(count),
              let unit = Unit.allCases.first(where: { words[1] == $0.rawValue || words[1] + "s" == $0.rawValue }) else { return false }
        self.count = count
        self.unit = unit
        return true
    }

    /// The moment the period ends for a decision published on `published`: the last working
    /// day (or calendar day) of the period, at `endsAt`.
    public func expiry(published: CalendarDate, calendar: WorkingCalendar) -> MeetingTime {
        let last = switch unit {
        case .workingDays: calendar.workingDay(count, after: published)
        case .days: CalendarDate(dayNumber: published.dayNumber + count)
        }
        return MeetingTime(date: last, hour: endsAt / 60, minute: endsAt % 60)
    }
}
