import Foundation
import Testing
import TestSupport

/// `scrutiny import report.pdf`: a PDF paper becomes a document whose paragraphs keep the page
/// of the PDF they are on; search names the page; a report's own fields place it; a scan or a
/// PDF that says nothing of its meeting is refused plainly with the store as it was.
@Suite(.serialized) struct ImportPDFTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: String..., status: Int32 = 0) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = "2026-12-02"
        let result = try CommandRunner.scrutiny(arguments + ["--store", store], environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stdout) \(result.stderr)")
        return result
    }

    /// A report over two pages, the second paragraph running over the page break.
    static let assistedDigital: [[String]?] = [
        ["Assisted digital support",
         "",
         "1. Purpose",
         "The report sets out how residents without the internet will reach services.",
         "Library staff will help with forms; the budget of £42,000 a year is met from the",
         "",
         "Page 1 of 2"],
        ["existing customer services budget.",
         "2. Recommendation",
         "That the Committee asks for a telephone booking line to be kept.",
         "",
         "Page 2 of 2"],
    ]

    @Test func aPDFKeepsItsPagesThroughSearch() throws {
        let pdf = folder.file("assisted-digital.pdf")
        PDFMaker.write(pdf, pages: Self.assistedDigital)
        _ = try scrutiny("import", folder.file("nothing-yet"), status: 1)

        // Nothing in its text says which meeting: refused, naming what to give.
        let refused = try scrutiny("import", pdf, status: 1)
        #expect(refused.stderr.contains("a PDF whose text does not say which committee and meeting it is for"), "\(refused.stderr)")
        #expect((try scrutiny("meetings", "--json").json() as? [Any])?.isEmpty == true)

        let added = try scrutiny("import", pdf, "--committee", "Communities Scrutiny Committee", "--date", "2026-11-12")
        #expect(added.stdout.contains("added: \(pdf) [pdf]") && added.stdout.contains("note: 2 pages of PDF"), "\(added.stdout)")
        #expect(try scrutiny("import", pdf, "--committee", "Communities Scrutiny Committee", "--date", "2026-11-12")
            .stdout.contains("unchanged"))

        let hits = try #require(try scrutiny("search", "telephone booking", "--json").json() as? [[String: Any]])
        #expect(hits.count == 1 && hits.first?["page"] as? Int == 2 && hits.first?["paragraph"] as? Int == 3, "\(hits)")
        #expect(try scrutiny("search", "budget").stdout.contains("p. 1, ¶2"))
        let item = try #require(hits.first?["item_id"] as? String)
        let shown = try scrutiny("show", "item", item, "--json").stdout
        #expect(shown.contains("\"page\" : 2") || shown.contains("\"page\":2"), "\(shown)")
    }

    @Test func aReportPlacedByItsOwnFields() throws {
        let pdf = folder.file("data-protection.pdf")
        let lines = PackageRoot.fixture("ScrutinyFormatsTests", "report.txt").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        PDFMaker.write(pdf, pages: [Array(lines.prefix(6)), Array(lines.dropFirst(6))])
        let added = try scrutiny("import", pdf, "--committee", "Cabinet", "--date", "2026-10-20", "--title", "Data Protection Policy")
        #expect(added.stdout.contains("[pdf]"), "\(added.stdout)")
        let hits = try #require(try scrutiny("search", "training", "--json").json() as? [[String: Any]])
        #expect(hits.first?["page"] as? Int == 2 && (hits.first?["item_title"] as? String) == "Data Protection Policy", "\(hits)")
    }

    @Test func aScanIsRefusedAndTheStoreKeptAsItWas() throws {
        let scan = folder.file("scanned-minutes.pdf")
        PDFMaker.write(scan, pages: [nil, nil, nil])
        let refused = try scrutiny("import", scan, "--committee", "Cabinet", "--date", "2026-10-20", status: 1)
        #expect(refused.stderr.contains("the PDF's 3 pages hold no text, only images (a scan?)"), "\(refused.stderr)")
        let damaged = folder.file("cut-short.pdf")
        let whole = PDFMaker.make(pages: Self.assistedDigital)
        FileManager.default.createFile(atPath: damaged, contents: Data(whole.prefix(40)))
        #expect(try scrutiny("import", damaged, "--committee", "Cabinet", "--date", "2026-10-20", status: 1).stderr.contains("cut-short.pdf"))
        #expect((try scrutiny("meetings", "--json").json() as? [Any])?.isEmpty == true)
    }
}
