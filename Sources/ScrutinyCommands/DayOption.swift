import ArgumentParser
import ScrutinyModel

/// A day given on the command line, YYYY-MM-DD, or "today" or "yesterday" (the council's).
enum DayOption {
    static func parse(_ text: String, option: String) throws -> CalendarDate {
        switch text.lowercased() {
        case "today": return Today.date()
        case "yesterday": return CalendarDate(dayNumber: Today.date().dayNumber - 1)
        default:
            guard let day = CalendarDate(iso: text) else { throw ValidationError("\(option) is written YYYY-MM-DD (or today, yesterday), not \"\(text)\"") }
            return day
        }
    }
}
