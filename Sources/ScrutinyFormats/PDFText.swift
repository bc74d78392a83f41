import Foundation

/// A PDF's text, page by page, through poppler's `pdftotext` (Debian's poppler-utils). Its
/// output is read as it comes, a page at a time, so a long PDF is never held whole: neither the
/// file, which pdftotext reads itself, nor all of its text at once.
public enum PDFText {
    /// Where pdftotext is looked for, after `$PATH`.
    static let places = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"]

    /// Whether a file starts as a PDF does.
    public static func isPDF(_ opening: [UInt8]) -> Bool {
        opening.prefix(1024).firstRange(of: Array("%PDF-".utf8)) != nil
    }

    /// The pdftotext found on this machine, or nil.
    public static func tool() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/pdftotext" } + places
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Calls `page` with each page's number (from 1, as the PDF counts them) and text, in
    /// order, and returns how many pages there were. A PDF pdftotext cannot open is an error
    /// saying why; so is text beyond `limit` bytes.
    @discardableResult
    public static func pages(of path: String, limit: Int = PaperReader.maximumBytes,
                             _ page: (_ number: Int, _ text: String) throws -> Void) throws -> Int {
        guard let tool = tool() else {
            throw FormatError(file: path, line: nil, "reading a PDF needs pdftotext, which is not installed (Debian: apt-get install poppler-utils)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        // -q: the PDF's own warnings are not errors; "-" writes the text to standard output.
        process.arguments = ["-q", "-enc", "UTF-8", "-eol", "unix", path, "-"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Its complaints are read beside the text, so that neither pipe fills and stalls it.
        let complaints = Complaints()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            complaints.bytes = [UInt8]((try? errors.fileHandleForReading.readToEnd()) ?? Data()).prefix(4096).map { $0 }
            drained.signal()
        }
        var pending: [UInt8] = [], number = 0, total = 0
        var failure: Error?
        do {
            while let chunk = try output.fileHandleForReading.read(upToCount: 1 << 16), !chunk.isEmpty {
                total += chunk.count
                guard total <= limit else {
                    throw FormatError(file: path, line: nil, "the PDF holds more than \(limit / 1_000_000) MB of text; Scrutiny reads papers of up to that (split it, or import its parts)")
                }
                pending += chunk
                // pdftotext ends every page with a form feed.
                while let end = pending.firstIndex(of: 0x0C) {
                    number += 1
                    try page(number, String(decoding: pending[..<end], as: UTF8.self))
                    pending.removeSubrange(...end)
                }
            }
        } catch {
            failure = error
            process.terminate()
        }
        try? output.fileHandleForReading.close()
        process.waitUntilExit()
        drained.wait()
        if let failure { throw failure }
        guard process.terminationStatus == 0 else {
            throw FormatError(file: path, line: nil, Self.reason(status: process.terminationStatus, complaint: String(decoding: complaints.bytes, as: UTF8.self)))
        }
        if pending.contains(where: { $0 > 32 }) {
            number += 1
            try page(number, String(decoding: pending, as: UTF8.self))
        }
        return number
    }

    private final class Complaints: @unchecked Sendable {
        var bytes: [UInt8] = []
    }

    /// pdftotext's exit status and first complaint, as a member would be told them.
    static func reason(status: Int32, complaint: String) -> String {
        let first = complaint.split(separator: "\n").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let lower = complaint.lowercased()
        if lower.contains("password") {
            return "the PDF is locked with a password; Scrutiny cannot read its text (ask for an unlocked copy)"
        }
        if status == 3 || lower.contains("permission") {
            return "the PDF does not permit its text to be copied out, so Scrutiny cannot read it"
        }
        if status == 1 {
            return "not a PDF that can be read: it is damaged or not a PDF at all" + (first.isEmpty ? "" : " (pdftotext: \(first))")
        }
        return "pdftotext failed (status \(status))" + (first.isEmpty ? "" : ": \(first)")
    }
}
