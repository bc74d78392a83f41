import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyFormats

/// Modern.gov pages saved from a browser as HTML, written for these tests element for element
/// in the markup the product prints (div#modgov, h2.mgSubTitleTxt, p > span.mgLabel,
/// h3.mgSubSubTitleTxt, div.mgWordPara, ul.mgBulletList, span.mgFileSize), inside a council's
/// own site template.
@Suite struct ModernGovHTMLTests {
    func parse(_ name: String, context: PageContext = PageContext()) throws -> ParsedFile {
        let text = PackageRoot.fixture("ScrutinyFormatsTests", "moderngov-html/\(name)")
        return try PaperReader.parse(name: name, bytes: Array(text.utf8), context: context)
    }

    @Test func aSavedDecisionDetailsPageIsReadFromItsMarkup() throws {
        let parsed = try parse("decision-details-saved.html")
        #expect(parsed.format == .modernGovHTML)
        let bundle = parsed.bundle
        // "Decided at meeting: 19/11/2025 - Cabinet" places it.
        #expect(bundle.meetings.map(\.id) == ["cabinet-2025-11-19"])
        #expect(parsed.notes.isEmpty)
        let item = try #require(bundle.items.first)
        #expect(item.title == "Library opening hours: the outcome of consultation")
        #expect(item.decisionMaker == "Cabinet")
        #expect(item.decisionStatus == "Recommendations Approved")
        #expect(item.keyDecision)
        #expect(item.callIn == .subject(expires: CalendarDate(year: 2025, month: 11, day: 27)))
        #expect(item.purpose == "To decide the opening hours of the borough’s libraries after the summer consultation.")
        // Word's markup is read as a browser shows it: one paragraph per <p>, lines within joined.
        #expect(bundle.resolutions.map(\.label) == ["(a)", "(b)"])
        #expect(bundle.resolutions[0].text == "agrees Saturday opening at the four largest libraries from April")
        let decision = try #require(bundle.documents.first { $0.kind == .decision })
        #expect(decision.published == CalendarDate(year: 2025, month: 11, day: 20))
        #expect(decision.paragraphs.contains { $0.text == "Keeping the present hours was considered and rejected." })
        // Nothing of the site template, the action links, the footer or the file sizes.
        let text = decision.paragraphs.map(\.text).joined(separator: "\n")
        for furniture in ["Councillors", "Find out more", "Cookies", "PDF 412 KB", "siteSearch", "ModernGov.Settings"] {
            #expect(!text.contains(furniture), "\(furniture)")
        }
        // The listed documents, with their addresses.
        let listed = bundle.documents.filter { $0.paragraphs.isEmpty }
        #expect(listed.map(\.title) == ["Library opening hours report", "Appendix A - Consultation responses"])
        #expect(listed.map(\.kind) == [.report, .appendix])
        #expect(listed.map(\.source) == ["documents/s51020/Library opening hours report.pdf", "mgConvert2PDF.aspx?ID=51021&ISATT=1"])
    }

    @Test func theSamePageCopiedAsTextGivesTheSameDecision() throws {
        let html = try parse("decision-details-saved.html").bundle
        let (lines, _) = ModernGovHTML.read(PackageRoot.fixture("ScrutinyFormatsTests", "moderngov-html/decision-details-saved.html"))
        let text = try PaperReader.parse(name: "copied.txt", bytes: Array(lines.joined(separator: "\n").utf8)).bundle
        #expect(text.items.map(\.title) == html.items.map(\.title))
        #expect(text.resolutions.map(\.text) == html.resolutions.map(\.text))
    }

    @Test func anExemptAgendaItemPageStaysExemptAndSaysWhereItWasFiled() throws {
        let parsed = try parse("agenda-item-exempt.html")
        let item = try #require(parsed.bundle.items.first)
        #expect(item.isExempt && item.exemptParagraphs == [3])
        #expect(parsed.notes == ["the page names no committee or date: it is filed under meeting imported-papers-undated, with any other page that names none; give --committee NAME and --date YYYY-MM-DD to place it"])
        let placed = try parse("agenda-item-exempt.html", context: PageContext(committee: "Cabinet", date: CalendarDate(year: 2026, month: 3, day: 4)))
        #expect(placed.notes.isEmpty)
    }

    @Test func anHTMLPageOfAnotherKindIsRefusedByName() {
        let error = #expect(throws: FormatError.self) {
            try PaperReader.parse(name: "news.html", bytes: Array("<html><body><h1>Council news</h1><p>Bins are collected on Friday.</p></body></html>".utf8))
        }
        #expect(error?.description.hasPrefix("news.html: an HTML page, but not a Modern.gov page Scrutiny reads") == true)
    }

    @Test func aMeetingsAgendaAndMinutesPageIsReadItemByItem() throws {
        let parsed = try parse("agenda-and-minutes.html", context: PageContext(today: CalendarDate(year: 2026, month: 1, day: 1)))
        let bundle = parsed.bundle
        let meeting = try #require(bundle.meetings.first)
        #expect(bundle.meetings.count == 1)
        #expect(meeting.id == "overview-and-scrutiny-committee-2025-10-14")
        #expect(meeting.start?.iso == "2025-10-14 18:30")
        #expect(meeting.location == "Council Chamber, Civic Offices")
        #expect(meeting.status == .held)
        #expect(bundle.items.map(\.number) == ["1", "2", "3", "4", "5", ""])
        #expect(bundle.items.map(\.title) == ["Apologies for absence", "Declarations of interest", "Minutes", "Cost of living support",
                                              "Purchase of land at Orchard Way", "Meeting papers"])
        let support = bundle.items[3]
        #expect(support.id == "overview-and-scrutiny-committee-2025-10-14-item-4")
        #expect(support.purpose == "To review the council’s support for households facing hardship.")
        let papers = bundle.documents.filter { $0.itemID == support.id && $0.paragraphs.isEmpty }
        #expect(papers.map(\.kind) == [.appendix, .report])
        #expect(papers.map(\.source) == ["documents/s61012/Appendix A - Take-up by ward.pdf", "documents/s61011/Cost of living support.pdf"])
        #expect(bundle.resolutions.filter { $0.itemID == support.id }.map(\.label) == ["(a)", "(b)"])
        #expect(bundle.resolutions.filter { $0.itemID == support.id }.allSatisfy { $0.unanimous })
        #expect(bundle.declarations.map(\.person) == ["Cllr Omar Hale"])
        // Declared under item 2 "in item 4": it is on item 4.
        #expect(bundle.declarations.map(\.itemID) == [support.id])
        #expect(bundle.items[4].isExempt && bundle.items[4].exemptParagraphs == [3])
        #expect(bundle.documents.first { $0.itemID == bundle.items[5].id }?.source == "documents/g5120/Printed minutes 14th-Oct-2025.pdf")
        // No action links, footers or file sizes in the text.
        let text = bundle.documents.flatMap(\.paragraphs).map(\.text).joined(separator: "\n")
        #expect(!text.contains("View the background") && !text.contains("PDF 320 KB") && !text.contains("Attendance details"))
    }
}
