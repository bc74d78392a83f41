import Foundation
import NcursesTerminal
import ScrutinyModel
import ScrutinyUI
import TerminalCore

/// Keystroke to frame, headless: each key goes through `update`, `render` and the real
/// ncurses backend (which sends only changed cells) into a file, as a terminal would get it.
struct KeystrokeBench {
    struct Result {
        var scenario: String
        var keys: Int
        var p50: Double
        var p99: Double
        var max: Double
        var bytesPerKey: Double
    }

    let width: Int
    let height: Int
    let output: String

    /// Times `keys` from `state` on a fresh headless screen.
    /// Store reads the keys ask for are answered by `answer` inside the timing, as the app
    /// answers them from the store (the store's own time is measured by the search benchmarks).
    func measure(_ scenario: String, state initial: AppState, keys: [Key],
                 answer: (Effect) -> Message? = { _ in nil }) -> Result {
        let screen = NcursesScreen(headlessOutput: output, width: width, height: height)
        defer { screen.end() }
        var state = initial
        var frame = ScreenBuffer(width: width, height: height)
        state.render(into: &frame)
        screen.show(frame)
        let before = screen.bytesWritten
        var times: [Double] = []
        let clock = ContinuousClock()
        for key in keys {
            let elapsed = clock.measure {
                var effects = state.update(.key(key))
                while let effect = effects.first {
                    effects.removeFirst()
                    if let message = answer(effect) { effects += state.update(message) }
                }
                var next = ScreenBuffer(width: width, height: height)
                state.render(into: &next)
                screen.show(next)
            }
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        let bytes = screen.bytesWritten - before
        times.sort()
        func percentile(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
        return Result(scenario: scenario, keys: keys.count, p50: percentile(0.5), p99: percentile(0.99),
                      max: times.last ?? 0, bytesPerKey: Double(bytes) / Double(keys.count))
    }
}

/// Synthetic papers for the benchmark: a 500-item agenda and a very long report.
enum BenchPapers {
    static let today = CalendarDate(year: 2026, month: 11, day: 22)!
    static let words = ["council", "residents", "digital", "services", "budget", "strategy", "report", "committee",
                        "scrutiny", "equality", "impact", "assessment", "telephone", "online", "access", "risk",
                        "the", "of", "and", "to", "in", "that", "be", "for", "with", "by"]

    static func sentence(_ seed: Int, length: Int) -> String {
        (0..<length).map { words[(seed &* 31 &+ $0 &* 7) % words.count] }.joined(separator: " ") + "."
    }

    static func agenda(items count: Int) -> AppState {
        let meeting = Meeting(id: "bench", committeeID: "c", start: MeetingTime(date: today, hour: 18), status: .scheduled)
        let items = (1...count).map { n in
            ItemListing(item: AgendaItem(id: "i\(n)", meetingID: "bench", number: "\(n)", position: n,
                                         title: sentence(n, length: 6), keyDecision: n % 5 == 0,
                                         exemptParagraphs: n % 17 == 0 ? [3] : []),
                        documentCount: 1, questionCount: n % 3, resolutionCount: 1, noteCount: 0)
        }
        let detail = MeetingDetail(meeting: meeting, committee: Committee(id: "c", name: "Bench Committee"),
                                   items: items, attendance: [], declarations: [])
        var state = AppState(width: 0, height: 0, today: today)
        state.stack.append(.agenda(AgendaScreen(meetingID: "bench", detail: detail)))
        return state
    }

    /// An item of the benchmark agenda as the store would return it.
    static func answer(_ effect: Effect, agenda: AppState) -> Message? {
        guard case .loadPreview(let id) = effect, case .agenda(let screen) = agenda.stack.last,
              let listing = screen.detail?.items.first(where: { $0.item.id == id }) else { return nil }
        let meeting = MeetingListing(meeting: screen.detail!.meeting, committeeName: "Bench Committee", itemCount: 500)
        let document = Document(id: "\(id)-report", itemID: id, kind: .report, title: "Report",
                                paragraphs: Paragraph.numbered((0..<12).map { (.text, sentence($0, length: 50)) }))
        return .previewLoaded(ItemDetail(item: listing.item, meeting: meeting, documents: [document], questions: [],
                                         responses: [], resolutions: [], declarations: []))
    }

    static func longDocument(paragraphs count: Int) -> AppState {
        let meeting = Meeting(id: "bench", committeeID: "c", start: MeetingTime(date: today), status: .held)
        let item = AgendaItem(id: "i", meetingID: "bench", number: "1", position: 1, title: "A very long report")
        let document = Document(id: "d", itemID: "i", kind: .report, title: "Report",
                                paragraphs: Paragraph.numbered((0..<count).map { n in
                                    n % 10 == 0 ? (.heading, "Section \(n / 10)") : (.text, sentence(n, length: 60))
                                }))
        let detail = ItemDetail(item: item, meeting: MeetingListing(meeting: meeting, committeeName: "Bench", itemCount: 1),
                                documents: [document], questions: [], responses: [], resolutions: [], declarations: [])
        var state = AppState(width: 0, height: 0, today: today)
        state.stack.append(.item(ItemScreen(itemID: "i", detail: detail)))
        return state
    }
}
