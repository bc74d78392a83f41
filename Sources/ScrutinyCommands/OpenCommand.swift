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
    @OptionGroup var screen: ScreenOptions

    @Flag(help: .hidden) var firstFrameOnly = false

    func run() throws {
        try TerminalUI(options: options, member: member, screen: screen).run(firstFrameOnly: firstFrameOnly)
    }
}

/// How the terminal UI looks, and where what it writes out goes.
struct ScreenOptions: ParsableArguments {
    @Option(help: "Colours: default, high-contrast or monochrome (NO_COLOR always means monochrome).")
    var theme: String?

    @Option(name: .customLong("export-to"), help: "The folder concerns reports and minutes drafts are written to (default: the current folder).")
    var exportFolder: String?

    @Flag(help: "For a screen reader or braille display: the cursor shown where the focus is, no clocks ticking, changes said on the status line (also screen_reader = true in the settings).")
    var screenReader = false

    @Flag(help: "The line mode: whole lines only, no screen drawn (also SCRUTINY_LINE=1 or line = true in the settings; chosen by itself where the terminal cannot move the cursor).")
    var line = false

    func validate() throws {
        if let theme, !Theme.all.contains(where: { $0.name == theme }) {
            throw ValidationError("--theme is one of \(Theme.all.map(\.name).joined(separator: ", "))")
        }
        var isFolder: ObjCBool = false
        if let exportFolder, !FileManager.default.fileExists(atPath: exportFolder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw ValidationError("--export-to \(exportFolder) is not a folder")
        }
    }
}

/// Opens the terminal UI on the store, as the member, on the meetings list or a meeting's
/// live console.
struct TerminalUI {
    let options: StoreOptions
    let member: MemberOptions
    let screen: ScreenOptions

    /// `firstFrameOnly` quits once the first frame is drawn: `scrutiny-bench` times a cold start with it.
    func run(liveMeeting: String? = nil, firstFrameOnly: Bool = false) throws {
        let (store, notice) = try options.open()
        store.announceSession()
        if let liveMeeting { _ = try store.meeting(id: liveMeeting) }
        let config = try MemberOptions.config()
        let notes = try member.open(papers: store, config: config)
        if let why = LineMode.reason(asked: screen.line, settings: config.line) {
            guard !firstFrameOnly else { throw CommandError("the first frame is timed on a terminal, not in the line mode (\(why))") }
            var state = AppState(width: 100, height: 40, today: Today.date(), notice: notice, member: notes.member)
            state.councilTime = Today.time
            if let folder = screen.exportFolder { state.exportFolder = URL(fileURLWithPath: folder).standardizedFileURL.path }
            let opening = liveMeeting.map { state.openLive($0) } ?? []
            store.checkIntactInTheBackground()
            var session = LineSession(state: state, store: store, notes: notes)
            LineMode.run(&session, why: why, opening: opening)
            return
        }
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let terminal = NcursesScreen()
        let screenReader = screen.screenReader || config.screenReader
        terminal.showsFocus = screenReader
        var state = AppState(width: terminal.size.width, height: terminal.size.height,
                             theme: Theme.named(screen.theme ?? config.theme, noColor: noColor), today: Today.date(), notice: notice,
                             member: notes.member)
        state.councilTime = Today.time
        state.screenReader = screenReader
        if let folder = screen.exportFolder { state.exportFolder = URL(fileURLWithPath: folder).standardizedFileURL.path }
        let opening = liveMeeting.map { state.openLive($0) } ?? []
        AppRunner(terminal: terminal, store: store, notes: notes)
            .run(state, opening: opening, firstFrameOnly: firstFrameOnly, afterFirstFrame: store.checkIntactInTheBackground)
        terminal.end()
    }
}

struct LiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Record a meeting as it happens: attendance, declarations, resolutions and votes.",
        discussion: """
            Opens the terminal UI on the meeting's live console. Every key typed in a resolution is \
            saved before the next is read; after a crash or a dropped connection, run the same command \
            to carry on where the cursor was. Others with the store open see the record within a second.
            """)

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @OptionGroup var screen: ScreenOptions

    @Argument(help: "The meeting's id, as `scrutiny meetings` prints it.")
    var meeting: String

    func run() throws {
        try TerminalUI(options: options, member: member, screen: screen).run(liveMeeting: meeting)
    }
}
