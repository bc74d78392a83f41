import Foundation
import Testing
import TestSupport

/// Stores this program may read but must not write: one this account cannot write (a
/// read-only mount, a file shared read-only), and one a newer Scrutiny made. Both are read;
/// neither is changed by a byte.
@Suite struct StoreAccessTests {
    let folder = TemporaryFolder()

    /// Runs the binary as an account that cannot write the store: the account itself when it is
    /// not root (file modes stop it), else `nobody` (root passes every mode).
    func asReader(_ arguments: [String]) throws -> CommandResult {
        guard getuid() == 0 else { return try CommandRunner.scrutiny(arguments, environment: folder.environment) }
        return try CommandRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", PackageRoot.binary]
                                     + arguments, environment: folder.environment)
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func aStoreThisAccountCannotWriteIsReadAndNotWritten() throws {
        let store = folder.file("shared/papers.sqlite")
        #expect(try CommandRunner.scrutiny(["import", "--store", store, PackageRoot.samples], environment: folder.environment).status == 0)
        #expect(chmod(store, 0o444) == 0 && chmod(folder.file("shared"), 0o555) == 0)
        defer { chmod(folder.file("shared"), 0o755) }
        let before = try bytes(store)

        let meetings = try asReader(["meetings", "--store", store])
        #expect(meetings.status == 0, "\(meetings.stderr)")
        #expect(meetings.stdout.contains("Cabinet"))
        let item = try asReader(["show", "--store", store, "item", "cabinet-2026-12-08-item-5"])
        #expect(item.stdout.contains("Customer Access Strategy"), "\(item.stderr)")
        folder.write("page.txt", "Agenda item\nLibrary hours\n\nMinutes:\nThe Committee considered the report.\n")
        let imported = try asReader(["import", "--store", store, "--committee", "Cabinet", "--date", "2026-12-09", folder.file("page.txt")])
        #expect(imported.status != 0)
        #expect(imported.stderr.contains("open for reading only: this account cannot write"), "\(imported.stderr)")
        #expect(try bytes(store) == before)
    }

    @Test func aStoreOfANewerScrutinyIsReadAndNotWritten() throws {
        let store = folder.file("papers.sqlite")
        #expect(try CommandRunner.scrutiny(["import", "--store", store, PackageRoot.samples], environment: folder.environment).status == 0)
        let future = try CommandRunner.run("/usr/bin/sqlite3", [store, "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')"])
        #expect(future.status == 0, "\(future.stderr)")
        let meetings = try CommandRunner.scrutiny(["meetings", "--store", store], environment: folder.environment)
        #expect(meetings.status == 0, "\(meetings.stderr)")
        #expect(meetings.stdout.contains("Cabinet"))
        folder.write("page.txt", "Agenda item\nLibrary hours\n\nMinutes:\nThe Committee considered the report.\n")
        let imported = try CommandRunner.scrutiny(["import", "--store", store, "--committee", "Cabinet", "--date", "2026-12-09",
                                                   folder.file("page.txt"), "--json"], environment: folder.environment)
        #expect(imported.status != 0)
        #expect(imported.stdout.contains("\"kind\" : \"newer_schema\""), "\(imported.stdout)\(imported.stderr)")
        #expect(try CommandRunner.run("/usr/bin/sqlite3", [store, "SELECT count(*) FROM meeting WHERE id LIKE '%2026-12-09%'"]).stdout
                    .trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}
