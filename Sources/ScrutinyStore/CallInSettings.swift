import Foundation
import GRDB
import ScrutinyModel

/// A council's call-in settings are kept on its row as JSON.
extension CallInSettings {
    /// The settings of the council `committeeID` belongs to; the defaults when it has none.
    static func of(committeeID: String, _ db: Database) throws -> CallInSettings {
        let row = try Row.fetchOne(db, sql: """
            SELECT b.call_in_rules, b.working_calendar FROM committee c JOIN body b ON b.id = c.body_id WHERE c.id = ?
            """, arguments: [committeeID])
        return CallInSettings(rules: decode(row?["call_in_rules"]) ?? CallInRules(), calendar: decode(row?["working_calendar"]) ?? WorkingCalendar())
    }

    static func json<T: Encodable>(_ value: T?) throws -> String? {
        try value.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
    }

    static func decode<T: Decodable>(_ text: String?) -> T? {
        text.flatMap { try? JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }
}
