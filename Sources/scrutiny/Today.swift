import Foundation
import ScrutinyModel

/// Today's date in the local time zone; $SCRUTINY_TODAY (YYYY-MM-DD) fixes it for tests and demos.
enum Today {
    static func date() -> CalendarDate {
        if let text = ProcessInfo.processInfo.environment["SCRUTINY_TODAY"], let date = CalendarDate(iso: text) {
            return date
        }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
