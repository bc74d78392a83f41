import Foundation
import ScrutinyStore
import Testing
import TestSupport

/// `scrutiny backup`: SQLite's online backup of a store in use — what is still in its WAL
/// included — checked, and usable as a store of its own; never over an existing file.
@Suite(.serialized) struct BackupCommandTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: String..., status: Int32 = 0) throws -> CommandResult {
        let result = try CommandRunner.scrutiny(arguments, environment: folder.environment.merging(["SCRUTINY_MEMBER": "Cllr Priya Shah"]) { $1 })
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    @Test func aBackupHoldsEverythingAndIsChecked() throws {
        _ = try scrutiny("import", "--store", store, PackageRoot.samples)
        // The store in use (this connection keeps its WAL), and a shared note written last: in
        // the WAL, not yet in the main file.
        let inUse = try PapersStore(path: store)
        _ = try scrutiny("notes", "add", "--store", store, "--item", "cabinet-2026-03-17-item-7", "--shared", "--text", "Written just before the backup.")
        #expect(FileManager.default.fileExists(atPath: store + "-wal"))
        defer { _ = inUse }
        let backups = folder.file("backups")
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        let run = try scrutiny("backup", "--store", store, backups, "--json")
        let shape = try #require(try run.json() as? [String: Any])
        let copy = try #require(shape["path"] as? String)
        #expect(copy.hasSuffix("/papers-2026-11-22.sqlite") && shape["integrity"] as? String == "ok" && shape["matches"] as? Bool == true, "\(shape)")
        #expect((try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int) == 0o600)
        // The copy is a store of its own, the note included.
        #expect(try scrutiny("meetings", "--store", copy).stdout == scrutiny("meetings", "--store", store).stdout)
        #expect(try scrutiny("notes", "list", "--store", copy).stdout.contains("Written just before the backup."))
        // Never over a file that is there.
        #expect(try scrutiny("backup", "--store", store, copy, status: 1).stderr.contains("exists already"))
    }
}
