/// A day in the council's calendar, without time zone: meetings are local events.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Makes a date, or nil when the day does not exist (31 April, 29 February 2023).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "2024-06-25".
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            bytes[range].reduce(0) { total, byte in
                guard let total, (48...57).contains(byte) else { return nil }
                return total * 10 + Int(byte - 48)
            }
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// "2024-06-25".
    public var iso: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    public var description: String { iso }

    /// Days since 1 January 1970 (negative before); used to order and to key by day.
    public var dayNumber: Int {
        // Days from civil, after Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The inverse of `dayNumber`.
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 10) % 7 }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// "Tue 25 Jun 2024".
    public var short: String {
        "\(Self.dayNames[weekday].prefix(3)) \(day) \(Self.monthNames[month - 1].prefix(3)) \(year)"
    }

    /// "25 Jun", a badge's day.
    public var dayMonth: String { "\(day) \(Self.monthNames[month - 1].prefix(3))" }

    /// "June 2024", a calendar's heading.
    public var monthAndYear: String { "\(Self.monthNames[month - 1]) \(year)" }

    /// "Tuesday 25 June 2024", as minutes write it.
    public var long: String {
        "\(Self.dayNames[weekday]) \(day) \(Self.monthNames[month - 1]) \(year)"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// When a meeting starts: a day and, when known, a time of day.
public struct MeetingTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var date: CalendarDate
    /// Minutes after midnight, or nil when only the day is known.
    public var minutes: Int?

    public init(date: CalendarDate, hour: Int? = nil, minute: Int = 0) {
        self.date = date
        self.minutes = hour.map { $0 * 60 + minute }
    }

    /// Parses "2024-06-25" or "2024-06-25 18:30" (a "T" may stand for the space).
    public init?(iso text: String) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard let first = parts.first, let date = CalendarDate(iso: first), parts.count <= 2 else { return nil }
        self.date = date
        guard parts.count == 2 else { self.minutes = nil; return }
        let hm = parts[1].split(separator: ":")
        guard hm.count >= 2, let h = Int(hm[0]), let m = Int(hm[1]), (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        self.minutes = h * 60 + m
    }

    /// "2024-06-25 18:30", or "2024-06-25" when the time is unknown.
    public var iso: String {
        guard minutes != nil else { return date.iso }
        return "\(date.iso) \(clock)"
    }

    /// "18:30", or "" when unknown.
    public var clock: String {
        minutes.map(Self.clock(minutes:)) ?? ""
    }

    /// "18:30" for 1,110 minutes after midnight.
    public static func clock(minutes: Int) -> String {
        "\(CalendarDate.pad(minutes / 60, 2)):\(CalendarDate.pad(minutes % 60, 2))"
    }

    /// "Tue 19 Jan 2027 18:30", or the day alone when the time is unknown.
    public var short: String {
        minutes == nil ? date.short : "\(date.short) \(clock)"
    }

    public var description: String { iso }

    public static func < (lhs: MeetingTime, rhs: MeetingTime) -> Bool {
        (lhs.date, lhs.minutes ?? -1) < (rhs.date, rhs.minutes ?? -1)
    }
}
