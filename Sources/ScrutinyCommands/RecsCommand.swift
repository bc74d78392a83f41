import ArgumentParser
import ScrutinyModel
import ScrutinyStore

/// A scrutiny committee's recommendations, followed until answered: `recs add` (by hand or
/// from a resolution), `send` (which starts the response clock), `respond`, `list`, `show`.
struct RecsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recs",
        abstract: "Recommendations to the executive and others, and their responses on the clock.",
        subcommands: [List.self, Show.self, Add.self, Send.self, Respond.self, Plan.self, Update.self, SignOffCommand.self, Report.self, Proposed.self, Dismiss.self, Responses.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every recommendation with its status as of today.")

        @OptionGroup var options: StoreOptions

        @Option(help: "Only this committee's (its id).")
        var committee: String?

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            let today = Today.date()
            let all = try store.recommendations(committeeID: committee)
            if options.json { return try Output.json(all.map { RecommendationJSON($0, today: today) }) }
            if all.isEmpty { Output.line("No recommendations recorded.") }
            for recommendation in all {
                Output.line("\(recommendation.reference)  \(recommendation.status(today: today).title)  to \(recommendation.addressee)"
                            + (recommendation.responseDue.map { "  response due \($0.short)" } ?? "")
                            + (recommendation.rating.map { "  \($0.title)" } ?? ""))
                Output.line("    \(recommendation.text.replacing("\n", with: " "))")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "One recommendation, by its reference or id, with its response.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "Its reference (\"RDSC (25/26) 01\") or id.")
        var recommendation: String

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            try RecsCommand.print(try store.recommendation(recommendation), options)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record a recommendation: by hand, or from the resolution that made it (--resolution).")

        @OptionGroup var options: StoreOptions

        @Option(help: "The resolution that made it (its id): its committee, meeting, item and text.")
        var resolution: String?

        @Option(help: "The committee making it (its id), when not from a resolution.")
        var committee: String?

        @Option(help: "Its text, when not the resolution's.")
        var text: String?

        @Option(help: "To whom it is made: Cabinet, Full Council, a partner body (from a resolution: whom its words name).")
        var to: String?

        @Option(help: "The day the committee agreed it, YYYY-MM-DD (default: the meeting's day, or today).")
        var agreed: String?

        @Option(help: "The lead officer.")
        var leadOfficer: String?

        @Option(help: "The executive member.")
        var executiveMember: String?

        func run() throws {
            let (store, _) = try options.open()
            var draft = try resolution.map { try store.proposal(resolutionID: $0).draft(addressee: to) }
                ?? Recommendation(id: "", reference: "", committeeID: "", text: "", addressee: to ?? "")
            draft.committeeID = committee ?? draft.committeeID
            draft.text = text ?? draft.text
            draft.agreed = try agreed.map(RecsCommand.day) ?? draft.agreed
            draft.leadOfficer = leadOfficer
            draft.executiveMember = executiveMember
            guard !draft.addressee.isEmpty else { throw ValidationError("give --to: whom the recommendation is made to") }
            guard !draft.committeeID.isEmpty else { throw ValidationError("give --committee, or --resolution for the one that made it") }
            guard !draft.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("give --text") }
            try RecsCommand.print(try store.addRecommendation(draft, today: Today.date()), options)
        }
    }

    struct Send: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "send", abstract: "Record the day it was sent: the response clock starts.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "Its reference or id.")
        var recommendation: String

        @Option(help: "The day it was sent, YYYY-MM-DD (default: today).")
        var on: String?

        func run() throws {
            let (store, _) = try options.open()
            try RecsCommand.print(try store.sendRecommendation(recommendation, on: try on.map(RecsCommand.day) ?? Today.date()), options)
        }
    }

    struct Respond: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "respond", abstract: "Record the response to a recommendation.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "Its reference or id.")
        var recommendation: String

        @Option(help: "accepted, partially_accepted, accepted_in_principle, rejected or deferred.")
        var decision: String

        @Option(help: "Who responded: Cabinet, the Leader … (default: the committee whose item --venue gives).")
        var by: String?

        @Option(help: "The day the response was made, YYYY-MM-DD (default: the day of the meeting --venue gives, else today).")
        var on: String?

        @Option(help: "Where: the executive meeting's item id (recs responses lists them), or \"letter of 3 March 2026\".")
        var venue: String?

        @Option(help: "Why, where it is not simply accepted.")
        var reason: String?

        @Option(help: "The response's text.")
        var text: String = ""

        func run() throws {
            guard let decision = RecommendationResponse.Decision(rawValue: decision) else {
                throw ValidationError("--decision is one of " + RecommendationResponse.Decision.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let (store, _) = try options.open()
            let item = try venue.flatMap { venue -> ItemDetail? in
                do { return try store.item(id: venue) } catch let error as StoreError where error.kind == .notFound { return nil }  // a letter
            }
            guard let responder = by ?? item?.meeting.committeeName else { throw ValidationError("give --by: who responded") }
            let day = try on.map(RecsCommand.day) ?? item?.meeting.meeting.start?.date ?? Today.date()
            let response = RecommendationResponse(received: day, responder: responder, venue: venue, decision: decision, reason: reason, text: text)
            try RecsCommand.print(try store.respond(to: recommendation, with: response), options)
        }
    }

    static func day(_ text: String) throws -> CalendarDate { try DayOption.parse(text, option: "a date") }

    static func print(_ recommendation: Recommendation, _ options: StoreOptions) throws {
        let today = Today.date()
        if options.json { return try Output.json(RecommendationJSON(recommendation, today: today)) }
        Output.line("\(recommendation.reference) (\(recommendation.id)) to \(recommendation.addressee): \(recommendation.status(today: today).title)")
        Output.line("  \(recommendation.text.replacing("\n", with: "\n  "))")
        if let agreed = recommendation.agreed { Output.line("  Agreed \(agreed.short)") }
        if let sent = recommendation.sentSummary { Output.line("  " + sent) }
        if let response = recommendation.response {
            Output.line("  " + response.summary)
            if !response.text.isEmpty { Output.line("    \(response.text)") }
        }
        for line in recommendation.plan.map(\.summary) + recommendation.updates.map(\.summary) { Output.line("  " + line) }
        if let signOff = recommendation.signOff {
            Output.line("  Signed off \(signOff.date.short)" + (signOff.meetingID.map { " at \($0)" } ?? ""))
        }
    }
}
