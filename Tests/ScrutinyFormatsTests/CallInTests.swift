import Foundation
@testable import ScrutinyFormats
import ScrutinyModel
import Testing

/// The call-in clock under three councils' kinds of rule: five working days from publication
/// (over bank holiday weekends, which differ between England and Scotland), midday on the
/// eighth day, and decisions taken as urgent; and the council file that sets them.
@Suite struct CallInTests {
    func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    @Test(arguments: [
        // Five working days, 17:00: Thursday before the August bank holiday — Monday 25th is one in England, not in Scotland.
        ("5 working days", "17:00", "England and Wales", "2025-08-21", "2025-08-29 17:00"),
        ("5 working days", "17:00", "Scotland", "2025-08-21", "2025-08-28 17:00"),
        // Easter: Good Friday and Easter Monday in England; Scotland keeps Good Friday only.
        ("5 working days", "17:00", "England and Wales", "2026-04-01", "2026-04-10 17:00"),
        ("5 working days", "17:00", "Scotland", "2026-04-01", "2026-04-09 17:00"),
        // Christmas 2026: Boxing Day falls on a Saturday, so Monday 28th is the holiday.
        ("5 working days", "17:00", "England and Wales", "2026-12-22", "2026-12-31 17:00"),
        // St Patrick's Day in Northern Ireland.
        ("3 working days", "17:00", "Northern Ireland", "2026-03-16", "2026-03-20 17:00"),
        // Midday on the eighth day after publication: calendar days.
        ("8 days", "12:00", "England and Wales", "2026-12-14", "2026-12-22 12:00"),
    ])
    func thePeriodEndsOnTheRightDayAndHour(period: String, ends: String, nation: String, published: String, expires: String) throws {
        let council = """
            ---
            type: council
            name: Northbridge Borough Council
            call-in period: \(period)
            call-in ends at: \(ends)
            bank holidays: \(nation)
            ---
            """
        let body = try #require(try PackReader.read(SourceText(file: "council.md", text: council)).body)
        let rules = try #require(body.callInRules), calendar = try #require(body.workingCalendar)
        #expect(rules.expiry(published: day(published), calendar: calendar).iso == expires)
    }

