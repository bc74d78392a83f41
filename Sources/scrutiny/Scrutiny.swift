import ArgumentParser

@main
struct Scrutiny: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrutiny",
        abstract: "Read, search and annotate a council's committee papers from the terminal.",
        discussion: """
            With no command, opens the terminal UI. The papers store is --store, else $SCRUTINY_STORE, \
            else $XDG_DATA_HOME/scrutiny/papers.sqlite; a new default store starts with the sample papers.
            """,
        subcommands: [OpenCommand.self, ImportCommand.self, MeetingsCommand.self, ShowCommand.self,
                      SearchCommand.self, LiveCommand.self, NotesCommand.self, FlagsCommand.self, ExportCommand.self, DoctorCommand.self, KeysCommand.self],
        defaultSubcommand: OpenCommand.self)
}
