import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyFormats

/// The importer's rules for council page text, one page shape each. The fixtures are written
/// for these tests in the shapes councils publish.
@Suite struct ModernGovPageTests {
    func read(_ name: String, context: PageContext = PageContext()) throws -> PaperBundle {
        let text = PackageRoot.fixture("ScrutinyFormatsTests", name)
        return try ModernGovPageReader.read(SourceText(file: name, text: text), context: context, fallbackTitle: "fallback")
    }

    @Test func decisionRecordFieldsAndDecisions() throws {
        let bundle = try read("decision-record.txt")
        let item = try #require(bundle.items.first)
        #expect(item.title == "Library Wi-Fi Upgrade")
        #expect(item.reference == "CAB 25/26 0311")
        #expect(item.decisionMaker == "Cabinet")
        #expect(item.portfolio == "Cabinet Member for Resources")
        #expect(item.author == "Jo Pennant")
        #expect(item.callIn == .subject(expires: CalendarDate(year: 2025, month: 7, day: 10)))
        #expect(bundle.committees.map(\.name) == ["Cabinet"])
        #expect(bundle.committees.first?.kind == .executive)
        #expect(bundle.meetings.first?.start?.date == CalendarDate(year: 2025, month: 7, day: 2))
        #expect(bundle.resolutions.map(\.label) == ["(i)", "(ii)"])
        #expect(bundle.resolutions.first?.text == "To replace the public Wi-Fi in all eight libraries during 2025/26.")
        let document = try #require(bundle.documents.first)
        #expect(document.kind == .decision)
        let headings = document.paragraphs.filter { $0.kind == .heading }.map(\.text)
        #expect(headings.contains("REASONS FOR THE DECISION"))
        #expect(headings.contains("DETAILS OF ANY ALTERNATIVE OPTIONS"))
        #expect(headings.contains("CONFLICTS OF INTEREST"))
        // A wrapped line joins its paragraph.
        #expect(document.paragraphs.contains { $0.text.hasSuffix("report frequent dropped connections.") && $0.text.hasPrefix("The present") })
    }

    /// The record's call-in lines: left empty, the decision is subject to call-in; a date after
    /// "Date of Call-in" says it was called in.
    @Test func aDecisionRecordWithItsCallInDateFilledIn() throws {
        let text = PackageRoot.fixture("ScrutinyFormatsTests", "decision-record.txt")
        let empty = text + "Date of Call-in (if applicable) (this suspends implementation)\t\t\nCall-in heard by (if applicable)\n"
        let read = { (text: String) in try ModernGovPageReader.read(SourceText(file: "record.txt", text: text), context: PageContext(), fallbackTitle: "x") }
        #expect(try read(empty).items.first?.callIn == .subject(expires: CalendarDate(year: 2025, month: 7, day: 10)))
        let filled = text + "Date of Call-in (if applicable) (this suspends implementation)\t08/07/2025\t\nCall-in heard by (if applicable)\n"
        #expect(try read(filled).items.first?.callIn == .calledIn)
    }

