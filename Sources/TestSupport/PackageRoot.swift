import Foundation

/// Paths inside this package, for tests that read its sample papers or run its binary.
public enum PackageRoot {
    /// The folder holding Package.swift.
    public static let path: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The sample papers.
    public static var samples: String { "\(path)/data" }

    /// The built `scrutiny` binary: $SCRUTINY_BIN, else the debug build.
    public static var binary: String {
        ProcessInfo.processInfo.environment["SCRUTINY_BIN"] ?? "\(path)/.build/debug/scrutiny"
    }

    /// A test fixture kept beside a test target: `Tests/<target>/Fixtures/<name>`.
    public static func fixture(_ target: String, _ name: String) -> String {
        try! String(contentsOfFile: fixturePath(target, name), encoding: .utf8)
    }

    public static func fixturePath(_ target: String, _ name: String) -> String {
        "\(path)/Tests/\(target)/Fixtures/\(name)"
    }
}
