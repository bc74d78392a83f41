import ScrutinyModel
import TerminalCore
import Testing
@testable import ScrutinyUI

/// The first frame of a council with many committees reads only the committees it shows; the
/// rest come once that frame is on the terminal, and the screen does not move when they do.
@Suite struct MeetingsFirstFrameTests {
    static let today = CalendarDate(iso: "2026-11-22")!

    /// Forty committees, each with six past meetings; committee 25 also has the next meeting.
    static let listings: [MeetingListing] = (1...40).flatMap { number in
        let name = String(format: "Committee %02d", number)
        let dates = (1...6).map { CalendarDate(year: 2026, month: $0, day: 10)! } + (number == 25 ? [CalendarDate(iso: "2026-12-01")!] : [])
        return dates.map { date in
            MeetingListing(meeting: Meeting(id: "\(number)-\(date.iso)", committeeID: "c\(number)", start: MeetingTime(date: date, hour: 18),
                                            status: date < today ? .held : .scheduled),
                           committeeName: name, itemCount: 4)
        }
    }

    func screenText(_ state: AppState) -> String {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        state.render(into: &buffer)
        return buffer.text
    }

    @Test func theRestIsReadAfterTheFirstFrameAndTheScreenStays() throws {
        let recent = MeetingList(whole: Self.listings, today: Self.today, recentPast: MeetingRows.recentPast)
        // What the store reads for a first frame of 24 rows: committees 20 to 30.
        let shown = Set((20...30).map { String(format: "Committee %02d", $0) })
        let first = MeetingList(listings: recent.listings.filter { shown.contains($0.committeeName) },
                                unreadPast: recent.unreadPast.filter { shown.contains($0.key) }, committeesUnread: true)

        var state = AppState(width: 80, height: 24, today: Self.today)
        #expect(state.update(.meetingsLoaded(first)) == [])
        var whole = AppState(width: 80, height: 24, today: Self.today)
        _ = whole.update(.meetingsLoaded(recent))
        let frame = screenText(state)
        #expect(frame == screenText(whole))
        #expect(frame.contains("Committee 25") && frame.contains("1 Dec 2026"))

        #expect(state.update(.firstFrameShown) == [.loadMeetings, .loadDeadlines])
        // A key or two before the rest comes: the cursor is mid-screen, and stays there.
        for _ in 1...4 { _ = state.update(.key(Key(name: "up")!)) }
        func line(_ state: AppState) throws -> Int {
            let cursor = try #require(state.current as? MeetingsScreen).cursor
            return cursor.selected - cursor.top
        }
        let moved = (line: try line(state), text: screenText(state))
        #expect(moved.line < 20)
        _ = state.update(.meetingsLoaded(recent))
        #expect(try line(state) == moved.line)
        #expect(screenText(state) == moved.text)
        #expect(state.update(.firstFrameShown) == [.loadDeadlines])
        // Now the list holds every committee: the first is a key away.
        _ = state.update(.key(Key(name: "g")!))
        #expect(try #require(state.current as? MeetingsScreen).selected?.committeeName == "Committee 01")
    }
}
