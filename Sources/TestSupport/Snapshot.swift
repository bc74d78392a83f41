import Foundation

/// Golden files: text kept beside the tests and compared line by line.
///
/// A missing golden file is written and reported as a failure, so that a new screen is
/// always looked at before it is committed; SNAPSHOT_RECORD=1 rewrites every golden file.
public enum Snapshot {
    /// Nil when `text` matches the golden file `name` in `folder`; otherwise what differs.
    public static func mismatch(_ text: String, named name: String, in folder: String) -> String? {
        let path = "\(folder)/\(name).txt"
        let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        guard !record, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return record ? nil : "recorded a new golden file \(path): review it, then run again"
        }
        let want = expected.hasSuffix("\n") ? String(expected.dropLast()) : expected
        guard want != text else { return nil }
        return diff(want.components(separatedBy: "\n"), text.components(separatedBy: "\n"), path: path)
    }

    /// The lines that differ, as "-" (golden) and "+" (now), with their line numbers.
    static func diff(_ want: [String], _ got: [String], path: String) -> String {
        var out = ["\(path) differs (SNAPSHOT_RECORD=1 to accept):"]
        for index in 0..<max(want.count, got.count) {
            let a = index < want.count ? want[index] : nil
            let b = index < got.count ? got[index] : nil
            guard a != b else { continue }
            if let a { out.append(String(format: "%3d - |%@|", index + 1, a)) }
            if let b { out.append(String(format: "%3d + |%@|", index + 1, b)) }
        }
        return out.joined(separator: "\n")
    }

    /// The folder `__Snapshots__` beside the calling test file.
    public static func folder(for filePath: String = #filePath) -> String {
        ((filePath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("__Snapshots__")
    }
}
