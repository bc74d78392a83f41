import ArgumentParser
import ScrutinyModel

struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List meetings by committee: upcoming first, then past (or, with --upcoming, the calendar across committees).")

    @OptionGroup var options: StoreOptions

    @Option(help: "Only this committee (its id or name).")
    var committee: String?

    @ArgumentParser.Flag(help: "Only meetings from today on, across committees, soonest first.")
    var upcoming = false

    func run() throws {
        let (store, _) = try options.open(forReading: true)
        var listings = try store.meetings()
        if let committee {
            listings = listings.filter { $0.meeting.committeeID == committee || $0.committeeName.lowercased() == committee.lowercased() }
        }
        if upcoming {
            let coming = MeetingSchedule.upcoming(listings, today: Today.date())
            if options.json { return try Output.json(coming.map(MeetingJSON.init)) }
            if coming.isEmpty { Output.line("No meetings to come.") }
            // Between the meetings, unless narrowed to a committee: call-in periods ending and responses due.
            let today = Today.date()
            let deadlines = committee != nil ? [] : try DeadlinesCommand.all(store, from: today)
            var entries = coming.map { ($0.meeting.start!.date, $0.meeting.start!.minutes ?? 0, "\(line($0))  \($0.committeeName)") }
            entries += deadlines.map { ($0.day, $0.minutes ?? 24 * 60, "\($0.day.short)  \($0.summary)  \($0.targetID)") }
            for entry in entries.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) { Output.line(entry.2) }
            return
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
                for listing in meetings { Output.line("    " + line(listing)) }
            }
        }
    }

    /// "Tue 8 Dec 2026 18:00  scheduled  2 items  cabinet-2026-12-08".
    private func line(_ listing: MeetingListing) -> String {
        let when = listing.meeting.start?.short ?? "date not known"
        return "\(when)  \(listing.meeting.status.rawValue)  \(listing.itemCount) item\(listing.itemCount == 1 ? "" : "s")  \(listing.meeting.id)"
    }
}
