import ArgumentParser
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// Each committee's work programme: `programme list`, `add`, `update`, `session` (a review's
/// evidence session) and `report` (the programme as the committee's agenda item gives it).
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "A committee's work programme: topics scored, planned, heard; task-and-finish reviews and their evidence.",
        subcommands: [List.self, Add.self, Update.self, Session.self, Report.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every topic, by committee, year and number, with where it stands.")

        @OptionGroup var options: StoreOptions

        @Option(help: "Only this committee's (its id).")
        var committee: String?

        @Option(help: "Only this municipal year's: 25/26 or 2025.")
        var year: String?

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            let topics = try store.topics(committeeID: committee, year: try year.map(ProgrammeCommand.year))
            if options.json { return try Output.json(topics.map(ProgrammeTopicJSON.init)) }
            if topics.isEmpty { Output.line("No work programme topics recorded.") }
            for topic in topics { Output.line(ProgrammeCommand.line(topic)) }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Put a topic on a committee's programme (a review with --terms).")

        @OptionGroup var options: StoreOptions
        @OptionGroup var fields: TopicFields

        @Option(help: "The committee (its id).")
        var committee: String

        @Option(help: "The topic's title.")
        var title: String

        @Option(help: "Its municipal year, 25/26 or 2025 (default: the target meeting's, else today's).")
        var year: String?

        func run() throws {
            let (store, _) = try options.open()
            let target = try fields.target.map { try store.meeting(id: $0) }
            let municipal = try year.map(ProgrammeCommand.year) ?? MunicipalYear(containing: target?.meeting.start?.date ?? Today.date())
            var topic = ProgrammeTopic(committeeID: committee, year: municipal, title: title)
            try fields.apply(to: &topic, criteria: try store.programmeCriteria(committeeID: committee))
            try ProgrammeCommand.print(try store.addTopic(topic), options)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "update", abstract: "Change a topic: its scores, target, lead, status, the items that heard it, its review.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var fields: TopicFields

        @Argument(help: "The topic: its reference (\"RDSC WP 25/26 03\") or id.")
        var topic: String

        @Option(help: "A new title.")
        var title: String?

        @Option(help: "proposed, planned, heard, deferred, dropped or completed.")
        var status: String?

        func run() throws {
            let (store, _) = try options.open()
            var changed = try store.topic(topic)
            if let title { changed.title = title }
            try fields.apply(to: &changed, criteria: try store.programmeCriteria(committeeID: changed.committeeID))
            if let status {
                guard let chosen = ProgrammeTopic.Status(rawValue: status) else {
                    throw CommandError("--status is " + ProgrammeTopic.Status.allCases.map(\.rawValue).joined(separator: ", ") + ", not \"\(status)\"")
                }
                changed.status = chosen
            }
            try ProgrammeCommand.print(try store.updateTopic(changed), options)
        }
    }

    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "session", abstract: "Record an evidence session of a topic's review: when, whom the group heard, what it learnt.")

        @OptionGroup var options: StoreOptions

        @Argument(help: "The topic under review: its reference or id.")
        var topic: String

        @Option(help: "The session's day, YYYY-MM-DD.")
        var on: String

        @Option(name: .customLong("witness"), help: "Someone the group heard (repeat for each).")
        var witnesses: [String] = []

        @Option(help: "What the group learnt.")
        var notes: String = ""

        func run() throws {
            let (store, _) = try options.open()
            var changed = try store.topic(topic)
            guard var review = changed.review else {
                throw CommandError("\(changed.reference) is not a review: programme update \(changed.reference) --terms TEXT makes it one")
            }
            review.sessions.append(ProgrammeTopic.EvidenceSession(day: try DayOption.parse(on, option: "--on"), witnesses: witnesses, notes: notes))
            review.sessions.sort { $0.day < $1.day }
            changed.review = review
            try ProgrammeCommand.print(try store.updateTopic(changed), options)
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "A committee's programme for a year as its work programme item gives it: by meeting, then the reviews.")

        @OptionGroup var options: StoreOptions

        @Option(help: "The committee (its id).")
        var committee: String

        @Option(help: "The municipal year, 25/26 or 2025 (default: today's).")
        var year: String?

        @Option(help: "Write it to this new file (readable by you alone) instead of standard output.")
        var output: String?

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            let municipal = try year.map(ProgrammeCommand.year) ?? MunicipalYear(containing: Today.date())
            let topics = try store.topics(committeeID: committee, year: municipal)
            if options.json { return try Output.json(topics.map(ProgrammeTopicJSON.init)) }
            let name = try store.committeeNames()[committee] ?? committee
            let report = ProgrammeReport(committee: name, year: municipal, topics: topics, criteria: try store.programmeCriteria(committeeID: committee))
            try Output.write(report.markdown, to: output)
        }
    }

    /// "25/26" or "2025" → the municipal year beginning in May 2025.
    static func year(_ text: String) throws -> MunicipalYear {
        let parts = text.split(separator: "/")
        if parts.count == 2, let first = Int(parts[0]), let second = Int(parts[1]), first < 100, (first + 1) % 100 == second {
            return MunicipalYear(startYear: 2000 + first)
        }
        if parts.count == 1, let year = Int(text), (1990...2100).contains(year) { return MunicipalYear(startYear: year) }
        throw CommandError("a municipal year is written 25/26 or 2025, not \"\(text)\"")
    }

    static func line(_ topic: ProgrammeTopic) -> String {
        "\(topic.reference)  \(topic.standing)  \(topic.title)" + (topic.lead.map { "  lead: \($0)" } ?? "")
    }

    static func print(_ topic: ProgrammeTopic, _ options: StoreOptions) throws {
        if options.json { return try Output.json(ProgrammeTopicJSON(topic)) }
        Output.line(line(topic))
        Output.line("    id: \(topic.id)")
    }
}

