import Foundation
import ScrutinyFormats
import ScrutinyModel
@testable import ScrutinyStore
import Testing
import TestSupport

/// Recommendations: the response clock, references per committee and municipal year, the
/// council's own period, and responses — kept across a re-import.
@Suite struct RecommendationTests {
    let folder = TemporaryFolder()

    func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(arguments: [
        ("2026-01-31", "2 months", "2026-03-30"),  // the day before 31 March
        ("2026-01-15", "2 months", "2026-03-14"),
        ("2025-12-30", "2 months", "2026-02-28"),  // no 30 February: the month's last day
        ("2027-12-30", "2 months", "2028-02-29"),  // a leap year's February has 29
        ("2027-12-29", "2 months", "2028-02-28"),  // 29 February 2028 exists: the day before
        ("2026-11-15", "2 months", "2027-01-14"),  // across the year
        ("2026-03-02", "8 weeks", "2026-04-26"),
        ("2026-02-20", "28 days", "2026-03-19"),
        ("2028-02-15", "28 days", "2028-03-13"),
        ("2026-05-31", "1 month", "2026-06-30"),  // no 31 June
    ])
    func theResponseIsDueAtTheEndOfThePeriodBeginningWithTheDaySent(sent: String, period: String, due: String) throws {
        let period = try #require(ResponsePeriod(text: period))
        #expect(period.lastDay(beginningWith: day(sent)) == day(due))
    }

    @Test func periodsAndYearsReadAndPrint() {
        #expect(ResponsePeriod(text: "8 weeks") == ResponsePeriod(count: 8, unit: .weeks))
        #expect(ResponsePeriod(text: "1 month")?.description == "1 month")
        #expect(ResponsePeriod(text: "two months") == nil && ResponsePeriod(text: "0 days") == nil)
        #expect(MunicipalYear(containing: day("2026-04-30")).label == "25/26")
        #expect(MunicipalYear(containing: day("2026-05-01")).label == "26/27")
        #expect(Recommendation.prefix(committeeName: "Resources and Digital Scrutiny Committee") == "RDSC")
    }

    func store(responsePeriod: String? = nil) throws -> PapersStore {
        var bundle = StoreFixtures.meetingBundle(items: [("4", "Telephony platform")])
        bundle.body = Body(id: "northbridge", name: "Northbridge", responsePeriod: responsePeriod.flatMap(ResponsePeriod.init(text:)))
        bundle.committees[0].bodyID = "northbridge"
        bundle.committees.append(Committee(id: "overview", bodyID: "northbridge", name: "Overview and Scrutiny Committee", kind: .scrutiny,
                                           recommendationPrefix: "OSC"))
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(bundle, name: "meeting.md", format: "pack", checksum: "one")
        return store
    }

