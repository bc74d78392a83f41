import Foundation
import ScrutinyModel
import ScrutinyStore
import Synchronization

/// Today's date in the council's time zone (that of the store opened, else Europe/London);
/// $SCRUTINY_TODAY (YYYY-MM-DD) fixes it for tests and demos.
enum Today {
    private static let council = Mutex(CouncilTime())

    static func date() -> CalendarDate {
        if let text = ProcessInfo.processInfo.environment["SCRUTINY_TODAY"], let date = CalendarDate(iso: text) {
            return date
        }
        return time.today()
    }

    /// The council's time, as the store last opened says.
    static var time: CouncilTime {
        get { council.withLock { $0 } }
        set { council.withLock { $0 = newValue } }
    }
}
