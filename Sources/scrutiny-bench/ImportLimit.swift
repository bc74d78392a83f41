import ArgumentParser
import Foundation
import ScrutinyStore

/// The limit `scrutiny import` is measured against: SQLite itself loading the rows an import
/// wrote into a new store of the same schema, in one transaction, the full-text index built from
/// the same text and the stemmed one from that text stemmed (`PapersStore.bulkLoad`). What it
/// leaves out is ours alone: reading and parsing the files, and the checks an import makes.
struct ImportLimit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import-limit",
                                                    abstract: "Time SQLite's own bulk load of an imported store's rows (JSON).")
    @Option(help: "A store an import wrote.") var source: String
    @Option(help: "Where the new store goes (replaced).") var target: String

    struct Result: Codable {
        var seconds: Double
        /// Segments of the plain and stemmed full-text indexes: of the limit's store, then of the import's.
        var limitSegments: [Int]
        var importSegments: [Int]
    }

    func run() throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        let store = try PapersStore(path: target)
        let clock = ContinuousClock()
        let taken = try clock.measure { try store.bulkLoad(from: source) }
        let limit = try store.searchSegments(), imported = try PapersStore(path: source).searchSegments()
        try printJSON(Result(seconds: Double(taken.components.seconds) + Double(taken.components.attoseconds) / 1e18,
                             limitSegments: [limit.plain, limit.stemmed], importSegments: [imported.plain, imported.stemmed]))
    }
}
