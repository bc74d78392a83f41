import ArgumentParser
import Foundation
import ScrutinyFormats

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write papers out for others: a draft of a meeting's minutes.",
        subcommands: [Minutes.self])

    struct Minutes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A draft of a meeting's minutes: attendance, apologies, declarations, then each item with the questions, answers and resolutions.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case md, html
        }

        @OptionGroup var options: StoreOptions
        @Argument(help: "The meeting's id, as `scrutiny meetings` shows it.") var meeting: String
        @Option(help: "md or html.") var format = Format.md
        @ArgumentParser.Flag(help: "Include what exempt items say (by default only their title and Schedule 12A paragraphs).")
        var includeExempt = false
        @Option(help: "Write to this file instead of standard output.") var output: String?

        func run() throws {
            let (store, _) = try options.open()
            let detail = try store.meeting(id: meeting)
            let items = try detail.items.map { try store.item(id: $0.item.id) }
            let draft = MinutesDraft(meeting: detail, items: items, includeExempt: includeExempt)
            try Output.write(format == .md ? draft.markdown : draft.html, to: output)
        }
    }
}
