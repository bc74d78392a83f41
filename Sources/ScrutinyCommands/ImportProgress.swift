import Foundation

/// The line an import of many or large files keeps up to date on a terminal: files done of
/// all, documents, megabytes read and the rate. Written to standard error, and only when both
/// standard output and standard error are terminals, so nothing reaches a pipe, a file or `--json`.
final class ImportProgress {
    private let total: Int
    private let started = Date()
    private var shownAt = Date.distantPast
    private var files = 0
    private var documents = 0
    private var bytes = 0
    private var shown = false
    private var last = ""

    /// Nil when no line should be shown.
    init?(files total: Int, json: Bool) {
        guard !json, isatty(STDOUT_FILENO) == 1, isatty(STDERR_FILENO) == 1 else { return nil }
        self.total = total
    }

    /// A large file is about to be read: say so, since reading it takes a while.
    func reading(_ name: String, bytes size: Int) {
        guard size >= 4 << 20 else { return }
        draw("reading \((name as NSString).lastPathComponent) (\(Self.megabytes(size)))…")
    }

    /// A file is done; the line is redrawn at most five times a second.
    func done(_ name: String, bytes size: Int, documents count: Int) {
        files += 1
        bytes += size
        documents += count
        guard Date().timeIntervalSince(shownAt) >= 0.2 || files == total else { return }
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        draw("imported \(files) of \(total) files · \(documents) documents · \(Self.megabytes(bytes)) · \(Self.megabytes(Int(Double(bytes) / seconds)))/s")
    }

    /// Writes what `print` prints above the line: the line cleared, then drawn again below.
    func above(_ print: () -> Void) {
        guard shown else { return print() }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        print()
        draw(last)
    }

    /// Clears the line once the import is done.
    func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw(_ text: String) {
        last = text
        shownAt = Date()
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text.withoutControls)".utf8))
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
