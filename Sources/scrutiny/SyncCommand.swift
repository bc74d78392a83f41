import ArgumentParser
import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// Papers from the council's own servers: `sync moderngov URL` asks the Modern.gov web service
/// for its committees, their meetings in a range of dates and each meeting, and imports each
/// answer as it comes; `sync` alone repeats the servers the store has synced from.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Fetch papers from the council's servers into the store (sync alone repeats the servers synced before).",
        subcommands: [Again.self, ModernGov.self],
        defaultSubcommand: Again.self)

    struct Politeness: ParsableArguments {
        @Option(help: "Seconds between requests (default 1).")
        var pause: Double = 1

        @Option(help: "Seconds to wait for an answer (default 30).")
        var timeout: Double = 30
    }

    struct Again: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "again", abstract: "Sync again from every server the store has synced from.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var politeness: Politeness

        func run() throws {
            let (store, _) = try options.open()
            let sources = try store.syncSources()
            guard !sources.isEmpty else {
                throw CommandError("this store has not synced from a server yet: scrutiny sync moderngov https://democracy.example.gov.uk")
            }
            var summaries: [ModernGovSync.Summary] = []
            for source in sources where source.kind == "moderngov" {
                let sync = ModernGovSync(store: store, server: CouncilServer(pause: politeness.pause, timeout: politeness.timeout),
                                         base: source.url, committees: source.committees, from: source.from, to: source.to,
                                         storePath: options.location.path, quiet: SyncCommand.quiet(options))
                summaries.append(try sync.run())
            }
            try SyncCommand.report(summaries, options)
        }
    }

    struct ModernGov: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "moderngov",
            abstract: "Sync from a council's Modern.gov web service: GetCommittees, GetMeetings for each committee, GetMeeting for each meeting.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var politeness: Politeness

        @Argument(help: "The council's Modern.gov address, https://democracy.example.gov.uk (with or without /mgWebService.asmx).")
        var url: String

        @Option(name: .customLong("committee"), help: "Only this committee, by its id or a part of its name (repeat for each; default: every one).")
        var committees: [String] = []

        @Option(help: "The first day of meetings to fetch, YYYY-MM-DD (default: a year ago).")
        var from: String?

        @Option(help: "The last day, YYYY-MM-DD (default: a year ahead).")
        var to: String?

        func run() throws {
            guard let base = ModernGovSync.base(url) else {
                throw CommandError("\(url) is not a web address: give the council's, https://democracy.example.gov.uk")
            }
            let (store, _) = try options.open()
            let from = try from.map { try DayOption.parse($0, option: "--from") }, to = try to.map { try DayOption.parse($0, option: "--to") }
            let sync = ModernGovSync(store: store, server: CouncilServer(pause: politeness.pause, timeout: politeness.timeout),
                                     base: base, committees: committees, from: from, to: to,
                                     storePath: options.location.path, quiet: SyncCommand.quiet(options))
            try SyncCommand.report([try sync.run()], options)
        }
    }

    /// Whether the progress line is left out: JSON asked for, or standard error not a terminal.
    static func quiet(_ options: StoreOptions) -> Bool { options.json || isatty(STDERR_FILENO) == 0 }

    static func report(_ summaries: [ModernGovSync.Summary], _ options: StoreOptions) throws {
        if options.json { return try Output.json(summaries) }
        for summary in summaries { Output.line(summary.line) }
    }
}
