import GRDB

/// Why the store refused or failed an operation, in words a member can act on, with the kind
/// of failure that the UI and the command line act on and SQLite's result code when SQLite
/// reported it.
public struct StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What went wrong, as scripts see it (`--json` prints it as `kind`).
    public enum Kind: String, Sendable, Codable {
        /// No row with that id.
        case notFound = "not_found"
        /// Another process held the store for longer than the busy timeout.
        case busy
        /// The disk (or the store's size limit) is full: nothing of the write was kept.
        case diskFull = "disk_full"
        /// Someone else holds what this would change (a resolution being written, an item from another file).
        case conflict
        /// The schema's rules refused the row.
        case constraint
        /// The file is damaged, or is not a Scrutiny store.
        case corrupt
        /// The store was made by a newer Scrutiny.
        case newerSchema = "newer_schema"
        /// The file or its folder cannot be written.
        case readOnly = "read_only"
        /// The file cannot be opened or created.
        case cannotOpen = "cannot_open"
        /// The request itself is not allowed (a note without text, a retired flag).
        case refused
        /// Any other failure SQLite reported.
        case failed
    }

    public var kind: Kind
    public var description: String
    /// SQLite's extended result code, when the failure came from SQLite.
    public var sqliteCode: Int32?

    public init(_ description: String, kind: Kind = .refused, sqliteCode: Int32? = nil) {
        self.description = description
        self.kind = kind
        self.sqliteCode = sqliteCode
    }

    static func notFound(_ kind: String, _ id: String) -> StoreError {
        StoreError("no \(kind) with id \"\(id)\" in the store", kind: .notFound)
    }

    /// SQLite's error, while `doing` something, as a store error of its kind.
    static func sqlite(_ error: DatabaseError, doing: String) -> StoreError {
        let kind: Kind = switch error.resultCode.primaryResultCode {
        case .SQLITE_FULL: .diskFull
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy
        case .SQLITE_CONSTRAINT: .constraint
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: .corrupt
        case .SQLITE_READONLY, .SQLITE_PERM: .readOnly
        case .SQLITE_CANTOPEN: .cannotOpen
        default: .failed
        }
        let reason = switch kind {
        case .diskFull: "the disk is full"
        case .busy: "another process is using the store"
        case .corrupt: "the file is damaged or is not a Scrutiny store"
        case .readOnly: "the file cannot be written"
        default: error.message ?? "\(error)"
        }
        return StoreError("\(doing) failed: \(reason)", kind: kind, sqliteCode: error.extendedResultCode.rawValue)
    }
}
