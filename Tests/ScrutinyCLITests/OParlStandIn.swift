import Foundation
import TestSupport

extension StandInCouncil {
    /// A stand-in OParl server answering from Fixtures/oparl-server, its one PDF paper (the
    /// digital inclusion report, files/510/report.pdf) of these pages.
    static func oparl(in folder: TemporaryFolder, report pages: [[String]?]) throws -> StandInCouncil {
        let council = try StandInCouncil(folder: folder.file("council"))
        let fixtures = PackageRoot.fixturePath("ScrutinyCLITests", "oparl-server")
        for name in try FileManager.default.subpathsOfDirectory(atPath: fixtures) where name.hasSuffix(".json") {
            council.write(name, try Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name)))
        }
        council.write("files/510/report.pdf", Data(PDFMaker.make(pages: pages)))
        return council
    }

    /// The fixture's list of papers, its one paper modified far ahead of any sync.
    static var oparlPapersModified: String {
        PackageRoot.fixture("ScrutinyCLITests", "oparl-server/oparl/bodies/1/papers.json")
            .replacing("\"modified\": \"2026-09-08T10:00:00+01:00\",\n      \"deleted\"", with: "\"modified\": \"2099-01-01T00:00:00+00:00\",\n      \"deleted\"")
    }
}
