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
        subcommands: [Again.self, ModernGov.self, OParl.self],
        defaultSubcommand: Again.self)

    struct Politeness: ParsableArguments {
        @Option(help: "Seconds between requests (default 1).")
        var pause: Double = 1

        @Option(help: "Seconds to wait for an answer (default 30).")
        var timeout: Double = 30

        /// The council's server, asked at this pace; in `scrutiny`, which holds no HTTP client,
        /// the sync is handed over to `scrutiny-sync` instead (this does not return).
        func server() throws -> any CouncilFetching {
            guard let server = CouncilClient.make else { try SyncCommand.handOver() }
            return server(pause, timeout)
        }
    }

    /// Runs `scrutiny-sync`, installed beside this binary, with this command's arguments.
    static func handOver() throws -> Never {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let helper = own.deletingLastPathComponent().appendingPathComponent("scrutiny-sync").path
        guard FileManager.default.isExecutableFile(atPath: helper) else {
            throw CommandError("syncing needs scrutiny-sync beside \(own.path), and it is not there: reinstall Scrutiny (make install)")
        }
        let arguments = ([helper] + CommandLine.arguments.dropFirst()).map { strdup($0) } + [nil]
        execv(helper, arguments)
        throw CommandError("cannot run \(helper): \(String(cString: strerror(errno)))")
    }

    struct Again: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "again", abstract: "Sync again from every server the store has synced from.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var politeness: Politeness
        @OptionGroup var member: MemberOptions

        func run() throws {
            let (store, _) = try options.open()
            let sources = try store.syncSources()
            guard !sources.isEmpty else {
                throw CommandError("this store has not synced from a server yet: scrutiny sync moderngov https://democracy.example.gov.uk")
            }
            var summaries: [any SyncSummary] = []
            for source in sources {
                let server = try politeness.server()
                let quiet = SyncCommand.quiet(options)
                switch source.kind {
                case "oparl":
                    summaries.append(try OParlSync(store: store, server: server, url: source.url, from: source.from, to: source.to,
                                                   storePath: options.location.path, quiet: quiet).run())
                default:
                    summaries.append(try ModernGovSync(store: store, server: server, base: source.url, committees: source.committees,
                                                       from: source.from, to: source.to, storePath: options.location.path, quiet: quiet).run())
                }
            }
            try SyncCommand.report(summaries, options, news: member.existingNotes(papers: store))
        }
    }

    struct ModernGov: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "moderngov",
            abstract: "Sync from a council's Modern.gov web service: GetCommittees, GetMeetings for each committee, GetMeeting for each meeting.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var politeness: Politeness
        @OptionGroup var member: MemberOptions

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
            let sync = ModernGovSync(store: store, server: try politeness.server(),
                                     base: base, committees: committees, from: from, to: to,
                                     storePath: options.location.path, quiet: SyncCommand.quiet(options))
            try SyncCommand.report([try sync.run()], options, news: member.existingNotes(papers: store))
        }
    }

    /// Whether the progress line is left out: JSON asked for, or standard error not a terminal.
    static func quiet(_ options: StoreOptions) -> Bool { options.json || isatty(STDERR_FILENO) == 0 }

    /// Prints what each server gave and, when the member has a notebook, how many new matches
    /// their topics found in it.
    static func report(_ summaries: [any SyncSummary], _ options: StoreOptions, news: MemberNotes?) throws {
        let matches = try news?.refreshNews()
        if options.json { return try Output.json(Report(summaries: summaries, newMatches: matches)) }
        for summary in summaries { Output.line(summary.line) }
        if let matches { Output.line("\(matches) new match\(matches == 1 ? "" : "es") for your topics" + (matches > 0 ? ": scrutiny news" : ".")) }
    }

    /// The summaries of one run, as JSON: {"servers": [...], "new_matches": N}.
    private struct Report: Encodable {
        var summaries: [any SyncSummary]
        var newMatches: Int?

        enum CodingKeys: String, CodingKey { case servers, newMatches }

        func encode(to encoder: Encoder) throws {
            var object = encoder.container(keyedBy: CodingKeys.self)
            var list = object.nestedUnkeyedContainer(forKey: .servers)
            for summary in summaries { try list.encode(summary) }
            try object.encodeIfPresent(newMatches, forKey: .newMatches)
        }
    }

    struct OParl: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "oparl",
            abstract: "Sync from an OParl server: the System, its bodies, and each body's organizations, people, meetings and papers.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var politeness: Politeness
        @OptionGroup var member: MemberOptions

        @Argument(help: "The address of the OParl System object (or of one Body).")
        var url: String

        @Option(help: "The first day of meetings to read, YYYY-MM-DD (default: a year ago).")
        var from: String?

        @Option(help: "The last day, YYYY-MM-DD (default: a year ahead).")
        var to: String?

        func run() throws {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
                throw CommandError("\(url) is not a web address: give the OParl System's, https://oparl.example.org/oparl/v1")
            }
            let (store, _) = try options.open()
            let from = try from.map { try DayOption.parse($0, option: "--from") }, to = try to.map { try DayOption.parse($0, option: "--to") }
            let sync = OParlSync(store: store, server: try politeness.server(),
                                 url: url, from: from, to: to, storePath: options.location.path, quiet: SyncCommand.quiet(options))
            try SyncCommand.report([try sync.run()], options, news: member.existingNotes(papers: store))
        }
    }
}
