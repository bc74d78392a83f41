import ArgumentParser
import ScrutinyModel

/// A day given on the command line, YYYY-MM-DD.
enum DayOption {
    static func parse(_ text: String, option: String) throws -> CalendarDate {
        guard let day = CalendarDate(iso: text) else { throw ValidationError("\(option) is written YYYY-MM-DD, not \"\(text)\"") }
        return day
    }
}
