/// How long the executive (or a partner body) has to respond to a scrutiny committee's
/// recommendations: two months by law (Local Government Act 2000, s.9FE), or a council's own
/// period in weeks or days. Periods run "beginning with" the day the report is received.
public struct ResponsePeriod: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Unit: String, CaseIterable, Sendable, Codable {
        case months, weeks, days
    }

    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    public static let statutory = ResponsePeriod(count: 2, unit: .months)

    /// "2 months", "8 weeks", "28 days" (a single "1 month" too).
    public init?(text: String) {
        let words = text.split(separator: " ")
        guard words.count == 2, let count = Int(words[0]), count > 0 else { return nil }
        let word = words[1].lowercased()
        guard let unit = Unit.allCases.first(where: { word == $0.rawValue || word + "s" == $0.rawValue }) else { return nil }
        self.init(count: count, unit: unit)
    }

    public var description: String { "\(count) \(count == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue)" }

    /// The last day of the period beginning with `start`. In months, the day before the date
    /// with the same number that many months on (31 January, two months: 30 March); where that
    /// month has no such date, its last day (30 December, two months: the end of February).
    public func lastDay(beginningWith start: CalendarDate) -> CalendarDate {
        switch unit {
        case .days: return CalendarDate(dayNumber: start.dayNumber + count - 1)
        case .weeks: return CalendarDate(dayNumber: start.dayNumber + 7 * count - 1)
        case .months:
            let months = start.month - 1 + count
            let year = start.year + months / 12, month = months % 12 + 1
            guard let same = CalendarDate(year: year, month: month, day: start.day) else {
                return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
            }
            return CalendarDate(dayNumber: same.dayNumber - 1)
        }
    }
}

/// A council's year of meetings, from its annual meeting in May (or the month the council
/// file gives) to the next: "25/26".
public struct MunicipalYear: Hashable, Sendable {
    /// The calendar year it begins in.
    public var startYear: Int

    public init(containing date: CalendarDate, startMonth: Int = 5) {
        startYear = date.month >= startMonth ? date.year : date.year - 1
    }

    public init(startYear: Int) {
        self.startYear = startYear
    }

    /// "25/26".
    public var label: String {
        CalendarDate.pad(startYear % 100, 2) + "/" + CalendarDate.pad((startYear + 1) % 100, 2)
    }
}