    @Test func referencesAreNumberedPerCommitteeAndYearAndTheClockRunsFromSending() throws {
        let store = try store()
        let today = day("2026-06-01")
        func add(_ committee: String, agreed: String) throws -> Recommendation {
            try store.addRecommendation(Recommendation(id: "", reference: "", committeeID: committee, text: "That the platform be reviewed.",
                                                       addressee: "Cabinet", agreed: day(agreed)), today: today)
        }
        #expect(try add("overview", agreed: "2026-04-20").reference == "OSC (25/26) 01")
        #expect(try add("overview", agreed: "2026-05-12").reference == "OSC (26/27) 01")
        let second = try add("overview", agreed: "2026-05-19")
        #expect(second.reference == "OSC (26/27) 02")
        #expect(try add("cabinet", agreed: "2026-05-19").reference == "C (26/27) 01")
        #expect(throws: StoreError.self) { try add("no-such-committee", agreed: "2026-05-19") }

        #expect(second.status(today: today) == .notSent)
        let sent = try store.sendRecommendation("osc (26/27) 02", on: day("2026-05-31"))
        #expect(sent.responseDue == day("2026-07-30"))
        #expect(sent.status(today: day("2026-07-30")) == .awaitingResponse)
        #expect(sent.status(today: day("2026-07-31")) == .responseOverdue)

        let answered = try store.respond(to: sent.id, with: RecommendationResponse(
            received: day("2026-07-20"), responder: "Cabinet", venue: "cabinet-2026-07-20-item-6", decision: .partiallyAccepted,
            reason: "The review will cover the contact centre only.", text: "Cabinet welcomes the committee's work."))
        #expect(answered.status(today: day("2026-09-01")) == .responded)
        #expect(answered.response?.decision == .partiallyAccepted)

        // A re-import of the papers keeps them all.
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("4", "Telephony platform")]), name: "meeting.md", format: "pack",
                                   checksum: "two")
        #expect(try store.recommendations().count == 4)
        #expect(try store.recommendation(sent.id) == answered)
    }

    @Test func theCouncilsOwnPeriodComesFromItsFileAndGoesBackOut() throws {
        let store = try store(responsePeriod: "8 weeks")
        let made = try store.addRecommendation(Recommendation(id: "", reference: "", committeeID: "overview", text: "That …",
                                                              addressee: "Cabinet"), today: day("2026-06-01"))
        #expect(made.period == ResponsePeriod(count: 8, unit: .weeks))
        #expect(try store.sendRecommendation(made.reference, on: day("2026-06-01")).responseDue == day("2026-07-26"))
        let council = PackWriter.council(try store.councilBundles()[0])
        #expect(council.contains("response period: 8 weeks"))
        #expect(council.contains("recommendation prefix: OSC"))
        let read = try PackReader.read(SourceText(file: "council-northbridge.md", text: council))
        #expect(read.body?.responsePeriod == ResponsePeriod(count: 8, unit: .weeks))
        #expect(read.committees.first { $0.id == "overview" }?.recommendationPrefix == "OSC")
        #expect(throws: FormatError.self) {
            try PackReader.read(SourceText(file: "council.md", text: council.replacing("response period: 8 weeks", with: "response period: soon")))
        }
    }
}

extension RecommendationTests {
    @Test(arguments: [
        ("That the Committee recommends to Cabinet that the library offer be widened.", "Cabinet"),
        ("Recommended to Full Council that the revised procedure rules be adopted.", "Full Council"),
        ("RESOLVED to recommend to the Executive that a review be held.", "Executive"),
        ("That Cabinet be recommended to publish the assessment.", "Cabinet"),
        ("That the Leader of the Council be recommended to meet the panel.", "Leader of the Council"),
    ])
    func aResolutionThatRecommendsSaysToWhom(text: String, addressee: String) {
        #expect(RecommendationProposal.addressee(in: text) == .some(addressee))
    }

    @Test func aResolutionThatOnlyNotesIsNoRecommendation() {
        #expect(RecommendationProposal.addressee(in: "That the report be noted.") == nil)
        #expect(RecommendationProposal.addressee(in: "That the recommendations of the report be noted.") == nil)
        #expect(RecommendationProposal.addressee(in: "The committee recommends that three members may call in a decision.") == .some(nil))
    }

    @Test func proposalsAreOfferedUntilConfirmedOrDismissed() throws {
        var bundle = StoreFixtures.meetingBundle(items: [("4", "Libraries")])
        bundle.committees[0].kind = .scrutiny
        bundle.resolutions = [
            Resolution(id: "r1", itemID: bundle.items[0].id, position: 1, label: "(a)",
                       text: "That the Committee recommends to Cabinet that the library offer be widened.", outcome: .agreed),
            Resolution(id: "r2", itemID: bundle.items[0].id, position: 2, label: "(b)",
                       text: "That the Committee recommends that the chair writes to the trust.", outcome: .agreed),
            Resolution(id: "r3", itemID: bundle.items[0].id, position: 3, label: "(c)", text: "That the report be noted.", outcome: .noted),
        ]
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(bundle, name: "meeting.md", format: "pack", checksum: "one")
        #expect(try store.recommendationProposals().map(\.resolutionID) == ["r1", "r2"])
        #expect(try store.recommendationProposals().first?.addressee == "Cabinet")
        var made = Recommendation(id: "", reference: "", committeeID: bundle.committees[0].id, resolutionID: "r1",
                                  text: "That the library offer be widened.", addressee: "Cabinet")
        made = try store.addRecommendation(made, today: day("2026-06-01"))
        try store.dismissProposal(resolutionID: "r2")
        #expect(try store.recommendationProposals().isEmpty)
        #expect(throws: StoreError.self) { try store.dismissProposal(resolutionID: "nope") }
    }
}

