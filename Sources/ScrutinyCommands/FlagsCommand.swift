import ArgumentParser
import ScrutinyModel

struct FlagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: "The themes notes are gathered by: list them, add the council's own, rename or retire one.",
        subcommands: [List.self, Add.self, Rename.self, Retire.self, Restore.self],
        defaultSubcommand: List.self)

    struct FlagJSON: Encodable {
        var id: String
        var name: String
        var retired: Bool

        init(_ flag: ScrutinyModel.Flag) {
            id = flag.id
            name = flag.name
            retired = flag.retired
        }
    }

    static func show(_ flag: ScrutinyModel.Flag, _ options: StoreOptions, _ verb: String) throws {
        if options.json { return try Output.json(FlagJSON(flag)) }
        Output.line("\(verb) \"\(flag.name)\" (\(flag.id)).")
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the flags; --all includes retired ones.")

        @OptionGroup var options: StoreOptions
        @ArgumentParser.Flag(help: "Include retired flags.") var all = false

        func run() throws {
            let store = try options.open().0
            try MemberOptions.addFlags(from: MemberOptions.config(), to: store)
            let flags = try store.flags(includingRetired: all)
            if options.json { return try Output.json(flags.map(FlagJSON.init)) }
            for flag in flags { Output.line("\(flag.name)\(flag.retired ? " (retired)" : "")") }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a flag (or bring back a retired one).")

        @OptionGroup var options: StoreOptions
        @Argument(help: "Its name, such as \"housing\".") var name: String

        func run() throws {
            try FlagsCommand.show(try options.open().0.addFlag(name), options, "Flag")
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a flag; notes keep it.")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The flag's name or id.") var name: String
        @Argument(help: "The new name.") var newName: String

        func run() throws {
            try FlagsCommand.show(try options.open().0.renameFlag(name, to: newName), options, "Renamed to")
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "retire", abstract: "Stop offering a flag; notes keep it.")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The flag's name or id.") var name: String

        func run() throws {
            try FlagsCommand.show(try options.open().0.retireFlag(name), options, "Retired")
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "restore", abstract: "Offer a retired flag again.")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The flag's name or id.") var name: String

        func run() throws {
            try FlagsCommand.show(try options.open().0.retireFlag(name, retired: false), options, "Restored")
        }
    }
}
