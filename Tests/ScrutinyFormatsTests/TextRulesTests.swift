import ScrutinyModel
import Testing
@testable import ScrutinyFormats

@Suite struct TextRulesTests {
    @Test(arguments: [
        ("(a) That the report be noted", "(a)", "That the report be noted"),
        ("- (ii) To delegate", "(ii)", "To delegate"),
        ("     iv.        Referred to p177", "iv.", "Referred to p177"),
        ("(1) That the pledge be adopted", "(1)", "That the pledge be adopted"),
        ("8.1 The Committee considered", "8.1", "The Committee considered"),
        ("3. Training will follow", "3.", "Training will follow"),
        ("b) A lettered entry", "b)", "A lettered entry"),
    ])
    func labels(line: String, label: String, rest: String) throws {
        let entry = try #require(ListLabel(line))
        #expect(entry.label == label)
        #expect(entry.rest == rest)
    }

    @Test(arguments: ["· A bullet", "• Another", "- A dash"])
    func bullets(line: String) throws {
        let entry = try #require(ListLabel(line))
        #expect(entry.bulleted)
        #expect(entry.label == nil)
    }

    @Test(arguments: ["The Committee noted", "2024 was a good year", "(this suspends implementation)", "I. Capital letters"])
    func notLabels(line: String) {
        #expect(ListLabel(line) == nil)
    }

    @Test func dates() {
        #expect(DateText.parse("Tuesday, 25 June 2024") == CalendarDate(year: 2024, month: 6, day: 25))
        #expect(DateText.parse("24th October 2023") == CalendarDate(year: 2023, month: 10, day: 24))
        #expect(DateText.parse("09/10/2018") == CalendarDate(year: 2018, month: 10, day: 9))
        #expect(DateText.parse("2024-06-25") == CalendarDate(year: 2024, month: 6, day: 25))
        #expect(DateText.parse("31 September 2024") == nil)
        #expect(DateText.parse("") == nil)
    }

    @Test func calendarArithmetic() {
        let date = CalendarDate(year: 2024, month: 2, day: 29)!
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CalendarDate(year: 2024, month: 6, day: 25)!.weekday == 1) // a Tuesday
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(MeetingTime(iso: "2026-06-23 18:30")?.clock == "18:30")
        #expect(MeetingTime(iso: "2026-06-23 25:00") == nil)
    }

    @Test func outcomesFollowTheFirstTellingWord() {
        #expect(PageResolutions.outcome(of: "That the update be noted") == .noted)
        #expect(PageResolutions.outcome(of: "That the next steps be approved, including the adoption of tools") == .approved)
        #expect(PageResolutions.outcome(of: "To adopt the strategy") == .agreed)
        #expect(PageResolutions.outcome(of: "That the decision be deferred to March") == .deferred)
    }

    @Test func slugs() {
        #expect(Slug.make("ICT & Digital Update") == "ict-and-digital-update")
        #expect(Slug.make("Council’s Café Policy") == "councils-cafe-policy")
        #expect(Slug.make("— ") == "untitled")
        // Two long names alike in their first 48 letters stay two ids, each within the limit.
        let north = Slug.make("Joint Health Overview and Scrutiny Committee for North Central London")
        let south = Slug.make("Joint Health Overview and Scrutiny Committee for South East London")
        #expect(north != south)
        #expect(north.count <= 48 && south.count <= 48)
        #expect(north.hasPrefix("joint-health-overview-and-scrutiny-commit-"))
        #expect(north == Slug.make("Joint Health Overview and Scrutiny Committee for North Central London"))
        #expect(Slug.make(String(repeating: "a", count: 48)) == String(repeating: "a", count: 48))
    }
}
