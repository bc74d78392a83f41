import Foundation

/// Finds the sample papers: $SCRUTINY_SAMPLES, else a `data/` folder beside the package the
/// binary was built in, else an installed copy.
enum SampleLocator {
    static func folder() -> String? {
        let manager = FileManager.default
        func isSamples(_ path: String) -> Bool { manager.fileExists(atPath: "\(path)/council.md") }
        if let path = ProcessInfo.processInfo.environment["SCRUTINY_SAMPLES"], isSamples(path) { return path }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if isSamples(folder.appendingPathComponent("data").path),
               manager.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.appendingPathComponent("data").path
            }
            folder.deleteLastPathComponent()
        }
        // Installed (make install PREFIX=…): PREFIX/bin/scrutiny beside PREFIX/share/scrutiny/data.
        let installed = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("share/scrutiny/data").path
        return [installed, "/usr/local/share/scrutiny/data", "/usr/share/scrutiny/data"].first(where: isSamples)
    }
}
