import ArgumentParser
import Foundation
import ScrutinyStore

/// `scrutiny backup DEST`: the store copied by SQLite's online backup while it is in use, then
/// checked (integrity, and the same rows as the store); DEST is a new file or a folder, where
/// the copy is named by the day.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the papers store safely while it is in use (SQLite's online backup), then check the copy.")

    @OptionGroup var options: StoreOptions

    @Argument(help: "A new file, or a folder for papers-YYYY-MM-DD.sqlite.")
    var destination: String

    func run() throws {
        let (store, _) = try options.open(forReading: true)
        var isFolder: ObjCBool = false
        let target = FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder) && isFolder.boolValue
            ? (destination as NSString).appendingPathComponent("papers-\(Today.date().iso).sqlite") : destination
        let backup = try store.backup(to: target)
        if options.json { return try Output.json(BackupJSON(backup)) }
        Output.line("backed up \(store.path) to \(backup.path) (\(ImportProgress.megabytes(backup.bytes)))")
        Output.line("check: integrity \(backup.integrity); " + backup.counts.map { "\($0.table) \($0.copy) of \($0.store)" }.joined(separator: ", "))
        guard backup.matches else { throw CommandError("the copy at \(backup.path) does not match the store: do not rely on it") }
        Output.line("To restore: stop every scrutiny using the store, move \(store.path) and its -wal and -shm files aside, and copy \(backup.path) in its place.")
    }

    struct BackupJSON: Encodable {
        var path: String
        var bytes: Int
        var integrity: String
        var matches: Bool
        var counts: [String: [Int]]

        init(_ backup: PapersStore.Backup) {
            path = backup.path
            bytes = backup.bytes
            integrity = backup.integrity
            matches = backup.matches
            counts = Dictionary(uniqueKeysWithValues: backup.counts.map { ($0.table, [$0.store, $0.copy]) })
        }
    }
}
