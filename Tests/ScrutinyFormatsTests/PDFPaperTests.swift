import Foundation
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyFormats

/// PDF papers through pdftotext: each paragraph keeps the page of the PDF it starts on;
/// headings, numbered paragraphs and lists are read as on a council page; a page's running
/// number is left out; a scan, a damaged file and a locked one are each said plainly.
@Suite struct PDFPaperTests {
    let folder = TemporaryFolder()

    /// A three-page report as a council prints it: a heading, paragraphs wrapped over lines,
    /// one running over a page break, lettered recommendations, page numbers at the foot.
    static let report: [[String]?] = [
        ["Report of the Head of Customer Services",
         "",
         "1. Purpose of the report",
         "",
         "1.1 This report sets out how residents who do not use the",
         "internet will reach council services after the move online.",
         "",
         "1.2 The assisted digital offer is described in section 3 and",
         "costs £42,000 a year, which is met from the",
         "",
         "1"],
        ["existing customer services budget.",
         "",
         "2. Recommendations",
         "",
         "(a) That the Committee notes the assisted digital offer.",
         "(b) That the Committee asks for a telephone line to be kept.",
         "",
         "Page 2 of 3"],
        ["3. Assisted digital offer",
         "Residents who are digitally excluded will be offered help by",
         "telephone and at every library.",
         "",
         "Libraries will offer help with forms, and a café – the “Hub” – will host",
         "drop-in sessions twice a week.",
         "",
         "Page 3 of 3"],
    ]

    @Test func paragraphsKeepTheirPages() throws {
        let path = folder.file("report.pdf")
        PDFMaker.write(path, pages: Self.report)
        let paper = try PDFPaper(path: path)
        #expect(paper.pages == 3)
        let shown = paper.paragraphs.map { "\($0.page ?? 0) \($0.kind.rawValue) \($0.number.map(String.init) ?? "-") \($0.text)" }
        #expect(shown == [
            "1 heading - Report of the Head of Customer Services",
            "1 heading - 1. Purpose of the report",
            "1 text 1 1.1 This report sets out how residents who do not use the internet will reach council services after the move online.",
            "1 text 2 1.2 The assisted digital offer is described in section 3 and costs £42,000 a year, which is met from the existing customer services budget.",
            "2 heading - 2. Recommendations",
            "2 list 3 (a) That the Committee notes the assisted digital offer.",
            "2 list 4 (b) That the Committee asks for a telephone line to be kept.",
            "3 heading - 3. Assisted digital offer",
            "3 text 5 Residents who are digitally excluded will be offered help by telephone and at every library.",
            "3 text 6 Libraries will offer help with forms, and a café – the “Hub” – will host drop-in sessions twice a week.",
        ], "\(shown)")
        #expect(paper.paragraphs[6].citation == "p. 2, ¶4")
    }

    @Test func aScanWithoutTextIsSaidPlainly() throws {
        let path = folder.file("scan.pdf")
        PDFMaker.write(path, pages: [nil, nil])
        #expect {
            try PDFPaper(path: path, name: "scan.pdf")
        } throws: { error in
            "\(error)".contains("scan.pdf: the PDF's 2 pages hold no text, only images (a scan?)")
        }
    }

    @Test func aDamagedOrFalsePDFIsSaidPlainly() throws {
        let damaged = folder.file("damaged.pdf")
        FileManager.default.createFile(atPath: damaged, contents: Data("%PDF-1.4\nthis is not the rest of a PDF\n".utf8))
        #expect {
            try PDFPaper(path: damaged)
        } throws: { error in
            "\(error)".contains("not a PDF that can be read")
        }
        #expect(PDFText.isPDF(Array("%PDF-1.7\n".utf8)) && !PDFText.isPDF(Array("<html>".utf8)))
    }

    @Test func runningNumbersAndHeadingsAreToldFromText() {
        #expect(PDFPaper.isPageNumber("12") && PDFPaper.isPageNumber("Page 3 of 30") && PDFPaper.isPageNumber("- 4 -"))
        #expect(!PDFPaper.isPageNumber("12 members attended") && !PDFPaper.isPageNumber("Page"))
        #expect(PDFPaper.isHeading("Background") && PDFPaper.isHeading("4.2 Options considered"))
        #expect(!PDFPaper.isHeading("The report was noted.") && !PDFPaper.isHeading("(a) notes the report")
                && !PDFPaper.isHeading("2024") && !PDFPaper.isHeading("• Libraries"))
    }
}
