import ArgumentParser
import Foundation
import ScrutinyModel
import ScrutinyFormats
import ScrutinyStore

package struct Scrutiny: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "scrutiny",
        abstract: "Read, search and annotate a council's committee papers from the terminal.",
        discussion: """
            With no command, opens the terminal UI. The papers store is --store, else $SCRUTINY_STORE, \
            else $XDG_DATA_HOME/scrutiny/papers.sqlite; a new default store starts with the sample papers.
            """,
        version: Scrutiny.version,
        subcommands: [OpenCommand.self, ImportCommand.self, MeetingsCommand.self, ShowCommand.self,
                      SearchCommand.self, LiveCommand.self, ActionsCommand.self, RecsCommand.self, CallInCommand.self, ProgrammeCommand.self, DeadlinesCommand.self, SyncCommand.self, WatchCommand.self, NewsCommand.self, NotesCommand.self, BackupCommand.self, FlagsCommand.self, ExportCommand.self, RemoveCommand.self, DoctorCommand.self, KeysCommand.self],
        defaultSubcommand: OpenCommand.self)

    package init() {}

    package static let version = "0.9.0"

    /// Runs the command; with `--json`, a failure is printed as a JSON object with a stable
    /// `kind` (`{"error": {"kind": "not_found", "message": "…"}}`) before the exit status 1.
    package static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if CommandLine.arguments.contains("--json"), let failure = ErrorJSON(error), (try? Output.json(failure)) != nil {
                Foundation.exit(1)
            }
            // A message quoting a paper or a note is written without its control characters.
            let message = fullMessage(for: error)
            if message != message.withoutControls {
                Output.error(message)
                Foundation.exit(exitCode(for: error).rawValue)
            }
            exit(withError: error)
        }
    }
}

/// A failure as `--json` prints it.
struct ErrorJSON: Encodable {
    struct Failure: Encodable {
        var kind: String
        var message: String
        var sqliteCode: Int32?
    }

    var error: Failure

    /// Nil for what ArgumentParser reports itself (usage, help, an exit status).
    init?(_ error: Error) {
        switch error {
        case let error as StoreError: self.error = Failure(kind: error.kind.rawValue, message: error.description, sqliteCode: error.sqliteCode)
        case let error as FormatError: self.error = Failure(kind: "format", message: error.description)
        case let error as CommandError: self.error = Failure(kind: error.kind.rawValue, message: error.description)
        default: return nil
        }
    }
}
