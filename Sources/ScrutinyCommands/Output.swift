import Foundation
import ScrutinyFormats
import ScrutinyModel

/// Writes command output: JSON (snake_case keys, sorted, pretty) or text lines. Every byte
/// goes through `withoutControls`: words from papers and notes never reach a terminal (or a
/// file someone will `cat`) as control sequences; JSON keeps its own escapes.
enum Output {
    static func json(_ value: some Encodable) throws {
        write(try jsonText(value))
    }

    static func jsonText(_ value: some Encodable) throws -> String { try JSONText.encode(value) }

    /// A JSON array written an element at a time, laid out as `json` lays one out whole, so
    /// that a long list is never held: `append` each element, then `end`.
    final class JSONArray {
        private var count = 0

        func append(_ element: some Encodable) {
            // What this program encodes always encodes.
            let lines = ((try? jsonText(element)) ?? "null").split(separator: "\n").map { "  " + $0 }
            write((count == 0 ? "[\n" : ",\n") + lines.joined(separator: "\n"))
            count += 1
        }

        func end() { write(count == 0 ? "[]\n" : "\n]\n") }
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.withoutControls.utf8))
    }

    /// Writes to a new file readable only by its owner (0600), or to standard output; an existing
    /// file is replaced only when `replacing` says so.
    static func write(_ text: String, to path: String?, replacing: Bool = false) throws {
        guard let path else { return write(text) }
        if !replacing, FileManager.default.fileExists(atPath: path) {
            throw CommandError("\(path) already exists; choose a new file, or add --force to replace it")
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.withoutControls.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CommandError("cannot write \(path): permission denied or disk full")
        }
    }

    static func line(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text.withoutControls + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.withoutControls + "\n").utf8))
    }
}
