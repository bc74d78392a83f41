import ArgumentParser
import Foundation
import ScrutinyModel
import ScrutinyStore

/// `scrutiny remove meeting|source|samples`: papers out of the store, saying first what goes
/// (resolutions recorded live among it), asking before it goes, or only saying with --dry-run.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove papers from the store: a meeting, the papers of an imported file, or the sample council.",
        discussion: """
            Each says what would go — meetings, items, documents, and any resolutions recorded live, which \
            no re-import brings back — and asks before removing it (--yes does not ask; --dry-run only says). \
            Notes stay, listed as on papers no longer in the store.
            """,
        subcommands: [Meeting.self, Source.self, Samples.self])

    struct Choices: ParsableArguments {
        @OptionGroup var options: StoreOptions
        @ArgumentParser.Flag(help: "Say what would go, and change nothing.") var dryRun = false
        @ArgumentParser.Flag(help: "Remove without asking.") var yes = false

        /// Counts what `removing` takes, then asks (or stops at a dry run) and removes it.
        func run(_ what: String, _ removing: (PapersStore, _ confirm: Bool) throws -> Removal) throws {
            let (store, _) = try options.open()
            try store.checkWritable()
            let planned = try removing(store, false)
            if dryRun { return try report(planned, done: false) }
            if !yes {
                guard isatty(STDIN_FILENO) != 0 else {
                    throw CommandError("removing \(what) takes \(planned.summary); run again with --yes to remove it, or --dry-run to see it")
                }
                FileHandle.standardOutput.write(Data("Remove \(what) (\(planned.summary))? [y/N] ".withoutControls.utf8))
                guard let answer = readLine()?.lowercased(), ["y", "yes"].contains(answer) else {
                    return Output.line("Nothing removed.")
                }
            }
            try report(try removing(store, true), done: true)
        }

        private func report(_ removal: Removal, done: Bool) throws {
            if options.json {
                struct Shape: Encodable { var removed: Bool; var removal: Removal }
                return try Output.json(Shape(removed: done, removal: removal))
            }
            Output.line((done ? "Removed " : "Would remove ") + removal.summary + ".")
            for meeting in removal.meetings { Output.line("  meeting \(meeting)") }
            for source in removal.sources { Output.line("  imported file \(source)") }
        }
    }

    struct Meeting: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "meeting", abstract: "Remove a meeting and everything on it.")
        @OptionGroup var choices: Choices
        @Argument(help: "The meeting's id, as `scrutiny meetings` prints it.") var id: String

        func run() throws {
            try choices.run("the meeting \(id)") { try $0.remove(meeting: id, confirm: $1) }
        }
    }

    struct Source: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "source",
            abstract: "Remove what one imported file brought, and meetings left with nothing else (importing the file again brings it back).")
        @OptionGroup var choices: Choices
        @Argument(help: "The file's name as it was imported (as `scrutiny import` printed it).") var name: String

        func run() throws {
            try choices.run("the papers of \(name)") { try $0.remove(source: name, confirm: $1) }
        }
    }

    struct Samples: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "samples",
            abstract: "Remove the sample council's papers, committees and members, recognised by the sample files' contents.")
        @OptionGroup var choices: Choices

        func run() throws {
            guard let folder = SampleLocator.folder() else {
                throw CommandError("the sample papers are not found here, so they cannot be recognised in the store; "
                                   + "remove their files with `scrutiny remove source NAME`")
            }
            var checksums: Set<String> = []
            let files = FileManager.default.enumerator(atPath: folder)
            while let file = files?.nextObject() as? String {
                if let data = FileManager.default.contents(atPath: "\(folder)/\(file)") { checksums.insert(FNV1a.hex(of: Array(data))) }
            }
            try choices.run("the sample papers") { try $0.remove(sourcesWithChecksums: checksums, confirm: $1) }
        }
    }
}
