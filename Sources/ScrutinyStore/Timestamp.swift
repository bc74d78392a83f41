import Foundation

/// ISO 8601 timestamps in UTC, as stored.
enum Timestamp {
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
