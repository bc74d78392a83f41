import ArgumentParser
import ScrutinyModel
import Foundation

/// Actions recorded at meetings: listed (open ones, or all), and marked done.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "List the actions recorded at meetings (open until marked done), or mark one done.",
        subcommands: [List.self, Add.self, Done.self, Reopen.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The actions still open, oldest meeting first (--all: done ones too).")

        @OptionGroup var options: StoreOptions

        @ArgumentParser.Flag(help: "Done actions too.")
        var all = false

        @Option(help: "Only this meeting's actions (its id).")
        var meeting: String?

        @Option(help: "The matters arising at this meeting (its id): its committee's earlier actions still open when it began.")
        var arisingAt: String?

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            if let meeting { _ = try store.meeting(id: meeting) }
            let listings = try arisingAt.map { try store.meeting(id: $0).mattersArising }
                ?? store.actions(openOnly: !all, meetingID: meeting)
            if options.json { return try Output.json(listings.map(ActionJSON.init)) }
            if listings.isEmpty { Output.line(arisingAt != nil ? "No matters arising." : all ? "No actions recorded." : "No open actions.") }
            let today = Today.date()
            for listing in listings {
                let action = listing.action
                let place = [listing.committeeName, listing.meetingStart?.date.short, listing.itemHeading].compactMap { $0 }.joined(separator: ", ")
                Output.line("\(action.id)  \(action.status == .done ? "done" : action.standing(on: today))  \(place)")
                Output.line("    \(action.text.replacingOccurrences(of: "\n", with: " "))")
                Output.line("    \(action.ownerAndDue)")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Record an action by hand: on a meeting, or one of its items.")

        @OptionGroup var options: StoreOptions

        @Option(help: "The meeting it arose at (its id).")
        var meeting: String

        @Option(help: "The item it arose on (its id), if any.")
        var item: String?

        @Option(help: "What is to be done.")
        var text: String

        @Option(help: "Who is to do it.")
        var owner: String = ""

        @Option(help: "By when, YYYY-MM-DD.")
        var due: String?

        @Option(help: "Who records it (default: the member Scrutiny knows you as).")
        var by: String?

        func run() throws {
            let due = try due.map { try DayOption.parse($0, option: "--due") }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("--text says what is to be done") }
            let (store, _) = try options.open()
            let detail = try store.meeting(id: meeting)
            if let item, !detail.items.contains(where: { $0.item.id == item }) {
                throw CommandError("meeting \(meeting) has no item \"\(item)\"; `scrutiny show meeting \(meeting)` lists them")
            }
            let action = MeetingAction(id: "a" + Note.newID().dropFirst(), meetingID: meeting, itemID: item, text: text, owner: owner,
                                       due: due, recordedBy: by)
            try store.save(action, by: by)
            let saved = try store.actions(meetingID: meeting).first { $0.action.id == action.id }
            if options.json { return try Output.json(saved.map(ActionJSON.init) ?? ActionJSON(action: action)) }
            Output.line("\(action.id) recorded: \(text) — \(action.ownerAndDue)")
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an action done (its id, or enough of the start of it).")

        @OptionGroup var options: StoreOptions

        @Argument(help: "The action's id.")
        var id: String

        func run() throws { try ActionsCommand.mark(id, done: true, options) }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Mark a done action open again.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "The action's id.")
        var id: String

        func run() throws { try ActionsCommand.mark(id, done: false, options) }
    }

    static func mark(_ id: String, done: Bool, _ options: StoreOptions) throws {
        let (store, _) = try options.open()
        let action = try store.markAction(id, done: done)
        if options.json { return try Output.json(ActionJSON(action: action)) }
        Output.line("\(action.id) is \(done ? "done" : "open again"): \(action.text.replacingOccurrences(of: "\n", with: " "))")
    }
}

struct ActionJSON: Encodable {
    var id: String
    var meetingID: String
    var itemID: String?
    var committee: String?
    var meetingDate: String?
    var item: String?
    var text: String
    var owner: String
    var due: String?
    var status: String
    var recordedBy: String?
    var recordedAt: String?
    var doneOn: String?
    /// Open and past its due day, as of today.
    var overdue: Bool

    init(action: MeetingAction) {
        id = action.id
        meetingID = action.meetingID
        itemID = action.itemID
        text = action.text
        owner = action.owner
        due = action.due?.iso
        status = action.status.rawValue
        recordedBy = action.recordedBy
        recordedAt = action.recordedAt
        doneOn = action.doneOn?.iso
        overdue = action.status == .open && action.due.map { $0 < Today.date() } == true
    }

    init(_ listing: ActionListing) {
        self.init(action: listing.action)
        committee = listing.committeeName
        meetingDate = listing.meetingStart?.date.iso
        item = listing.itemHeading
    }
}
