import ArgumentParser
import Foundation
import NcursesTerminal
import ScrutinyUI
import TerminalCore

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal UI (what `scrutiny` does with no command).")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @Option(help: "Colours: default, high-contrast or monochrome (NO_COLOR always means monochrome).")
    var theme: String?

    func validate() throws {
        if let theme, !Theme.all.contains(where: { $0.name == theme }) {
            throw ValidationError("--theme is one of \(Theme.all.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw CommandError("the terminal UI needs a terminal; for scripts use `scrutiny meetings`, `show`, `search` with --json")
        }
        let (store, notice) = try options.open()
        let config = try MemberOptions.config()
        let notes = try member.open(papers: store, config: config)
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let screen = NcursesScreen()
        let state = AppState(width: screen.size.width, height: screen.size.height,
                             theme: Theme.named(theme ?? config.theme, noColor: noColor), today: Today.date(), notice: notice,
                             member: notes.member)
        AppRunner(terminal: screen, store: store, notes: notes).run(state)
        screen.end()
    }
}