extension RecommendationTests {
    /// Once answered, a recommendation comes up for review six months after the latest word on
    /// it, or sooner when a target date (or a slipped one's new date) comes, or at once when it
    /// is rated green, ready to sign off; never before the response or after sign-off.
    @Test func reviewFallsDueOnTheEarliestOfSixMonthsTheTargetAndAGreenRating() {
        var made = Recommendation(id: "rec1", reference: "OSC (25/26) 01", committeeID: "overview", text: "Widen the offer.",
                                  addressee: "Cabinet", agreed: day("2025-06-10"), sent: day("2025-06-16"))
        #expect(made.reviewDue == nil)
        made.response = RecommendationResponse(received: day("2025-07-22"), responder: "Cabinet", decision: .accepted)
        #expect(made.reviewDue == day("2026-01-21"))
        made.plan = [PlanStep(text: "Publish the plan", owner: "Head of Libraries", target: day("2025-11-30"))]
        #expect(made.reviewDue == day("2025-11-30"))
        #expect(!made.dueForReview(today: day("2025-11-29")) && made.dueForReview(today: day("2025-11-30")))
        made.updates = [ProgressUpdate(date: day("2025-12-02"), text: "Late.", rating: .amber, assessment: .slipped, revisedDate: day("2026-03-31"))]
        #expect(made.reviewDue == day("2026-03-31"))
        made.updates.append(ProgressUpdate(date: day("2026-04-02"), text: "Published.", rating: .green, assessment: .achieved))
        #expect(made.reviewDue == day("2026-04-02"))
        made.signOff = SignOff(date: day("2026-06-09"))
        #expect(made.reviewDue == nil && !made.dueForReview(today: day("2027-01-01")))
    }
}

extension RecommendationTests {
    /// What is due or overdue is reckoned on the council's day: at 23:30 UTC on a summer evening
    /// it is already tomorrow in Europe/London (the default), whatever the machine's own zone;
    /// a council file's `time zone:` is read, kept and written back, and a wrong one refused.
    @Test func todayIsTheCouncilsDayInItsTimeZone() throws {
        let lateSummerEvening = Date(timeIntervalSince1970: 1_782_948_600)  // 2026-07-01 23:30 UTC
        #expect(CouncilTime().today(at: lateSummerEvening) == day("2026-07-02"))
        #expect(CouncilTime().clock(1_782_948_600) == "00:30")
        #expect(CouncilTime(zone: TimeZone(identifier: "UTC")!).today(at: lateSummerEvening) == day("2026-07-01"))
        let winterEvening = 1_798_759_800  // 2026-12-31 23:30 UTC, GMT in London
        #expect(CouncilTime().clock(winterEvening) == "23:30")

        let store = try store()
        #expect(try store.councilTime().zone.identifier == "Europe/London")
        var council = PackWriter.council(try store.councilBundles()[0])
        #expect(!council.contains("time zone:"))
        council = council.replacing("name: Northbridge\n", with: "name: Northbridge\ntime zone: Europe/Dublin\n")
        let read = try PackReader.read(SourceText(file: "council.md", text: council))
        #expect(read.body?.timeZone == "Europe/Dublin")
        _ = try store.importBundle(read, name: "council.md", format: "pack", checksum: "two")
        #expect(try store.councilTime().zone.identifier == "Europe/Dublin")
        #expect(PackWriter.council(try store.councilBundles()[0]).contains("time zone: Europe/Dublin"))
        #expect(throws: FormatError.self) {
            try PackReader.read(SourceText(file: "council.md", text: council.replacing("Europe/Dublin", with: "Middle Earth")))
        }
    }
}

extension RecommendationTests {
    /// Item titles of the shapes councils give the executive's answers to scrutiny, and others.
    @Test(arguments: [
        ("The executive's responses to overview and scrutiny recommendations", true),
        ("Matters referred to the Cabinet by Overview and Scrutiny", true),
        ("Recommendations of two scrutiny task groups", true),
        ("Scrutiny stages 1 and 2: libraries review", true),
        ("Cabinet's response to the Scrutiny Review of Home to School Transport", true),
        ("Overview and Scrutiny Annual Report", false),
        ("Budget 2027/28: recommendations to Council", false),
        ("Minutes of the previous meeting", false),
    ])
    func anItemReadsAsTheResponseToScrutinyByItsWords(title: String, reads: Bool) {
        #expect(ResponseCandidate.readsAsResponse(title) == reads)
    }
}
