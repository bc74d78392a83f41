import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// The meetings list at archive scale: four committees meeting monthly for four years, two
/// months of them still to come. It opens on the next meeting, jumps between committees,
/// folds the past, narrows by committee and text, and has an Upcoming calendar.
@Suite struct MeetingsListTests {
    static let today = CalendarDate(iso: "2026-11-22")!
    static let committees = ["Audit Committee", "Cabinet", "Planning Committee", "Scrutiny Committee"]

    /// A meeting of every committee in every month from January 2023 to January 2027, on the
    /// committee's own day of the month; Cabinet's in November 2026 carries two notes.
    static let listings: [MeetingListing] = committees.enumerated().flatMap { index, name in
        (0..<49).map { month -> MeetingListing in
            let date = CalendarDate(year: 2023 + month / 12, month: month % 12 + 1, day: 3 + index * 7)!
            let meeting = Meeting(id: "\(Slug.make(name))-\(date.iso)", committeeID: Slug.make(name), start: MeetingTime(date: date, hour: 18),
                                  location: "Room \(index + 1)", status: date < today ? .held : .scheduled)
            var listing = MeetingListing(meeting: meeting, committeeName: name, itemCount: 5)
            if name == "Cabinet" && date.iso.hasPrefix("2026-11") { listing.noteCount = 2 }
            return listing
        }
    }

    func opened(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(width: width, height: height, today: Self.today)
        _ = state.update(.meetingsLoaded(MeetingList(listings: Self.listings)))
        return state
    }

    func press(_ keys: String..., on state: inout AppState) {
        for name in keys { _ = state.update(.key(Key(name: name)!)) }
    }

    func screen(_ state: AppState) throws -> MeetingsScreen { try #require(state.current as? MeetingsScreen) }

    @Test func itOpensOnTheNextMeetingOfAnyCommittee() throws {
        let state = opened()
        // Planning meets on the 17th, Scrutiny on the 24th: Scrutiny's 24 November is the next.
        #expect(try screen(state).selected?.meeting.id == "scrutiny-committee-2026-11-24")
    }

    @Test func pastMeetingsAreFoldedAndEnterShowsThem() throws {
        var state = opened()
        let rows = try screen(state).rows
        #expect(rows.count < 50)
        #expect(rows.contains(.earlier("Cabinet", count: 47 - MeetingRows.recentPast)))
        let folded = try #require(rows.firstIndex(of: .earlier("Cabinet", count: 47 - MeetingRows.recentPast)))
        press("g", on: &state)
        while try screen(state).cursor.selected != folded { press("down", on: &state) }
        press("enter", on: &state)
        let after = try screen(state)
        #expect(after.rows.filter { $0.listing?.committeeName == "Cabinet" }.count == 49)
        #expect(after.selected?.meeting.start?.date.iso == "2026-08-10")
    }

    /// The first screen reads only what it shows: each committee's meetings to come and latest
    /// past ones. It looks as the whole list does; unfolding or narrowing by text reads the rest.
    @Test func theFirstScreenReadsWhatItShowsAndTheRestOnDemand() throws {
        let first = MeetingList(whole: Self.listings, today: Self.today, recentPast: MeetingRows.recentPast)
        // December and January to come for each, November too for Scrutiny (the 24th); three past each.
        #expect(first.listings.count == 4 * 2 + 1 + 4 * MeetingRows.recentPast)
        #expect(first.unreadPast["Cabinet"] == 47 - MeetingRows.recentPast)
        var state = AppState(width: 80, height: 24, today: Self.today)
        _ = state.update(.meetingsLoaded(first))
        let whole = opened()
        #expect(try screen(state).rows == screen(whole).rows)
        #expect(try screen(state).selected == screen(whole).selected)

        let folded = try #require(try screen(state).rows.firstIndex(of: .earlier("Cabinet", count: 47 - MeetingRows.recentPast)))
        press("g", on: &state)
        while try screen(state).cursor.selected != folded { press("down", on: &state) }
        #expect(state.update(.key(.enter)) == [.loadAllMeetings])
        _ = state.update(.meetingsLoaded(MeetingList(listings: Self.listings)))
        #expect(try screen(state).rows.filter { $0.listing?.committeeName == "Cabinet" }.count == 49)
        #expect(try screen(state).selected?.meeting.start?.date.iso == "2026-08-10")
        // Once whole, a change elsewhere reloads it whole.
        #expect(try screen(state).reloads(onTop: true).first == .loadAllMeetings)

        var narrowing = AppState(width: 80, height: 24, today: Self.today)
        _ = narrowing.update(.meetingsLoaded(first))
        press("t", on: &narrowing)
        #expect(narrowing.update(.key(.character("2"))) == [.loadAllMeetings])
        #expect(narrowing.update(.key(.character("0"))) == [])
    }

    @Test func bracketsJumpBetweenCommittees() throws {
        var state = opened()
        press("g", on: &state)
        #expect(try screen(state).selected?.committeeName == "Audit Committee")
        press("]", on: &state)
        #expect(try screen(state).selected?.committeeName == "Cabinet")
        press("]", "]", "]", on: &state)
        #expect(try screen(state).selected?.committeeName == "Scrutiny Committee")
        press("[", on: &state)
        #expect(try screen(state).selected?.committeeName == "Planning Committee")
    }

    @Test func narrowingByCommitteeAndTextThenEscShowsAll() throws {
        var state = opened()
        press("c", on: &state)
        #expect(Set(try screen(state).rows.compactMap { $0.listing?.committeeName }) == ["Scrutiny Committee"])
        press("c", "t", "c", "a", "b", "space", "2", "0", "2", "4", "enter", on: &state)
        let narrowed = try screen(state)
        #expect(narrowed.rows.compactMap(\.listing).count == 12)
        #expect(narrowed.rows.compactMap(\.listing).allSatisfy { $0.committeeName == "Cabinet" && $0.meeting.start!.date.year == 2024 })
        #expect(narrowed.describe(state).last == "Showing only “cab 2024”")
        press("esc", on: &state)
        #expect(try screen(state).rows.contains(.earlier("Cabinet", count: 47 - MeetingRows.recentPast)))
        #expect(!state.quit)
    }

    @Test func theUpcomingCalendarListsEveryCommitteeByDate() throws {
        var state = opened()
        press("u", on: &state)
        let calendar = try screen(state)
        let dates = calendar.rows.compactMap { $0.listing?.meeting.start?.date.iso }
        #expect(dates == ["2026-11-24", "2026-12-03", "2026-12-10", "2026-12-17", "2026-12-24",
                          "2027-01-03", "2027-01-10", "2027-01-17", "2027-01-24"])
        #expect(calendar.rows.contains(.group("December 2026")))
        #expect(calendar.selected?.meeting.id == "scrutiny-committee-2026-11-24")
        #expect(state.current.breadcrumb(state) == "Upcoming")
    }

    @Test(arguments: [("meetings-folded", [String]()), ("meetings-upcoming", ["u"]), ("meetings-filtered", ["t", "c", "a", "b", "enter"])])
    func golden(name: String, keys: [String]) {
        for (width, height) in ScreenTests.sizes {
            var state = opened(width: width, height: height)
            for key in keys { _ = state.update(.key(Key(name: key)!)) }
            if name == "meetings-folded" { press("[", on: &state) }
            var buffer = ScreenBuffer(width: width, height: height)
            state.render(into: &buffer)
            #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "\(name)-\(width)x\(height)", in: Snapshot.folder()) == nil)
        }
    }
}