    @Test func theClockCountsDownAndSaysWhereItsDatesComeFrom() {
        let settings = CallInSettings()
        var item = AgendaItem(id: "i", meetingID: "m", number: "6", position: 1, title: "Telephony contract", callIn: .subject(expires: nil))
        let clock = settings.clock(item, published: day("2026-12-09"), meetingDay: day("2026-12-08"))!
        #expect(clock.expires.iso == "2026-12-16 17:00" && clock.source == .rules && !clock.publicationAssumed)
        #expect(clock.badge(today: day("2026-12-08"), calendar: settings.calendar) == "CALL-IN to come")
        #expect(clock.badge(today: day("2026-12-14"), calendar: settings.calendar) == "CALL-IN 3 days left")
        #expect(clock.badge(today: day("2026-12-16"), calendar: settings.calendar) == "CALL-IN ends today 17:00")
        #expect(clock.badge(today: day("2026-12-17"), calendar: settings.calendar) == "CALL-IN closed")
        #expect(clock.summary(today: day("2026-12-14"), calendar: settings.calendar)
                == "Subject to call-in: published Wed 9 Dec 2026; the period (5 working days from publication, under the council's rules) "
                + "ends 17:00 Wed 16 Dec 2026 — 3 working days left; it may be implemented after that.")
        let assumed = settings.clock(item, published: nil, meetingDay: day("2026-12-08"))!
        #expect(assumed.publicationAssumed && assumed.expires.iso == "2026-12-15 17:00")
        item.callIn = .subject(expires: day("2026-12-18"))
        let given = settings.clock(item, published: nil, meetingDay: day("2026-12-08"))!
        #expect(given.source == .papers && given.expires.iso == "2026-12-18 17:00")
        #expect(given.summary(today: nil, calendar: settings.calendar).contains("the period (as the papers give it) ends 17:00 Fri 18 Dec 2026"))
        // Taken as urgent: exempt where the rules say so, and only there.
        item.urgent = true
        #expect(given.badge(today: day("2026-12-10"), calendar: settings.calendar) == "CALL-IN 7 days left")
        let urgent = settings.clock(item, published: nil, meetingDay: day("2026-12-08"))!
        #expect(urgent.waived && urgent.badge(today: day("2026-12-10"), calendar: settings.calendar) == "URGENT: no call-in")
        var strict = settings
        strict.rules.urgentExempt = false
        #expect(strict.clock(item, published: nil, meetingDay: day("2026-12-08"))?.waived == false)
        item.urgent = false
        item.callIn = .calledIn
        #expect(settings.clock(item, published: nil, meetingDay: day("2026-12-08"))?.badge(today: day("2026-12-10"), calendar: settings.calendar)
                == "CALLED IN")
        item.callIn = .none
        #expect(settings.clock(item, published: nil, meetingDay: day("2026-12-08")) == nil)
    }

    @Test func theCouncilFileKeepsEveryRuleAndRefusesWrongOnes() throws {
        let council = """
            ---
            type: council
            id: northbridge
            name: Northbridge Borough Council
            call-in period: 5 working days
            call-in ends at: 17:00
            call-in by: the chair and two other members of the committee
            call-in urgent decisions: exempt
            call-in once: yes
            call-in hearing within: 7 working days
            call-in reconsider in: 10 working days
            call-in grounds: inadequate consultation; outside the budget or policy framework
            bank holidays: Scotland
            closure days: 2026-12-29, 2026-12-30
            ---
            """
        let read = try PackReader.read(SourceText(file: "council.md", text: council))
        let rules = try #require(read.body?.callInRules)
        #expect(rules.by == "the chair and two other members of the committee" && rules.hearingWithin == 7 && rules.reconsiderationWithin == 10)
        #expect(rules.grounds == ["inadequate consultation", "outside the budget or policy framework"])
        let calendar = try #require(read.body?.workingCalendar)
        #expect(calendar.nation == .scotland && calendar.closures == [day("2026-12-29"), day("2026-12-30")])
        #expect(!calendar.isWorkingDay(day("2026-12-29")) && calendar.isWorkingDay(day("2026-12-31")))
        let written = PackWriter.council(read)
        #expect(try PackReader.read(SourceText(file: "council.md", text: written)).body == read.body)
        for (line, wrong) in [("call-in period: 5 working days", "call-in period: a week"), ("call-in ends at: 17:00", "call-in ends at: 5pm"),
                              ("bank holidays: Scotland", "bank holidays: Wales"), ("closure days: 2026-12-29, 2026-12-30", "closure days: Christmas"),
                              ("call-in hearing within: 7 working days", "call-in hearing within: a fortnight"),
                              ("call-in by: the chair and two other members of the committee", "call-in by: members as the constitution says")] {
            #expect(throws: FormatError.self) { try PackReader.read(SourceText(file: "council.md", text: council.replacing(line, with: wrong))) }
        }
    }
}

extension CallInTests {
    /// A pack marks a decision taken as urgent with `urgent: yes`; it is read and written back.
    @Test func anUrgentDecisionIsMarkedInThePack() throws {
        let meeting = """
            ---
            type: meeting
            committee: cabinet
            date: 2026-12-08
            ---

            # Item 7: Emergency repairs to the civic centre roof
            call-in: subject
            urgent: yes
            """
        let read = try PackReader.read(SourceText(file: "meeting.md", text: meeting))
        #expect(read.items.first?.urgent == true)
        #expect(PackWriter.meeting(read).contains("call-in: subject\nurgent: yes"))
        #expect(throws: FormatError.self) {
            try PackReader.read(SourceText(file: "meeting.md", text: meeting.replacing("urgent: yes", with: "urgent: very")))
        }
    }
}
