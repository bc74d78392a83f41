import ArgumentParser
import Foundation
import ScrutinyModel
import ScrutinyStore

/// Topics a member watches: `watch add "digital exclusion" [--committee …]`, `watch list`,
/// `watch remove`. Kept in the member's own notebook.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Topics you watch: papers, questions, responses and resolutions that arrive and match one are your news.",
        subcommands: [List.self, Add.self, Remove.self],
        defaultSubcommand: List.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Watch a topic: words matched as search matches them (other forms of each word too).")
        @OptionGroup var options: StoreOptions
        @OptionGroup var member: MemberOptions
        @Argument(help: "The words, such as \"digital exclusion\".") var words: String
        @Option(help: "Only this committee's papers (part of its name, or its id).") var committee: String?

        func run() throws {
            let notes = try NotesContext(options, member).notes
            let topic = try notes.watch(words, committee: committee)
            if options.json { return try Output.json(TopicJSON(topic)) }
            Output.line("Watching \(TopicJSON(topic).described) (topic \(topic.id)): what arrives from now on and matches is in scrutiny news.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The topics you watch.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var member: MemberOptions

        func run() throws {
            let topics = try NotesContext(options, member, forReading: true).notes.topics()
            if options.json { return try Output.json(topics.map(TopicJSON.init)) }
            if topics.isEmpty { Output.line("You watch no topics yet: scrutiny watch add \"digital exclusion\"") }
            for topic in topics { Output.line("\(topic.id)  \(TopicJSON(topic).described)") }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Stop watching a topic (by its number or its words); its news goes with it.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var member: MemberOptions
        @Argument(help: "The topic's number (watch list) or words.") var topic: String

        func run() throws {
            let removed = try NotesContext(options, member).notes.unwatch(topic)
            if options.json { return try Output.json(TopicJSON(removed)) }
            Output.line("No longer watching \(TopicJSON(removed).described).")
        }
    }

    struct TopicJSON: Encodable {
        var id: Int64
        var words: String
        var committee: String?

        init(_ topic: WatchTopic) {
            id = topic.id
            words = topic.words
            committee = topic.committee
        }

        /// "“digital exclusion” (committee: scrutiny)".
        var described: String { "“\(words)”" + (committee.map { " (committee: \($0))" } ?? "") }
    }
}

/// What is new for the member: matches for the topics they watch, by topic, until marked read;
/// and what else arrived since they last looked — new meetings, new or changed papers — with
/// responses to recommendations now due or overdue.
struct NewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "news",
        abstract: "What is new for you: matches for your topics (until marked read), new meetings and papers, responses due.",
        subcommands: [Show.self, Read.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "What is new for you.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var member: MemberOptions

        @Option(help: "What arrived since this day (YYYY-MM-DD, today or yesterday), read or not, for a daily e-mail; looking does not count.")
        var since: String?

        func run() throws {
            let notes = try NotesContext(options, member).notes
            let since = try self.since.map { try DayOption.parse($0, option: "--since") }
            let news = try notes.newsReport(today: Today.date(), foundSince: since.map { $0.dayNumber * 86_400 }).report
            if options.json { return try Output.json(news) }
            for line in news.lines(since: since) { Output.line(line) }
        }
    }

    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "read", abstract: "Mark news read: the numbers given, or --all.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var member: MemberOptions
        @Argument(help: "The news items' numbers (scrutiny news shows them).") var ids: [Int64] = []
        @ArgumentParser.Flag(help: "Mark all your news read.") var all = false

        func validate() throws {
            if ids.isEmpty == !all { throw ValidationError("give the news items' numbers, or --all") }
        }

        func run() throws {
            let notes = try NotesContext(options, member).notes
            try notes.markRead(all ? nil : ids)
            let left = try notes.news().count
            if options.json { return try Output.json(["unread": left]) }
            Output.line("Marked read; \(left) unread left.")
        }
    }
}
