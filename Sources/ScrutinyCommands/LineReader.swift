import CEditLine
import Foundation

/// The line mode's input: on a terminal, libedit's line editing and history (arrows, Ctrl+R);
/// from a pipe, each line as it comes. Nil at the end of the input.
final class LineReader {
    private let editing = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0

    func next(prompt: String) -> String? {
        guard editing else { return readLine(strippingNewline: true) }
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(raw) }
        return line
    }
}
