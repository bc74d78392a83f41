/// The parts of the UK whose bank holidays differ: England and Wales share a list; Scotland
/// adds 2 January, the first Monday of August and St Andrew's Day and has no Easter Monday;
/// Northern Ireland adds St Patrick's Day and the Battle of the Boyne.
public enum UKNation: String, CaseIterable, Sendable, Codable {
    case englandAndWales = "England and Wales"
    case scotland = "Scotland"
    case northernIreland = "Northern Ireland"

    /// The years the lists below hold.
    public static let years = 2024...2028

    /// The bank holidays as GOV.UK publishes them ("UK bank holidays", https://www.gov.uk/bank-holidays),
    /// substitute days included: when a holiday falls at a weekend, the next weekday off.
    public var bankHolidays: Set<CalendarDate> {
        switch self {
        case .englandAndWales: Self.englandAndWalesDays
        case .scotland: Self.scotlandDays
        case .northernIreland: Self.northernIrelandDays
        }
    }

    private static func days(_ list: [String]) -> Set<CalendarDate> { Set(list.compactMap { CalendarDate(iso: $0) }) }

    private static let englandAndWalesList = [
        "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
        "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
        "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
        "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
    ]
    private static let englandAndWalesDays = days(englandAndWalesList)

    private static let scotlandDays = days([
        "2024-01-01", "2024-01-02", "2024-03-29", "2024-05-06", "2024-05-27", "2024-08-05", "2024-12-02", "2024-12-25", "2024-12-26",
        "2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26",
        "2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28",
        "2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02", "2027-11-30", "2027-12-27", "2027-12-28",
        "2028-01-03", "2028-01-04", "2028-04-14", "2028-05-01", "2028-05-29", "2028-08-07", "2028-11-30", "2028-12-25", "2028-12-26",
    ])

    private static let northernIrelandDays = days(englandAndWalesList + [
        "2024-03-18", "2024-07-12", "2025-03-17", "2025-07-14", "2026-03-17", "2026-07-13",
        "2027-03-17", "2027-07-12", "2028-03-17", "2028-07-12",
    ])
}

/// The council's working days: Monday to Friday, less its nation's bank holidays and the days
/// its council file closes the offices ("closure days:", such as between Christmas and New Year).
public struct WorkingCalendar: Hashable, Sendable, Codable {
    public var nation: UKNation
    public var closures: [CalendarDate]

    public init(nation: UKNation = .englandAndWales, closures: [CalendarDate] = []) {
        self.nation = nation
        self.closures = closures
    }

    public func isWorkingDay(_ day: CalendarDate) -> Bool {
        day.weekday < 5 && !nation.bankHolidays.contains(day) && !closures.contains(day)
    }

    /// The `count`th working day after `day`, not counting `day` itself.
    public func workingDay(_ count: Int, after day: CalendarDate) -> CalendarDate {
        var reached = day, counted = 0
        while counted < count {
            reached = CalendarDate(dayNumber: reached.dayNumber + 1)
            if isWorkingDay(reached) { counted += 1 }
        }
        return reached
    }

    /// The working days from `first` to `last`, both counted.
    public func workingDays(from first: CalendarDate, through last: CalendarDate) -> Int {
        guard first <= last else { return 0 }
        return (first.dayNumber...last.dayNumber).filter { isWorkingDay(CalendarDate(dayNumber: $0)) }.count
    }

    /// Whether the bank holidays of `day`'s year are known; outside them only weekends and closures count.
    public func knowsHolidays(of day: CalendarDate) -> Bool { UKNation.years.contains(day.year) }
}
