import ScrutinyStore

/// A command's failure, printed by ArgumentParser as "Error: …".
struct CommandError: Error, CustomStringConvertible {
    var description: String
    /// What `--json` reports it as.
    var kind: StoreError.Kind

    init(_ description: String, kind: StoreError.Kind = .refused) {
        self.description = description
        self.kind = kind
    }
}
