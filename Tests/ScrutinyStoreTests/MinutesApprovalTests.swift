import Foundation
import ScrutinyFormats
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// A meeting's minutes are a draft until a later meeting of the committee approves them as a
/// correct record; the approval, with its amendments, is found from the resolution's words.
@Suite struct MinutesApprovalTests {
    let folder = TemporaryFolder()

    func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(arguments: [
        ("That the minutes of the meeting held on 11 March 2025 be agreed as a correct record.", "2025-03-11", nil),
        ("The minutes of the meeting held on Tuesday 19th September 2023 were approved, and the Chair signed them as a correct record.",
         "2023-09-19", nil),
        ("RESOLVED – That the minutes of the meeting of 4 June 2024 be confirmed as a true record, subject to the following amendment: "
         + "Cllr Lee's apologies be noted.", "2024-06-04", "amendment: Cllr Lee's apologies be noted."),
        ("That the minutes of the previous meeting be approved as a correct record.", nil, nil),
        ("That the minutes of the meeting held on 02/12/2026 be signed as a correct record.", "2026-12-02", nil),
    ] as [(String, String?, String?)])
    func anApprovalSaysWhichMeetingAndWhatItChanged(text: String, day: String?, amendments: String?) throws {
        let read = try #require(MinutesApproval.read(text))
        #expect(read.day == day.flatMap { CalendarDate(iso: $0) })
        #expect(read.amendments == amendments)
    }

    @Test func otherResolutionsApproveNoMinutes() {
        #expect(MinutesApproval.read("That the report be noted.") == nil)
        #expect(MinutesApproval.read("That the minutes of the working group be circulated.") == nil)
    }

    /// The sample papers chain: June 2025's minutes approved in February 2026, February's in
    /// October with an amendment; October's a draft until January; Cabinet's June 2025 minutes
    /// were not approved at its next meeting.
    @Test func theSampleMeetingsChainToTheMeetingsThatApprovedThem() throws {
        let store = try SampleStore.make(in: folder)
        let june = try store.meeting(id: "resources-scrutiny-2025-06-10")
        #expect(june.minutesApproval == MinutesApproval(meetingID: "resources-scrutiny-2026-02-24", day: day("2026-02-24"),
                                                         resolutionID: "resources-scrutiny-2026-02-24-item-4-res1"))
        let february = try store.meeting(id: "resources-scrutiny-2026-02-24")
        #expect(february.minutesApproval?.meetingID == "resources-scrutiny-2026-10-13")
        #expect(february.minutesApproval?.amendments?.hasPrefix("amendment: in item 5, the response of the Chief Digital") == true)
        #expect(february.minutesStanding(today: day("2026-11-22"))?.summary == "Minutes confirmed as a correct record on Tue 13 Oct 2026, with amendments")
        let october = try store.meeting(id: "resources-scrutiny-2026-10-13")
        #expect(october.minutesStanding(today: day("2026-11-22")) == .draft(nextMeeting: day("2027-01-19")))
        #expect(october.minutesStanding(today: day("2027-01-20")) == .notApproved(nextMeeting: day("2027-01-19")))
        #expect(try store.meeting(id: "resources-scrutiny-2027-01-19").minutesStanding(today: day("2026-11-22")) == nil)
        let cabinet = try store.meeting(id: "cabinet-2025-06-24")
        #expect(cabinet.minutesStanding(today: day("2026-11-22"))?.summary == "Minutes NOT APPROVED at the next meeting (Tue 17 Mar 2026)")

        let minutes = MinutesDraft(meeting: february, items: []).markdown
        #expect(minutes.contains("Confirmed as a correct record at the meeting of Tuesday 13 October 2026, subject to the amendment: in item 5"))
        #expect(MinutesDraft(meeting: october, items: []).markdown.contains("Draft: not yet confirmed as a correct record."))
    }
}
