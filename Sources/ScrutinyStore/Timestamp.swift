import Foundation

/// ISO 8601 timestamps in UTC, as stored: "2026-11-23T05:31:23Z".
enum Timestamp {
    static func now() -> String { text(seconds: time(nil)) }

    static func text(seconds: Int) -> String {
        var seconds = seconds
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
