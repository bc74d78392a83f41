import ArgumentParser
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// Following a recommendation through: the plan, progress updates with their rating, sign-off.
extension RecsCommand {
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "plan", abstract: "Add a step to the plan for carrying a recommendation out.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "Its reference or id.")
        var recommendation: String

        @Option(help: "What is to be done.")
        var what: String

        @Option(help: "Who is to do it.")
        var who: String = ""

        @Option(help: "By when, YYYY-MM-DD.")
        var by: String?

        func run() throws {
            let (store, _) = try options.open()
            let step = PlanStep(text: what, owner: who, target: try by.map(RecsCommand.day))
            try RecsCommand.print(try store.addPlanStep(step, to: recommendation), options)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "update", abstract: "Record progress on a recommendation, with its RAG rating and assessment.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "Its reference or id.")
        var recommendation: String

        @Option(help: "What has happened.")
        var text: String

        @Option(help: "The day of the update, YYYY-MM-DD (default: today).")
        var on: String?

        @Option(help: "green (achieved), amber (acceptable progress) or red (unacceptable progress).")
        var rag: String?

        @Option(help: "1 achieved, 2 on track, 3 slipped (give --new-date), 4 not achieved.")
        var assessment: Int?

        @Option(help: "The new date, when it has slipped, YYYY-MM-DD.")
        var newDate: String?

        @Option(help: "Who reports it.")
        var by: String?

        func run() throws {
            let rating = try rag.map { text in
                guard let rating = RAGRating(rawValue: text.lowercased()) else { throw ValidationError("--rag is green, amber or red") }
                return rating
            }
            let assessed = try assessment.map { number in
                guard let assessed = Assessment(rawValue: number) else { throw ValidationError("--assessment is 1, 2, 3 or 4") }
                return assessed
            }
            if assessed == .slipped && newDate == nil { throw ValidationError("a slipped recommendation needs its --new-date") }
            let (store, _) = try options.open()
            let update = ProgressUpdate(date: try on.map(RecsCommand.day) ?? Today.date(), text: text, rating: rating, assessment: assessed,
                                        revisedDate: try newDate.map(RecsCommand.day), by: by)
            try RecsCommand.print(try store.addUpdate(update, to: recommendation), options)
        }
    }

    struct SignOffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sign-off",
                                                        abstract: "Record the committee's sign-off: no more monitoring.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "Its reference or id.")
        var recommendation: String

        @Option(help: "The meeting that signed it off (its id); its day is the day of sign-off.")
        var meeting: String?

        @Option(help: "The day, YYYY-MM-DD, when not a meeting's.")
        var on: String?

        func run() throws {
            let (store, _) = try options.open()
            var day = try on.map(RecsCommand.day)
            if let meeting, day == nil { day = try store.meeting(id: meeting).meeting.start?.date }
            let signOff = SignOff(date: day ?? Today.date(), meetingID: meeting)
            try RecsCommand.print(try store.signOff(recommendation, signOff), options)
        }
    }
}

extension RecsCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "The six-monthly report: every recommendation agreed by --to and not signed off before --from, as a tracker table.")

        @OptionGroup var options: StoreOptions

        @Option(help: "The period's first day, YYYY-MM-DD.")
        var from: String

        @Option(help: "The period's last day, YYYY-MM-DD; the status is given as of it.")
        var to: String

        @Option(help: "md, html or csv.")
        var format: String = "md"

        @Option(help: "Only this committee's (its id).")
        var committee: String?

        @Option(help: "Write it to this new file (readable by you alone) instead of standard output.")
        var output: String?

        func run() throws {
            guard let format = RecommendationsReport.Format(rawValue: format) else { throw ValidationError("--format is md, html or csv") }
            let (from, to) = (try RecsCommand.day(from), try RecsCommand.day(to))
            guard from <= to else { throw ValidationError("--from comes before --to") }
            let (store, _) = try options.open(forReading: true)
            let report = RecommendationsReport(try store.recommendations(committeeID: committee), committeeNames: try store.committeeNames(),
                                               from: from, to: to)
            try Output.write(report.text(format), to: output)
        }
    }
}

extension RecsCommand {
    struct Proposed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "proposed",
            abstract: "Resolutions of scrutiny committees that read as recommendations, to confirm (recs add --resolution) or dismiss.")

        @OptionGroup var options: StoreOptions

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            let proposals = try store.recommendationProposals()
            if options.json { return try Output.json(proposals.map(ProposalJSON.init)) }
            if proposals.isEmpty { Output.line("No resolutions waiting to be confirmed as recommendations.") }
            for proposal in proposals {
                Output.line("\(proposal.resolutionID)  \(proposal.day?.short ?? "")  to \(proposal.addressee ?? "(say who: --to)")")
                Output.line("    \(proposal.text.replacing("\n", with: " "))")
            }
        }
    }

    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "dismiss", abstract: "Say a resolution that reads as a recommendation is not one.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "The resolution's id, as recs proposed gives it.")
        var resolution: String

        func run() throws {
            let (store, _) = try options.open()
            try store.dismissProposal(resolutionID: resolution)
            Output.line("\(resolution) is not offered as a recommendation again.")
        }
    }
}

struct ProposalJSON: Encodable {
    var resolutionID: String
    var committeeID: String
    var meetingID: String
    var itemID: String
    var day: String?
    var text: String
    var addressee: String?

    init(_ proposal: RecommendationProposal) {
        resolutionID = proposal.resolutionID
        committeeID = proposal.committeeID
        meetingID = proposal.meetingID
        itemID = proposal.itemID
        day = proposal.day?.iso
        text = proposal.text
        addressee = proposal.addressee
    }
}