/// What `programme add` and `update` both set.
struct TopicFields: ParsableArguments {
    @Option(help: "Where it came from: member suggestion, resident, call-in, forward plan …")
    var source: String?

    @Option(name: .customLong("score"), help: "A score against one of the committee's criteria, \"public interest=2\" (repeat for each).")
    var scores: [String] = []

    @Option(help: "The meeting it is planned for (its id); planned from then.")
    var target: String?

    @Option(help: "The lead officer or member.")
    var lead: String?

    @Option(help: "Notes on it.")
    var notes: String?

    @Option(name: .customLong("heard"), help: "An agenda item that heard it (its id; repeat for each): heard from then.")
    var items: [String] = []

    @Option(name: .customLong("recommendation"), help: "A recommendation made on it (its reference or id; repeat for each).")
    var recommendations: [String] = []

    @Option(help: "A task-and-finish review's terms of reference: makes the topic a review.")
    var terms: String?

    @Option(name: .customLong("member"), help: "A member of the review's group (repeat for each).")
    var members: [String] = []

    @Option(help: "The day the review's report is due, YYYY-MM-DD.")
    var reportDue: String?

    @Option(help: "The review's final report: the item that presented it (its id) or its title.")
    var finalReport: String?

    func apply(to topic: inout ProgrammeTopic, criteria: ProgrammeCriteria?) throws {
        if let source { topic.source = source }
        if let lead { topic.lead = lead }
        if let notes { topic.notes = notes }
        for text in scores {
            guard let criteria else { throw CommandError("the committee scores no criteria: its council file gives none (programme criteria:)") }
            switch criteria.score(text) {
            case .success(let (name, value)): topic.scores[name] = value
            case .failure(let problem): throw CommandError(problem.description)
            }
        }
        if let target {
            topic.targetMeetingID = target
            if [.proposed, .deferred].contains(topic.status) { topic.status = .planned }
        }
        for item in items where !topic.items.contains(item) { topic.items.append(item) }
        if !items.isEmpty, topic.status != .completed { topic.status = .heard }
        for recommendation in recommendations where !topic.recommendations.contains(recommendation) { topic.recommendations.append(recommendation) }
        if terms != nil || !members.isEmpty || reportDue != nil || finalReport != nil {
            var review = topic.review ?? ProgrammeTopic.Review(terms: "")
            if let terms { review.terms = terms }
            if !members.isEmpty { review.members = members }
            if let reportDue { review.reportDue = try DayOption.parse(reportDue, option: "--report-due") }
            if let finalReport { review.finalReport = finalReport }
            guard !review.terms.isEmpty else { throw CommandError("a review has terms of reference: --terms TEXT") }
            topic.review = review
        }
    }
}
