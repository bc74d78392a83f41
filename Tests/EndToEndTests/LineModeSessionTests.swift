import Foundation
import Glibc
import Testing
import TestSupport

/// The line mode from the built binary: chosen by itself on a terminal that cannot move the
/// cursor (and saying so), and through pipes, where the chair types a resolution a line at a
/// time and the process is killed: every line it acknowledged is in the store.
@Suite(.serialized) struct LineModeSessionTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }

    init() throws {
        let result = try CommandRunner.scrutiny(["import", "--store", store, PackageRoot.samples])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aDumbTerminalGetsTheLineMode() throws {
        let session = try TmuxSession([PackageRoot.binary, "--store", store], width: 100, height: 30,
                                      environment: folder.environment.merging(["TERM": "dumb"]) { $1 }, folder: folder)
        try session.waitFor("Line mode (TERM is dumb, which cannot move the cursor)")
        try session.waitFor("Meeting 2 of 10: Cabinet, Tue 8 Dec 2026")
        #expect(try session.alternateScreenOn() == false, "no alternate screen in the line mode")
        try session.type("n\n")
        try session.waitFor("Meeting 3 of 10: Cabinet, Tue 17 Mar 2026")
        try session.type("quit\n")
        #expect(try session.exitStatus() == 0)
    }

    /// The chair's resolution, typed through a pipe a line at a time; killed after the fifth
    /// line was acknowledged, the store holds all five.
    @Test func everyAcknowledgedLineSurvivesAKill() throws {
        let chair = Process()
        chair.executableURL = URL(fileURLWithPath: PackageRoot.binary)
        chair.arguments = ["--store", store, "--member", "Cllr Joan Hale"]
        chair.environment = ProcessInfo.processInfo.environment.merging(folder.environment) { $1 }
        let input = Pipe(), output = Pipe()
        chair.standardInput = input
        chair.standardOutput = output
        chair.standardError = FileHandle.nullDevice
        let said = Transcript()
        output.fileHandleForReading.readabilityHandler = { said.append($0.availableData) }
        try chair.run()
        func type(_ line: String, until text: String) throws {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
            try said.waitFor(text)
        }
        try said.waitFor("Screen: Scrutiny › Meetings")
        try type("live", until: "Screen: Scrutiny › Live: Cabinet")
        try type("n", until: "Item 1 of 2")
        try type("r", until: "Record a resolution anyway?")
        try type("record", until: "Resolution (a)")
        let lines = (1...5).map { "line \($0) of what the Committee resolved, typed as it was agreed" }
        for line in lines { try type(line, until: "Saved: “\(line)”.") }
        kill(chair.processIdentifier, SIGKILL)
        chair.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        let shown = try CommandRunner.scrutiny(["show", "item", "cabinet-2026-12-08-item-5", "--store", store, "--json"], environment: folder.environment)
        for line in lines { #expect(shown.stdout.contains(line), "“\(line)” was acknowledged but is not in the store") }
    }
}

/// What a child has written so far, read as it comes.
private final class Transcript: @unchecked Sendable {
    private var text = ""
    private let lock = NSLock()

    func append(_ data: Data) {
        lock.withLock { text += String(decoding: data, as: UTF8.self) }
    }

    func waitFor(_ wanted: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if lock.withLock({ text.contains(wanted) }) { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TranscriptTimeout(description: "no “\(wanted)” in:\n\(lock.withLock { text })")
    }
}

private struct TranscriptTimeout: Error, CustomStringConvertible {
    var description: String
}
