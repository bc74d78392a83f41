import Foundation

/// A folder of its own for one test, removed when the value goes away.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init() {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        path = "\(base)/scrutiny-test-\(UUID().uuidString.prefix(12))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { "\(path)/\(name)" }

    /// Writes text to `name` and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        let target = file(name)
        try! FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: target, contents: Data(text.utf8))
        return target
    }

    /// Settings and data folders inside this folder, so that a test's notebooks and settings
    /// never touch the account's own, and a fixed date for which meetings are upcoming.
    public var environment: [String: String] {
        ["XDG_DATA_HOME": file("data"), "XDG_CONFIG_HOME": file("config"), "SCRUTINY_TODAY": "2026-11-22"]
    }
}
