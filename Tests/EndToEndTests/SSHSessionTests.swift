import Foundation
import Glibc
import Testing
import TestSupport

/// Members reach one council server over SSH (Debian's OpenSSH, run here on a loopback port with
/// its own host key and configuration): one service account, a key per member, each key's
/// `command="scrutiny --member …",restrict,pty` in authorized_keys, as docs/deploy.md sets up.
/// Each member lands in Scrutiny and only there, as themselves; a resolution recorded in one
/// member's live console shows on another's open item page; a dropped connection saves the
/// note being typed. sshd must run as root to take logins for the service account (root here).
@Suite(.serialized, .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd")))
struct SSHSessionTests {
    let folder = TemporaryFolder()
    let port = Int.random(in: 20_000...60_000)
    let sshd = Process()
    var store: String { folder.file("srv/papers.sqlite") }

    init() throws {
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("srv"), withIntermediateDirectories: true)
        let imported = try CommandRunner.scrutiny(["import", "--store", store, PackageRoot.samples], environment: folder.environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        for key in ["host", "priya", "tom"] {
            let made = try CommandRunner.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", folder.file(key)])
            #expect(made.status == 0, "\(made.stderr)")
        }
        let members = [("priya", "Cllr Priya Shah"), ("tom", "Cllr Tom Reed")]
        let keys = try members.map { key, name in
            "command=\"\(PackageRoot.binary) --store \(store) --member \\\"\(name)\\\" --notebook \(folder.file("srv/\(key).sqlite"))\",restrict,pty "
                + (try String(contentsOfFile: folder.file(key + ".pub"), encoding: .utf8))
        }
        folder.write("authorized_keys", keys.joined())
        folder.write("sshd_config", """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(folder.file("host"))
            PidFile \(folder.file("sshd.pid"))
            AuthorizedKeysFile \(folder.file("authorized_keys"))
            StrictModes no
            PermitRootLogin prohibit-password
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            PermitTTY yes
            AcceptEnv LANG LC_*
            AllowTcpForwarding no
            X11Forwarding no
            LogLevel ERROR
            """)
        sshd.executableURL = URL(fileURLWithPath: "/usr/sbin/sshd")
        sshd.arguments = ["-D", "-f", folder.file("sshd_config"), "-E", folder.file("sshd.log")]
        try sshd.run()
        // Listening once a connection is taken.
        for _ in 0..<100 {
            if try CommandRunner.run("/usr/bin/ssh", client("priya") + ["-o", "BatchMode=yes", "true"]).stdout.contains("Line mode") { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    func client(_ key: String) -> [String] {
        ["-i", folder.file(key), "-p", "\(port)", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
         "-o", "LogLevel=ERROR", "-o", "SendEnv=LANG", "root@127.0.0.1"]
    }

    func login(_ key: String) throws -> TmuxSession {
        try TmuxSession(["/usr/bin/ssh", "-tt"] + client(key), width: 100, height: 30, environment: [:], folder: folder)
    }

    @Test func membersLandInScrutinyAsThemselvesAndSeeEachOthersRecords() throws {
        defer {
            sshd.terminate()
            sshd.waitUntilExit()
        }
        // No shell, no other name: what a member asks to run is not run.
        let asked = try CommandRunner.run("/usr/bin/ssh", client("tom") + ["echo shell; id; scrutiny --member 'Cllr Priya Shah' notes list"])
        #expect(asked.stdout.contains("Line mode") && !asked.stdout.contains("uid=") && !asked.stdout.contains("shell"), "\(asked.stdout)")

        let priya = try login("priya"), tom = try login("tom")
        try priya.waitFor("Scrutiny › Meetings")
        try tom.waitFor("Scrutiny › Meetings")
        // Priya's private note on the Cabinet's first December item; Tom's page does not show it.
        try priya.send("Enter")
        try priya.waitFor("Customer Access Strategy")
        try priya.send("Enter")
        try priya.waitFor("Notes")
        try priya.send("a")
        try priya.waitFor("New note")
        try priya.type("Only mine to read")
        try priya.send("C-s")
        try priya.waitFor("Only mine to read")
        try tom.send("Enter")
        try tom.waitFor("Customer Access Strategy")
        try tom.send("Enter")
        let page = try tom.waitFor("No notes yet")
        #expect(!page.contains("Only mine to read"))

        // Priya records a resolution live; Tom's open page shows it within a second or two.
        try priya.send("Escape", "Escape", "L")
        try priya.waitFor("Live")
        try priya.send("n")
        try priya.waitFor("Item 1 of 2")
        try priya.send("r")
        try priya.waitFor("Record a resolution anyway?")
        try priya.send("Left", "Enter")
        try priya.waitFor("Resolution (a)")
        try priya.type("That the strategy be noted")
        let started = Date()
        try tom.waitFor("That the strategy be noted", timeout: 5)
        #expect(Date().timeIntervalSince(started) < 2.5, "Tom saw the resolution after \(Date().timeIntervalSince(started)) s")

        // Tom starts a note and his line drops: what he typed is saved as he leaves, his at his next login.
        try tom.send("a")
        try tom.waitFor("New note")
        try tom.type("Half a thought")
        Thread.sleep(forTimeInterval: 0.3)
        try tom.killPane()
        Thread.sleep(forTimeInterval: 1)
        let again = try login("tom")
        try again.waitFor("1 note")
        try again.send("Enter")
        try again.waitFor("Customer Access Strategy")
        try again.send("Enter")
        try again.waitFor("Half a thought")
    }
}
