import ArgumentParser
import ScrutinyModel
import ScrutinyStore

/// What falls due between the meetings from today, soonest first: the Upcoming calendar's
/// entries other than the meetings themselves.
struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "Call-in periods ending, call-ins to be heard or reconsidered, responses due and programme topics, from today.")

    @OptionGroup var options: StoreOptions

    struct Entry: Encodable {
        /// call_in, call_in_hearing, reconsideration, response_due or programme.
        var kind: String
        var day: String
        var time: String?
        var what: String
        /// The item, recommendation or programme topic it is about.
        var targetId: String
    }

    func run() throws {
        let (store, _) = try options.open(forReading: true)
        let today = Today.date()
        let all = try Self.all(store, from: today)
        if options.json {
            return try Output.json(all.map { Entry(kind: $0.kind.rawValue, day: $0.day.iso, time: $0.clock.nilIfEmpty, what: $0.what, targetId: $0.targetID) })
        }
        if all.isEmpty { Output.line("Nothing falls due from \(today.short).") }
        for deadline in all { Output.line("\(deadline.day.short)  \(deadline.summary)  \(deadline.targetID)") }
    }

    /// Every deadline from `today`, the store's and the responses due, in the calendar's order.
    static func all(_ store: PapersStore, from today: CalendarDate) throws -> [Deadline] {
        (try store.deadlines(from: today) + Deadline.responses(try store.recommendations(committeeID: nil), from: today))
            .sorted { ($0.day, $0.minutes ?? 24 * 60) < ($1.day, $1.minutes ?? 24 * 60) }
    }
}
