import Foundation
import ScrutinyStore
import ScrutinyUI

/// Runs the line mode on standard input and output: a line read, what it does said in whole
/// lines, never a cursor movement. On a terminal, lines are read with libedit's editing and
/// history; from a pipe, as they come.
enum LineMode {
    /// Why the line mode is chosen, or nil for the full screen: asked for, or the terminal cannot
    /// address its screen (TERM dumb or unset), or input or output is not a terminal.
    static func reason(asked: Bool, settings: Bool) -> String? {
        let environment = ProcessInfo.processInfo.environment
        if asked { return "asked for" }
        if ["1", "true", "yes"].contains(environment["SCRUTINY_LINE"]?.lowercased() ?? "") { return "SCRUTINY_LINE is set" }
        if settings { return "line = true in the settings" }
        let term = environment["TERM"] ?? ""
        if ["", "dumb", "unknown"].contains(term) { return term.isEmpty ? "TERM is not set" : "TERM is \(term), which cannot move the cursor" }
        if isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 { return "input or output is not a terminal" }
        return nil
    }

    static func run(_ session: inout LineSession, why: String, opening: [Effect] = []) {
        say(["Line mode (\(why)): whole lines only. For the full screen, run scrutiny on a terminal with TERM set."])
        say(session.start(opening: opening))
        let reader = LineReader()
        while !session.finished, let line = reader.next(prompt: "> ") {
            say(session.handle(line))
        }
        // What the screens hold is written before the end, as the full screen does.
        session.leave()
    }

    private static func say(_ lines: [String]) {
        for line in lines { FileHandle.standardOutput.write(Data((line.withoutControls + "\n").utf8)) }
    }
}
