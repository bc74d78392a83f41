import ArgumentParser
import Foundation
import ScrutinyFormats
import ScrutinyStore

/// `--store PATH` and `--json`, shared by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The papers store (default: $SCRUTINY_STORE, else $XDG_DATA_HOME/scrutiny/papers.sqlite).")
    var store: String?

    @ArgumentParser.Flag(name: .long, help: "Print JSON for scripts instead of text.")
    var json = false

    /// The settings file is read by every command, so a mistake in it is said whatever the command.
    func validate() throws {
        _ = try MemberOptions.config()
    }

    /// The store's path, and whether it is the default one (which starts with the samples).
    var location: (path: String, isDefault: Bool) {
        let environment = ProcessInfo.processInfo.environment
        if let store { return (store, false) }
        if let path = environment["SCRUTINY_STORE"], !path.isEmpty { return (path, false) }
        return ("\(Self.dataFolder)/scrutiny/papers.sqlite", true)
    }

    /// $XDG_DATA_HOME, else ~/.local/share.
    static var dataFolder: String {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"] ?? NSHomeDirectory()
        return environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(home)/.local/share"
    }

    /// Opens the store. A new default store is filled with the sample papers; the returned
    /// message says so, for the first screen.
    /// Opens the store; `forReading`, for a command that only reads it, so the file is not
    /// written by a byte (a damaged store stays as it was).
    func open(forReading: Bool = false) throws -> (PapersStore, notice: String?) {
        let (path, isDefault) = location
        let isNew = !PapersStore.exists(at: path)
        if isNew && forReading && !isDefault {
            throw CommandError("there is no papers store at \(path); make one by importing papers into it: "
                               + "scrutiny import --store \(path) FILES…")
        }
        let store = try forReading && !isNew ? PapersStore.forReading(path: path) : PapersStore(path: path)
        defer { if let time = try? store.councilTime() { Today.time = time } }
        guard isNew && isDefault else { return (store, store.readOnlyReason.map { "Open for reading only: \($0)." }) }
        guard let samples = SampleLocator.folder() else {
            return (store, "New store at \(path); the sample papers were not found, so it is empty.")
        }
        let report = try Importer(store: store, context: PageContext()).importPaths([samples])
        return (store, "New store at \(path), loaded with the sample papers (\(report.added) files).")
    }
}
