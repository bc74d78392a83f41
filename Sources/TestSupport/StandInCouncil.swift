import Foundation

/// A stand-in for a council's Modern.gov web service and OParl server, on loopback, answering
/// from the files of a folder (Tests/ScrutinyCLITests/Fixtures/council-server.py says how). It
/// stops when this value goes away, or when the process that started it ends.
public final class StandInCouncil: @unchecked Sendable {
    /// The folder it answers from: write its answers here, at any time.
    public let folder: String
    /// "http://127.0.0.1:PORT".
    public let address: String
    private let lifeline = Pipe()

    public init(folder: String) throws {
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let portFile = folder + "/.port"
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "\(PackageRoot.path)/Tests/ScrutinyCLITests/Fixtures/council-server.py", folder, portFile]
        server.standardInput = lifeline
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: portFile) { Thread.sleep(forTimeInterval: 0.05) }
        address = "http://127.0.0.1:" + (try String(contentsOfFile: portFile, encoding: .utf8))
    }

    deinit {
        try? lifeline.fileHandleForWriting.close()
    }

    /// Writes an answer, "{server}" in it to be this server's address.
    public func write(_ name: String, _ text: String) {
        write(name, Data(text.utf8))
    }

    public func write(_ name: String, _ data: Data) {
        let path = folder + "/" + name
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: data)
    }

    /// The requests asked so far, each "key<TAB>User-Agent".
    public var requests: [String] {
        ((try? String(contentsOfFile: folder + "/requests.log", encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Forgets the requests asked so far.
    public func clearRequests() {
        try? FileManager.default.removeItem(atPath: folder + "/requests.log")
    }

    /// Makes requests misbehave (see the script): key → fault; nil mends them all.
    public func faults(_ json: String?) {
        if let json { write("faults.json", json) } else { try? FileManager.default.removeItem(atPath: folder + "/faults.json") }
    }
}