    @Test func decisionDetailsQuestionsResponsesAndUnanimousResolution() throws {
        let bundle = try read("decision-details.txt")
        let item = try #require(bundle.items.first)
        #expect(item.title == "Online Bin Collection Service")
        #expect(item.keyDecision)
        #expect(item.callIn == .none)
        #expect(item.decisionStatus == "Recommendations Approved")
        #expect(item.purpose == "Whether to move requests for bulky waste collections to an online booking service.")
        #expect(item.decisionDate == CalendarDate(year: 2019, month: 3, day: 4))
        #expect(bundle.body?.name == "Westbury District Council")
        #expect(bundle.committees.first?.name == "Scrutiny Committee")
        #expect(bundle.documents.first?.published == CalendarDate(year: 2019, month: 3, day: 14))
        #expect(bundle.questions.map(\.text) == [
            "Asked how residents without a bank card would pay.",
            "Expressed concern about digital exclusion of older residents.",
            "Asked whether the telephone booking line would remain.",
        ])
        #expect(bundle.questions.allSatisfy { $0.speaker == "The Committee" })
        #expect(bundle.responses.map(\.speaker) == ["Head of Waste Services", "Head of Waste Services", "Chief Executive"])
        #expect(bundle.responses.map(\.position) == [1, 2, 3])
        #expect(bundle.resolutions.count == 2)
        #expect(bundle.resolutions[0].label == "i.")
        #expect(bundle.resolutions[0].outcome == .approved)
        #expect(bundle.resolutions[1].unanimous)
        #expect(bundle.resolutions[1].text == "To endorse the recommendations.")
        // Site furniture before the page title is not part of the document.
        #expect(!bundle.documents[0].paragraphs.contains { $0.text.contains("Home >") || $0.text == "Westbury District Council" })
    }

    @Test func minutesResolvedListWinsOverDecisionSummary() throws {
        let bundle = try read("agenda-item-resolved.txt")
        #expect(bundle.items.first?.title == "Housing Repairs Portal")
        #expect(bundle.documents.first?.kind == .minutes)
        #expect(bundle.resolutions.map(\.label) == ["(a)", "(b)"])
        #expect(bundle.resolutions.map(\.outcome) == [.noted, .approved])
        #expect(bundle.resolutions[0].text == "That the progress made on the housing repairs portal be noted")
        // Supporting documents are a list of attachments, not text.
        #expect(!bundle.documents[0].paragraphs.contains { $0.text.contains("PDF 210 KB") })
        #expect(bundle.meetings.first?.start == nil)
        #expect(bundle.committees.first?.name == "Imported papers")
    }

    @Test func bulletMinutesResponsesAndSingleResolution() throws {
        let bundle = try read("agenda-item-bullets.txt", context: PageContext(committee: "Customer Scrutiny Panel"))
        #expect(bundle.committees.first?.name == "Customer Scrutiny Panel")
        #expect(bundle.responses.map(\.text) == [
            "Residents could still visit the council offices without an appointment.",
            "Staff had been trained to spot callers who might be vulnerable.",
        ])
        #expect(bundle.responses.allSatisfy { $0.speaker == "Head of Customer Contact" })
        #expect(bundle.questions.map(\.speaker) == ["Members"])
        #expect(bundle.questions.first?.text == "Members also requested that waiting times be reported by channel.")
        #expect(bundle.resolutions.count == 1)
        #expect(bundle.resolutions.first?.label == "")
        #expect(bundle.resolutions.first?.outcome == .noted)
        let list = bundle.documents[0].paragraphs.filter { $0.kind == .list }
        #expect(list.count == 4)
    }

    @Test func reportWrappedLinesAndPageBreaks() throws {
        let bundle = try read("report.txt", context: PageContext(committee: "Cabinet", date: CalendarDate(year: 2025, month: 1, day: 14), title: "Data Protection Policy"))
        #expect(bundle.items.first?.title == "Data Protection Policy")
        #expect(bundle.items.first?.id == "cabinet-2025-01-14-data-protection-policy")
        #expect(bundle.meetings.first?.status == .scheduled)
        let document = try #require(bundle.documents.first)
        #expect(document.kind == .report)
        let texts = document.paragraphs.map(\.text)
        #expect(texts.contains("That Cabinet approve a new Data Protection Policy to replace the policy adopted in 2016."))
        #expect(texts.contains("2. The new policy sets out how the council records what personal data it holds and why, and how residents can see it."))
        #expect(bundle.resolutions.isEmpty)
        // Numbers for citation skip headings.
        #expect(document.paragraphs.compactMap(\.number) == Array(1...document.paragraphs.filter { $0.kind != .heading }.count))
    }

    @Test func unknownTextIsRefusedWithTheFileName() throws {
        let error = #expect(throws: FormatError.self) {
            try PaperReader.parse(name: "notes.txt", bytes: Array("Shopping list\nMilk\nBread\n".utf8))
        }
        #expect(error?.description.hasPrefix("notes.txt: not a format Scrutiny reads") == true)
    }

    @Test func nulCharactersNameTheLine() throws {
        let nul = #expect(throws: FormatError.self) { try PaperReader.parse(name: "nul.txt", bytes: Array("a\nb\u{0}c".utf8)) }
        #expect(nul?.line == 2)
    }

    @Test func emptyFileIsRefused() {
        #expect(throws: FormatError.self) { try PaperReader.parse(name: "empty.txt", bytes: Array(" \n\n".utf8)) }
    }

    @Test func oddSpacesAndLineEndingsAreTidied() {
        let source = SourceText(file: "x", text: "\u{FEFF}One\u{00A0}two\u{200B}\r\nthree  \rfour")
        #expect(source.lines.map(\.text) == ["One two", "three", "four"])
    }
}
