import Foundation
import NcursesTerminal
import ScrutinyModel
import ScrutinyStore
import ScrutinyUI
import TerminalCore

/// Keystroke to frame in the reviewer's UI on the archive's store, headless: each key goes
/// through `update`, the store reads it asks for (as the app performs them), `render`, and the
/// real ncurses backend, which writes only the changed cells to a file as a terminal would get
/// them.
struct KeystrokeBench {
    struct Result: Codable {
        var scenario: String
        var keys: Int
        var timings: Timings
        var bytesPerKey: Double
    }

    let width: Int
    let height: Int
    let output: String
    let notes: MemberNotes

    var store: PapersStore { notes.papers }

    func measure(_ scenario: String, state initial: AppState, keys: [Key]) -> Result {
        let screen = NcursesScreen(headlessOutput: output, width: width, height: height)
        defer { screen.end() }
        var state = initial
        var frame = ScreenBuffer(width: width, height: height)
        state.render(into: &frame)
        screen.show(frame)
        let before = screen.bytesWritten
        let clock = ContinuousClock()
        let samples = keys.map { key in
            clock.measure {
                AppRunner.perform(state.update(.key(key)), on: &state, store: store, notes: notes)
                var next = ScreenBuffer(width: width, height: height)
                state.render(into: &next)
                screen.show(next)
            }.milliseconds
        }
        return Result(scenario: scenario, keys: keys.count, timings: Timings(samples),
                      bytesPerKey: Double(screen.bytesWritten - before) / Double(keys.count))
    }

    /// The UI as it opens: the meetings list read from the store, sized to the screen.
    func opened() -> AppState {
        var state = AppState(width: 0, height: 0, today: ArchiveGenerator.today, member: notes.member)
        AppRunner.perform(state.update(.resized(width: width, height: height)) + [.loadMeetings, .loadFlags],
                          on: &state, store: store, notes: notes)
        return state
    }

    func scenarios(_ manifest: ArchiveGenerator.Manifest) throws -> [Result] {
        let meetings = opened()
        var agenda = meetings
        agenda.open(AgendaScreen(meetingID: manifest.largestMeeting, detail: try store.meeting(id: manifest.largestMeeting)))
        var item = meetings
        item.open(ItemScreen(itemID: manifest.longestItem, detail: try store.item(id: manifest.longestItem)))
        _ = item.update(.resized(width: width, height: height))
        let there = (0..<400).map { $0 % 40 < 20 ? Key.down : Key.up }
        let typed = "\"equality impact assessment\"".map { Key.character($0) }
        return [
            measure("meetings list (\(manifest.meetings.formatted()) meetings): down ×500", state: meetings, keys: Array(repeating: .down, count: 500)),
            measure("meetings list: pgdn/pgup ×200", state: meetings, keys: (0..<200).map { $0 % 20 < 10 ? .pageDown : .pageUp }),
            measure("agenda of \(manifest.largestMeetingItems) items, item read beside it: down/up ×400", state: agenda, keys: there),
            measure("longest item page (\(manifest.longestParagraphs) paragraphs): down ×1000", state: item,
                    keys: Array(repeating: .down, count: 1000)),
            measure("longest item page: pgdn ×300", state: item, keys: Array(repeating: .pageDown, count: 300)),
            measure("a search per key, each waited for", state: meetings, keys: [.character("/")] + typed),
            typing("typing a search, a key every 60 ms, searches running beside", keys: [.character("/")] + typed),
        ]
    }

    /// The app's own run loop on a terminal typed into at a steady pace: a key's time is from its
    /// arrival to the frame that shows it, whatever search is running when it comes.
    func typing(_ scenario: String, keys: [Key]) -> Result {
        let screen = NcursesScreen(headlessOutput: output, width: width, height: height)
        defer { screen.end() }
        let terminal = TypingTerminal(screen: screen, keys: keys, interval: .milliseconds(60))
        let before = screen.bytesWritten
        AppRunner(terminal: terminal, store: store, notes: notes)
            .run(AppState(width: width, height: height, today: ArchiveGenerator.today, member: notes.member))
        return Result(scenario: scenario, keys: keys.count, timings: Timings(terminal.latencies),
                      bytesPerKey: Double(screen.bytesWritten - before) / Double(keys.count))
    }
}
