import Foundation
import GRDB
import ScrutinyModel

/// The council's date and time of day. Its zone is the council file's `time zone:`, else
/// Europe/London — never the machine's own, which on a server reached over SSH is often UTC,
/// an hour out all summer.
public struct CouncilTime: Sendable, Equatable {
    public static let defaultZone = TimeZone(identifier: "Europe/London")!

    public var zone: TimeZone

    public init(zone: TimeZone = Self.defaultZone) {
        self.zone = zone
    }

    /// The council's day at `date`.
    public func today(at date: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// Seconds ahead of UTC at `now` (seconds since 1970).
    public func offset(at now: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(now)))
    }

    /// The time of day at `now`, "19:05".
    public func clock(_ now: Int) -> String {
        MeetingTime.clock(minutes: ((now + offset(at: now)) % 86_400 + 86_400) % 86_400 / 60)
    }
}

extension PapersStore {
    /// The time of the store's council: the first council's zone that names one.
    public func councilTime() throws -> CouncilTime {
        try read { db in try Self.councilTime(db) }
    }

    static func councilTime(_ db: Database) throws -> CouncilTime {
        let names = try String.fetchAll(db, sql: "SELECT time_zone FROM body WHERE time_zone IS NOT NULL ORDER BY rowid")
        return CouncilTime(zone: names.lazy.compactMap(TimeZone.init(identifier:)).first ?? CouncilTime.defaultZone)
    }
}
