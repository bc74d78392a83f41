import ArgumentParser
import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write papers out for others: a paper pack, pages for a browser, a public pack, or a draft of a meeting's minutes.",
        subcommands: [Pack.self, HTMLPages.self, Public.self, Minutes.self])

    /// The options every folder export shares.
    struct FolderOptions: ParsableArguments {
        @OptionGroup var store: StoreOptions
        @Option(help: "The new (or empty) folder to write.") var out: String
        @Option(name: .customLong("meeting"), help: "Only this meeting (repeat for more); by default every meeting.")
        var meetings: [String] = []
    }

    struct Pack: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pack",
            abstract: "The Markdown paper pack of docs/formats.md: council.md and a file per meeting. `scrutiny import` reads it back to the same papers (exempt material included; the folder is readable only by you).")
        @OptionGroup var options: FolderOptions

        func run() throws {
            let export = try PapersExport.load(options)
            try export.write(export.packFiles(), options: options, privateFiles: true, removed: nil)
        }
    }

    struct HTMLPages: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "html",
            abstract: "Pages for reading in a browser: index.html and a page per meeting, exempt material marked (readable only by you).")
        @OptionGroup var options: FolderOptions

        func run() throws {
            let export = try PapersExport.load(options)
            try export.write(export.htmlFiles(), options: options, privateFiles: true, removed: nil)
        }
    }

    struct Public: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "public",
            abstract: "A pack for publication: without exempt items, exempt documents, draft resolutions or any note; says what it left out.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case pack, html
        }

        @OptionGroup var options: FolderOptions
        @Option(help: "pack (Markdown, re-importable) or html.") var format = Format.pack

        func run() throws {
            var export = try PapersExport.load(options)
            var removed: [String] = []
            export.meetings = export.meetings.map { bundle in
                let (kept, gone) = PublicRelease.filter(bundle)
                removed += gone
                return kept
            }
            if !export.recommendations.isEmpty {
                removed.append("the recommendations tracker (\(export.recommendations.count)): it is published by the council, not from here")
                export.recommendations = []
            }
            let notes = try export.store.sharedNoteCount()
            if notes > 0 { removed.append("\(notes) shared note\(notes == 1 ? "" : "s") (private notes are never in the store)") }
            try export.write(format == .pack ? export.packFiles() : export.htmlFiles(), options: options,
                             privateFiles: false, removed: removed)
        }
    }

    struct Minutes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "minutes",
            abstract: "A draft of a meeting's minutes: attendance, apologies, declarations, then each item with the questions, answers and resolutions.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case md, html
        }

        @OptionGroup var options: StoreOptions
        @Argument(help: "The meeting's id, as `scrutiny meetings` shows it.") var meeting: String
        @Option(help: "md or html.") var format = Format.md
        @ArgumentParser.Flag(help: "Include what exempt items say (by default only their title and Schedule 12A paragraphs).")
        var includeExempt = false
        @Option(help: "Write to this new file instead of standard output.") var output: String?
        @ArgumentParser.Flag(help: "Replace the --output file if it exists.") var force = false

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            let detail = try store.meeting(id: meeting)
            let items = try detail.items.map { try store.item(id: $0.item.id) }
            let draft = MinutesDraft(meeting: detail, items: items, includeExempt: includeExempt)
            try Output.write(format == .md ? draft.markdown : draft.html, to: output, replacing: force)
        }
    }
}

/// The papers a folder export writes: the council and the chosen meetings, in the order of
/// `scrutiny meetings`.
struct PapersExport {
    let store: PapersStore
    var councils: [PaperBundle]
    var meetings: [PaperBundle]
    var recommendations: [Recommendation] = []

    static func load(_ options: ExportCommand.FolderOptions) throws -> PapersExport {
        let (store, _) = try options.store.open(forReading: true)
        let listed = try store.meetings().map(\.meeting.id)
        for id in options.meetings where !listed.contains(id) { throw CommandError("no meeting \"\(id)\"; `scrutiny meetings` lists them") }
        let chosen = options.meetings.isEmpty ? listed : listed.filter(options.meetings.contains)
        // Recommendations go with a whole export, not with a choice of meetings.
        return PapersExport(store: store, councils: try store.councilBundles(),
                            meetings: try chosen.map { try store.meetingBundle(id: $0) },
                            recommendations: options.meetings.isEmpty ? try store.recommendations() : [])
    }

    func packFiles() -> [(path: String, text: String)] {
        let paths = PackWriter.paths(of: meetings.compactMap(\.meetings.first))
        return councils.map { (PackWriter.councilPath($0, of: councils.count), PackWriter.council($0)) }
            + meetings.compactMap { bundle in
                bundle.meetings.first.map { (paths[$0.id] ?? PackWriter.path(of: $0), PackWriter.meeting(bundle)) }
            }
            + PackWriter.recommendations(recommendations)
    }

    func htmlFiles() -> [(path: String, text: String)] {
        HTMLPack.files(councils: councils, meetings: meetings).map { ($0.path, $0.text) }
    }

    func write(_ files: [(path: String, text: String)], options: ExportCommand.FolderOptions, privateFiles: Bool,
               removed: [String]?) throws {
        try FolderWriter(destination: options.out, privateFiles: privateFiles).write(files)
        if options.store.json {
            try Output.json(Report(out: options.out, files: files.map(\.path), removed: removed))
            return
        }
        Output.line("wrote \(files.count) files to \(options.out) (\(meetings.count) meeting\(meetings.count == 1 ? "" : "s"))")
        guard let removed else { return }
        Output.line(removed.isEmpty ? "left out: nothing (no exempt items, exempt documents, drafts or notes)" : "left out:")
        for line in removed { Output.line("  \(line)") }
    }

    struct Report: Encodable {
        var out: String
        var files: [String]
        var removed: [String]?
    }
}
