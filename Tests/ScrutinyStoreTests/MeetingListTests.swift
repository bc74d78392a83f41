import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyStore

/// The meetings list's first screen, read a committee at a time through the index, holds what
/// the whole list cut down in memory holds: meetings to come, of no known date, the latest past
/// ones (a day's meetings kept together), and the count of the rest.
@Suite struct MeetingListTests {
    let folder = TemporaryFolder()

    @Test func theFirstScreenHoldsWhatTheWholeListCutDownHolds() throws {
        let store = try StoreFixtures.store(folder)
        var bundle = PaperBundle()
        bundle.committees = [Committee(id: "cabinet", name: "Cabinet", kind: .executive),
                             Committee(id: "audit", name: "Audit", kind: .scrutiny),
                             Committee(id: "licensing", name: "Licensing", kind: .regulatory)]
        func meeting(_ committee: String, _ date: String?, _ suffix: String = "") {
            bundle.meetings.append(Meeting(id: "\(committee)-\(date ?? "undated")\(suffix)", committeeID: committee,
                                           start: date.flatMap(CalendarDate.init(iso:)).map { MeetingTime(date: $0) }, status: .scheduled))
        }
        for month in 1...12 { meeting("cabinet", String(format: "2026-%02d-05", month)) }
        meeting("cabinet", "2026-09-05", "-extra")  // two on the third latest past day
        meeting("cabinet", nil)
        meeting("audit", "2026-03-01")
        meeting("audit", "2027-01-01")
        _ = try store.importBundle(bundle, name: "meetings.xml", format: "pack", checksum: "c")
        let today = CalendarDate(iso: "2026-11-22")!

        let first = try store.meetingList(today: today, recentPast: 3)
        let cut = MeetingList(whole: try store.meetings(), today: today, recentPast: 3)
        #expect(Set(first.listings.map(\.meeting.id)).isSuperset(of: cut.listings.map(\.meeting.id)))
        #expect(first.listings.count == cut.listings.count + 1)
        #expect(first.unreadPast == ["Cabinet": 8] && cut.unreadPast == ["Cabinet": 9])
        // December to come; November, October and both of 5 September; the undated one.
        #expect(first.listings.filter { $0.meeting.committeeID == "cabinet" }.count == 6)
        #expect(!first.isWhole)
        #expect(try store.meetingList(today: today, recentPast: nil).isWhole)
        #expect(try store.meetingList(today: today, recentPast: nil).listings.count == 16)
    }
}
