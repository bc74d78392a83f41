import ArgumentParser
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import paper packs, council pages and PDF papers (files or folders); each file goes in whole or not at all.")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @ArgumentParser.Flag(name: .long, help: "Read the files and say what would be imported, without changing the store.")
    var dryRun = false

    @Option(help: "The committee of council pages that do not name one.")
    var committee: String?

    @Option(help: "The meeting date (YYYY-MM-DD) of council pages that do not give one.")
    var date: String?

    @Option(help: "The item title of a council page that has none.")
    var title: String?

    func run() throws {
        var context = PageContext(committee: committee, title: title, today: Today.date())
        if let date {
            context.date = try DayOption.parse(date, option: "--date")
        }
        // Checked through a read-only connection first, so a damaged store is not touched; said
        // once for the whole import, not once per file.
        if !dryRun, PapersStore.exists(at: options.location.path) { try PapersStore.checkIntact(path: options.location.path) }
        let store = dryRun ? nil : try options.open().0
        try store?.checkWritable()
        var importer = Importer(store: store, context: context)
        let json = options.json
        importer.progress = { ImportProgress(files: $0, json: json) }
        // Each file is said as it goes in, not held until the end.
        let array = json ? Output.JSONArray() : nil
        importer.onResult = { file in
            if let array { array.append(FileJSON(file)) } else { Self.say(file) }
        }
        let offered = Set(try store?.responseCandidates().map(\.itemID) ?? [])
        let report = try importer.importPaths(paths, dryRun: dryRun)
        let newlyOffered = try store?.responseCandidates().filter { !offered.contains($0.itemID) } ?? []
        if let array {
            array.end()
        } else {
            if let store, let matches = try member.existingNotes(papers: store)?.refreshNews(), matches > 0 {
                Output.line("\(matches) new match\(matches == 1 ? "" : "es") for your topics: scrutiny news")
            }
            for candidate in newlyOffered {
                Output.line("\(RecsCommand.Responses.place(candidate)) may be the response to "
                            + candidate.answers.map(\.reference).joined(separator: ", ") + ": scrutiny recs responses links it.")
            }
        }
        if report.failed > 0 { throw ExitCode(1) }
    }

    private static func say(_ file: Importer.FileResult) {
        if let error = file.error {
            Output.error("failed: \(error)")
        } else {
            let format = file.format.map { " [\($0)]" } ?? ""
            Output.line("\(file.outcome): \(file.name)\(format)\(file.summary.isEmpty ? "" : " — \(file.summary)")")
            for line in file.recognised ?? [] { Output.line("    \(line)") }
            for note in file.notes { Output.line("    note: \(note)") }
        }
    }

    struct FileJSON: Encodable {
        var file: String
        var format: String?
        var outcome: String
        var summary: String
        var error: String?
        var recognised: [String]?
        var notes: [String]

        init(_ result: Importer.FileResult) {
            file = result.name
            format = result.format
            outcome = result.outcome
            summary = result.summary
            error = result.error
            recognised = result.recognised
            notes = result.notes
        }
    }
}
