import ArgumentParser
import ScrutinyModel
import ScrutinyStore

/// Executive decisions called in for scrutiny: `call-in request` (checked against the council's
/// rules), `hear` (the committee's outcome at the meeting that heard it), `list`.
struct CallInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call-in",
        abstract: "Call in an executive decision, record the committee's hearing of it, list call-ins.",
        subcommands: [List.self, Request.self, Hear.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every call-in recorded, latest first, with where it stands today.")

        @OptionGroup var options: StoreOptions

        @Option(help: "Only this decision's (its item id).")
        var item: String?

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            let today = Today.date()
            let requests = try store.callInRequests(itemID: item)
            if options.json { return try Output.json(requests.map { CallInRequestJSON($0, today: today) }) }
            if requests.isEmpty { Output.line("No call-ins recorded.") }
            for request in requests { try CallInCommand.print(request, store: store, today: today) }
        }
    }

    struct Request: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request",
            abstract: "Call a decision in: refused, saying what is missing, when the council's rules do not allow it.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "The decision: its agenda item's id.")
        var item: String

        @Option(name: .customLong("by"), help: "A councillor signing the request (repeat for each).")
        var signatories: [String] = []

        @Option(name: .customLong("ground"), help: "A ground of the constitution's for calling it in (repeat for each).")
        var grounds: [String] = []

        @Option(help: "The reasons, in the signatories' words.")
        var reason: String?

        @Option(help: "The committee that hears it (its id); the council's scrutiny committee when it has one.")
        var committee: String?

        @Option(help: "The day it was received, YYYY-MM-DD (default: today).")
        var on: String?

        func run() throws {
            let (store, _) = try options.open()
            let today = Today.date()
            let draft = CallInRequest(itemID: item, requested: try on.map { try DayOption.parse($0, option: "--on") } ?? today,
                                      signatories: signatories, grounds: grounds, reason: reason, committeeID: committee ?? "")
            let request = try store.callIn(draft)
            if options.json { return try Output.json(CallInRequestJSON(request, today: today)) }
            try CallInCommand.print(request, store: store, today: today)
        }
    }

    struct Hear: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hear",
            abstract: "Record the committee's decision on a call-in, at the meeting that heard it.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "The decision called in: its agenda item's id.")
        var item: String

        @Option(help: "The meeting that heard it (its id).")
        var at: String

        @Option(help: "no-further-action, referred-back or referred-to-council.")
        var outcome: String

        @Option(help: "What the committee said, in a sentence.")
        var note: String?

        func run() throws {
            guard let decided = CallInRequest.Outcome(option: outcome) else {
                throw CommandError("--outcome is " + CallInRequest.Outcome.allCases.map(\.option).joined(separator: ", ") + ", not \"\(outcome)\"")
            }
            let (store, _) = try options.open()
            let today = Today.date()
            let request = try store.hearCallIn(itemID: item, at: at, outcome: decided, note: note)
            if options.json { return try Output.json(CallInRequestJSON(request, today: today)) }
            try CallInCommand.print(request, store: store, today: today)
        }
    }

    static func print(_ request: CallInRequest, store: PapersStore, today: CalendarDate) throws {
        let item = try store.item(id: request.itemID)
        Output.line("\(request.itemID)  \(request.badge(today: today))  \(item.meeting.committeeName), \(item.meeting.meeting.start?.date.short ?? "undated"): \(item.item.title)")
        Output.line("    " + request.summary)
    }
}
