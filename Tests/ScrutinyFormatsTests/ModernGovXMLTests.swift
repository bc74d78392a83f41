import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyFormats

/// Modern.gov web-service answers (GetMeeting, GetMeetings, GetCommittees), written for these
/// tests element for element in the shapes councils' servers send (see docs/formats.md).
@Suite struct ModernGovXMLTests {
    func parse(_ name: String, context: PageContext = PageContext()) throws -> ParsedFile {
        let text = PackageRoot.fixture("ScrutinyFormatsTests", "moderngov-xml/\(name)")
        return try PaperReader.parse(name: name, bytes: Array(text.utf8), context: context)
    }

    func read(_ name: String, context: PageContext = PageContext()) throws -> PaperBundle {
        try parse(name, context: context).bundle
    }

    @Test func aMeetingWithItemsMinutesDocumentsAndAttendees() throws {
        let parsed = try parse("get-meeting.xml")
        let bundle = parsed.bundle
        let meeting = try #require(bundle.meetings.first)
        // The committee is named by the items' <refertocommittee>: GetMeeting has no title of its own.
        #expect(meeting.id == "communities-scrutiny-committee-2027-01-14")
        #expect(meeting.start?.iso == "2027-01-14 18:30")
        #expect(meeting.location == "Committee Room 2, Town Hall")
        #expect(meeting.status == .held)
        #expect(bundle.committees.map(\.kind) == [.scrutiny])
        // Printed numbers, not the internal order in <agendaitemnumber>.
        #expect(bundle.items.map(\.number) == ["1", "5", "6", "7"])
        #expect(bundle.items.map(\.position) == [1, 2, 3, 4])
        // Entities encoded twice are undone.
        #expect(bundle.items[1].title == "Community Centres & Hubs Review")
        #expect(bundle.items[1].purpose == "To consider the review of community centres and hubs across the borough.")
        #expect(bundle.documents.map(\.title).contains("Appendix B - Fees & Charges"))
        #expect(bundle.items[2].exemptParagraphs == [3])
        #expect(bundle.items[2].callIn == .subject(expires: nil))
        #expect(bundle.items[2].decisionDate == nil)
        #expect(!bundle.items[1].isExempt)
        // Minutes (escaped Word HTML) read as the agenda-item page reads them, under the minute's number.
        let minutes = try #require(bundle.documents.first { $0.kind == .minutes && $0.itemID.hasSuffix("item-5") })
        #expect(minutes.title == "Minute 45: Community Centres & Hubs Review")
        #expect(minutes.paragraphs.map(\.text).contains("The Committee considered the review of community centres and hubs."))
        // The same resolutions under the decision and the minutes count once.
        #expect(bundle.resolutions.filter { $0.itemID.hasSuffix("item-5") }.map(\.label) == ["(a)", "(b)"])
        #expect(bundle.resolutions.filter { $0.itemID.hasSuffix("item-5") }.map(\.outcome) == [.noted, .agreed])
        #expect(bundle.questions.first?.text.hasPrefix("Members requested that the review") == true)
        #expect(bundle.resolutions.first { $0.itemID.hasSuffix("item-6") }?.text.hasPrefix("That the lease be granted") == true)
        // Linked documents are known by title and address; restricted ones are exempt.
        let report = try #require(bundle.documents.first { $0.title == "Report of the Director of Communities" })
        #expect(report.kind == .report)
        #expect(report.source == "https://papers.example.gov.uk/mgConvert2PDF.aspx?ID=9001")
        #expect(report.published == CalendarDate(year: 2027, month: 1, day: 6))
        #expect(bundle.documents.first { $0.title == "Lease terms" }?.exempt == true)
        // A restricted item that does not name its paragraph is exempt, "paragraph not stated", with every paper.
        let staffing = bundle.items[3]
        #expect(staffing.isExempt && staffing.exemptParagraphs.isEmpty)
        #expect(staffing.exemptParagraphsText == "paragraph not stated")
        #expect(bundle.documents.filter { $0.itemID == staffing.id }.allSatisfy { $0.exempt })
        // Attendees are attributes; officers are people with their post, not attendance.
        #expect(bundle.attendance.map(\.person) == ["Cllr Bea Okafor", "Cllr Imran Qureshi", "Cllr Tess Murray"])
        #expect(bundle.attendance.map(\.status) == [.present, .apologies, .present])
        #expect(bundle.people.first { $0.name == "Owen Price" } == Person(id: "owen-price", name: "Owen Price", role: .officer, title: "Head of Community Services"))
        #expect(bundle.memberships.first { $0.personID == "cllr-bea-okafor" }?.role == "Chair")
        let chair = bundle.people.first { $0.id == "cllr-bea-okafor" }
        #expect(chair?.party == "IND" && chair?.ward == "Riverside" && chair?.title == "Chair of Communities Scrutiny Committee")
        // A substitute has no seat of their own.
        #expect(!bundle.memberships.contains { $0.personID == "cllr-tess-murray" })
        // What the answer holds that is not kept is said.
        #expect(parsed.notes == ["item 5: 1 declaration of interest counted, but the answer does not say who declared what"])
    }

