import ArgumentParser
import ScrutinyModel

struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List meetings by committee: upcoming first, then past.")

    @OptionGroup var options: StoreOptions

    @Option(help: "Only this committee (its id or name).")
    var committee: String?

    func run() throws {
        let (store, _) = try options.open(forReading: true)
        var listings = try store.meetings()
        if let committee {
            listings = listings.filter { $0.meeting.committeeID == committee || $0.committeeName.lowercased() == committee.lowercased() }
        }
        let groups = MeetingSchedule.arrange(listings, today: Today.date())
        if options.json {
            try Output.json(groups.flatMap(\.all).map(MeetingJSON.init))
            return
        }
        for group in groups {
            Output.line(group.committee)
            for (title, meetings) in [("Upcoming", group.upcoming), ("Past", group.past), ("Undated", group.undated)] where !meetings.isEmpty {
                Output.line("  \(title)")
                for listing in meetings {
                    let when = listing.meeting.start?.short ?? "date not known"
                    Output.line("    \(when)  \(listing.meeting.status.rawValue)  \(listing.itemCount) item\(listing.itemCount == 1 ? "" : "s")  \(listing.meeting.id)")
                }
            }
        }
    }
}
