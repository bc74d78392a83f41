import Foundation
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyFormats

/// Council pages in the shapes many councils publish (Fixtures/corpus, written for these tests),
/// each with the structure the importer must recognise in it (Fixtures/corpus-outlines, as
/// `scrutiny import --dry-run` prints it). SNAPSHOT_RECORD=1 rewrites the outlines.
@Suite struct ImporterCorpusTests {
    static let corpus = PackageRoot.fixturePath("ScrutinyFormatsTests", "corpus")
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()

    func read(_ name: String) throws -> PaperBundle {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(Self.corpus)/\(name)")))
        return try PaperReader.parse(name: name, bytes: bytes).bundle
    }

    @Test func theCorpusCoversEveryShape() {
        #expect(Self.names.count >= 8)
    }

    @Test(arguments: names) func eachPageIsReadAsExpected(_ name: String) throws {
        let outline = try read(name).outline.joined(separator: "\n")
        let folder = PackageRoot.fixturePath("ScrutinyFormatsTests", "corpus-outlines")
        if let mismatch = Snapshot.mismatch(outline, named: String(name.dropLast(4)), in: folder) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test func numberedMinuteParagraphsAreProseNotLists() throws {
        let bundle = try read("numbered-minute-paragraphs.txt")
        let paragraphs = try #require(bundle.documents.first).paragraphs
        #expect(paragraphs.first { $0.text.hasPrefix("8.2 ") }?.kind == .text)
        #expect(bundle.resolutions.map(\.label) == ["(1)", "(2)", "(3)"])
        #expect(bundle.resolutions.last?.text == "recommends that Cabinet reviews the temporary accommodation budget.")
    }

    @Test func questionAndResponseTurnsAreLinked() throws {
        let bundle = try read("members-questions.txt")
        #expect(bundle.questions.map(\.speaker) == ["Councillor Ellis", "Councillor Ellis"])
        #expect(bundle.questions.last?.text == "Will the Cabinet Member publish the figures by ward?")
        #expect(bundle.responses.map(\.answers) == [[bundle.questions[0].id], [bundle.questions[1].id]])
        #expect(bundle.responses.map(\.speaker) == ["Cabinet Member for Environment", "Cabinet Member for Environment"])
    }

    @Test func tablesAndOddSpacesAreTidied() throws {
        let bundle = try read("table-and-supporting-documents.txt")
        let texts = try #require(bundle.documents.first).paragraphs.map(\.text)
        #expect(texts.contains("Authorised limit | £210m | £164m"))
        #expect(!texts.contains { $0.contains("PDF 402 KB") })
        let spaced = try read("nbsp-crlf-stray-blank-lines.txt")
        #expect(spaced.items.first?.title == "Community Safety Partnership Plan")
        #expect(spaced.responses.first?.text == "The partnership meets every quarter.")
    }
}