    @Test func meetingsInsideTheirCommitteeAndCommitteesLists() throws {
        let meetings = try read("get-meetings.xml")
        #expect(meetings.meetings.map(\.id) == ["communities-scrutiny-committee-2026-11-12", "communities-scrutiny-committee-2026-12-10",
                                                "communities-scrutiny-committee-2027-01-14"])
        #expect(meetings.meetings.map(\.status) == [.scheduled, .cancelled, .scheduled])
        #expect(meetings.meetings.map { $0.start?.clock } == ["18:30", "18:30", "18:30"])
        // Once their day has passed, meetings not cancelled were held.
        let later = try read("get-meetings.xml", context: PageContext(today: CalendarDate(year: 2027, month: 2, day: 1)))
        #expect(later.meetings.map(\.status) == [.held, .cancelled, .held])
        let committees = try read("get-committees.xml")
        // A deleted committee is left out; an expired one keeps its papers.
        #expect(committees.committees.map(\.id) == ["cabinet", "communities-scrutiny-committee", "licensing-committee"])
        #expect(committees.committees.map(\.kind) == [.executive, .scrutiny, .regulatory])
    }

    @Test func aSOAPEnvelopeIsReadAsTheAnswerInside() throws {
        let inner = PackageRoot.fixture("ScrutinyFormatsTests", "moderngov-xml/get-meetings.xml")
            .replacing("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", with: "")
        let soap = """
            <?xml version="1.0" encoding="utf-8"?>
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
            <GetMeetingsResponse xmlns="http://moderngov.co.uk/namespaces"><GetMeetingsResult>\(inner)</GetMeetingsResult></GetMeetingsResponse>
            </soap:Body></soap:Envelope>
            """
        let bundle = try PaperReader.parse(name: "soap.xml", bytes: Array(soap.utf8)).bundle
        #expect(bundle.meetings.count == 3)
    }

    @Test func aForcedCommitteeKeepsTheMinutesAgendaTextAndAttendees() throws {
        let forced = try read("get-meeting.xml", context: PageContext(committee: "Communities Scrutiny Committee"))
        let plain = try read("get-meeting.xml")
        #expect(forced == plain)
    }

    @Test func badAnswersSayWhatIsWrong() throws {
        func error(_ text: String, context: PageContext = PageContext()) -> String {
            do {
                _ = try PaperReader.parse(name: "m.xml", bytes: Array(text.utf8), context: context)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(error("<meeting><meetingdate>14/01/2027</meetingdate>\n<agendaitems><agendaitem>") == "m.xml:2: the XML ends before <agendaitem> is closed")
        #expect(error("<meeting><committeetitle>A &bogus; B</committeetitle></meeting>").hasPrefix("m.xml:1: the XML cannot be read"))
        #expect(error("<meeting><meetingdate>14/01/2027</meetingdate></meeting>") == "m.xml:1: the meeting does not name its committee: give --committee NAME")
        #expect(error("<meeting><meetingdate>14/01/2027</meetingdate></meeting>", context: PageContext(committee: "Cabinet")) == "no error")
        #expect(error("<meeting><committeetitle>Cabinet</committeetitle><meetingdate>31/02/2027</meetingdate></meeting>")
                == "m.xml:1: the meeting date is written dd/mm/yyyy, not \"31/02/2027\"")
        #expect(error("<committees><committeescount> 0</committeescount></committees>") == "m.xml:1: the answer holds no <meeting> or <committee>")
        let deep = String(repeating: "<meeting>", count: 100)
        #expect(error(deep).contains("nested more than 64 deep"))
    }

    @Test func htmlIsReducedToLines() {
        let lines = HTMLText.lines("<p>One&nbsp;two</p><ul><li>a</li><li>b &amp;amp; c</li></ul><script>x()</script><table><tr><td>A</td><td>B</td></tr></table>")
        #expect(lines.contains("One two"))
        #expect(lines.contains("• a"))
        #expect(lines.contains("• b & c"))
        #expect(lines.contains("A\tB"))
        #expect(!lines.joined().contains("x()"))
        #expect(ModernGovXMLReader.clockMinutes("6.30 pm") == 18 * 60 + 30)
        #expect(ModernGovXMLReader.clockMinutes("12 noon") == nil)
        #expect(ModernGovXMLReader.clockMinutes("10am") == 600)
        #expect(Schedule12A.paragraphs(in: "Paragraphs 1 and 2 of Part 1 of Schedule 12A") == [1, 2])
    }
}
