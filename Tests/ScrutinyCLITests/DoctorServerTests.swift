import Foundation
import Testing
import TestSupport
@testable import ScrutinyCommands

/// `scrutiny doctor --server`: what a shared store's folder, files and notebooks need, said with
/// the command that would mend each and nothing changed; after those commands, nothing to change.
@Suite(.serialized) struct DoctorServerTests {
    let folder = TemporaryFolder()
    var shared: String { folder.file("srv") }
    var store: String { folder.file("srv/papers.sqlite") }

    func scrutiny(_ arguments: String..., status: Int32 = 0) throws -> CommandResult {
        let result = try CommandRunner.scrutiny(arguments + ["--store", store, "--member", "Cllr Priya Shah"], environment: folder.environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    @Test func whatASharedStoreNeedsIsSaidAndNothingChanged() throws {
        _ = try scrutiny("import", PackageRoot.samples)
        let before = try scrutiny("doctor", "--server").stdout
        #expect(before.contains("ok: the store is on a disk of this machine"), "\(before)")
        #expect(before.contains("would run: chmod 2770 \(shared)") && before.contains("would run: chmod 660 \(store)"), "\(before)")
        #expect(before.contains("ok: the notebook") && before.contains("nothing was changed"), "\(before)")
        #expect((try FileManager.default.attributesOfItem(atPath: store)[.posixPermissions] as? Int) == 0o600, "doctor --server changed a mode")
        // What it said to run, run: then there is nothing to change.
        chmod(shared, 0o2770)
        for file in [store, store + "-wal", store + "-shm"] where FileManager.default.fileExists(atPath: file) { chmod(file, 0o660) }
        let after = try scrutiny("doctor", "--server", "--json")
        let findings = try #require(try after.json() as? [[String: Any]])
        #expect(findings.allSatisfy { $0["verdict"] as? String == "ok" }, "\(findings)")
    }

    /// An account outside the store folder's group, and a notebooks' folder others can open,
    /// are said with the command that mends each.
    @Test func anAccountOutsideTheGroupAndAnOpenNotebooksFolderAreSaid() throws {
        _ = try scrutiny("import", PackageRoot.samples)
        let notebook = try #require(try scrutiny("doctor", "--server", "--json").json() as? [[String: Any]])
            .compactMap { $0["what"] as? String }.first { $0.hasPrefix("the notebook ") }
        let notebooks = try #require(notebook.flatMap { $0.dropFirst("the notebook ".count).components(separatedBy: " is ").first })
            .components(separatedBy: "/").dropLast().joined(separator: "/")
        chmod(notebooks, 0o755)
        var said = try scrutiny("doctor", "--server").stdout
        #expect(said.contains("would run: chmod 700 \(notebooks)"), "\(said)")
        // Only the superuser can give a folder a group it is not in; elsewhere the rest stands.
        guard geteuid() == 0, let nobody = getgrnam("nogroup") else { return }
        chown(shared, uid_t.max, nobody.pointee.gr_gid)
        said = try scrutiny("doctor", "--server").stdout
        #expect(said.contains("would run: usermod -aG nogroup \(String(cString: getpwuid(geteuid()).pointee.pw_name))"), "\(said)")
    }

    @Test func aNetworkFileSystemIsRefused() {
        let mounts = """
            /dev/sda1 / ext4 rw,relatime 0 0
            council-nas:/export/scrutiny /srv/scrutiny nfs4 rw,relatime 0 0
            papers@host: /mnt/papers fuse.sshfs rw 0 0
            //fileserver/share /mnt/share\\040drive cifs rw 0 0
            """
        #expect(ServerCheck.networkFileSystem(at: "/srv/scrutiny/papers.sqlite", mounts: mounts) == "NFS")
        #expect(ServerCheck.networkFileSystem(at: "/mnt/papers/papers.sqlite", mounts: mounts) == "a FUSE mount (fuse.sshfs)")
        #expect(ServerCheck.networkFileSystem(at: "/mnt/share drive/papers.sqlite", mounts: mounts) == "CIFS")
        #expect(ServerCheck.networkFileSystem(at: "/srv/scrutiny-local/papers.sqlite", mounts: mounts) == nil)
        #expect(ServerCheck.networkFileSystem(at: "/home/priya/papers.sqlite", mounts: mounts) == nil)
    }
}
