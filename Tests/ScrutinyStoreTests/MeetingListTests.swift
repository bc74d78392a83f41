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

        let first = try store.meetingList(today: today, recentPast: 3, filling: nil)
        let cut = MeetingList(whole: try store.meetings(), today: today, recentPast: 3)
        #expect(Set(first.listings.map(\.meeting.id)).isSuperset(of: cut.listings.map(\.meeting.id)))
        #expect(first.listings.count == cut.listings.count + 1)
        #expect(first.unreadPast == ["Cabinet": 8] && cut.unreadPast == ["Cabinet": 9])
        // December to come; November, October and both of 5 September; the undated one.
        #expect(first.listings.filter { $0.meeting.committeeID == "cabinet" }.count == 6)
        #expect(!first.isWhole)
        #expect(try store.meetingList(today: today, recentPast: nil, filling: nil).isWhole)
        #expect(try store.meetingList(today: today, recentPast: nil, filling: nil).listings.count == 16)
    }

    /// A first frame reads only the committees it shows: whole committees, in the list's order,
    /// from well above to well below the committee of the next meeting (else from the first),
    /// each exactly as the full first screen has it.
    @Test func aFirstFrameReadsTheCommitteesAroundTheNextMeeting() throws {
        let store = try StoreFixtures.store(folder)
        var bundle = PaperBundle()
        let names = (1...30).map { String(format: "Committee %02d", $0) }
        for (index, name) in names.enumerated() {
            bundle.committees.append(Committee(id: "c\(index)", name: name, kind: .scrutiny))
            for month in 1...6 {
                bundle.meetings.append(Meeting(id: "c\(index)-\(month)", committeeID: "c\(index)",
                                               start: MeetingTime(date: CalendarDate(year: 2026, month: month, day: 10)!), status: .held))
            }
        }
        bundle.committees.append(Committee(id: "none", name: "Committee 00 (no meetings)", kind: .scrutiny))
        bundle.meetings.append(Meeting(id: "next", committeeID: "c19", start: MeetingTime(date: CalendarDate(iso: "2026-12-01")!), status: .scheduled))
        _ = try store.importBundle(bundle, name: "meetings.xml", format: "pack", checksum: "c")
        let today = CalendarDate(iso: "2026-11-22")!
        let full = try store.meetingList(today: today, recentPast: 3, filling: nil)
        #expect(!full.committeesUnread)

        let first = try store.meetingList(today: today, recentPast: 3, filling: 10)
        let read = Set(first.listings.map(\.committeeName))
        // Committee 20 has the next meeting. Counting a committee's rows as its meetings, two for
        // its name and group and one for the earlier row, it has seven and the others six each:
        // one committee more fills ten rows below it, two above.
        #expect(read == Set(names[17...20]))
        #expect(first.committeesUnread && !first.isWhole)
        #expect(first.listings == full.listings.filter { read.contains($0.committeeName) })
        #expect(first.unreadPast == full.unreadPast.filter { read.contains($0.key) })

        // With no meeting to come, from the first committee down.
        let later = try store.meetingList(today: CalendarDate(iso: "2027-01-01")!, recentPast: 3, filling: 10)
        #expect(Set(later.listings.map(\.committeeName)) == Set(names[0...1]))
        // A screen taller than the list reads it all.
        #expect(!(try store.meetingList(today: today, recentPast: 3, filling: 1_000)).committeesUnread)
    }
}
