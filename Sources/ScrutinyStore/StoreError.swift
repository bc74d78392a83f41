/// Why the store refused or failed an operation, in words a member can act on.
public struct StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    static func notFound(_ kind: String, _ id: String) -> StoreError {
        StoreError("no \(kind) with id \"\(id)\" in the store")
    }
}
