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

    @Test func declarationsNamedVotesAndAnswersToSeveralQuestions() throws {
        let bundle = try read("minutes-votes-declarations.txt")
        let item = try #require(bundle.items.first)
        #expect(bundle.declarations.map(\.person) == ["Cllr Priya Shah", "Cllr Tom Baker"])
        #expect(bundle.declarations.map(\.kind) == [.otherRegistrable, .disclosablePecuniary])
        #expect(bundle.declarations.map(\.action) == [.remained, .leftRoom])
        #expect(bundle.declarations.map(\.itemID) == [item.id, item.id])
        #expect(bundle.declarations[0].detail == "a trustee of the Canal Street Community Trust")
        let resolution = try #require(bundle.resolutions.first)
        #expect(resolution.votes == VoteTally(for: 5, against: 4, abstain: 1))
        #expect(resolution.namedVotes.filter { $0.vote == .against }.map(\.person) == ["Cllr Gill", "Cllr Hart", "Cllr Iqbal", "Cllr Jones"])
        #expect(resolution.namedVotes.last == NamedVote(person: "Cllr King", vote: .abstain))
        // Points members raised are theirs; the Chair is a member, not an officer answering.
        #expect(bundle.questions.prefix(3).map(\.speaker) == ["Members", "Members", "Chair"])
        #expect(bundle.responses.map(\.speaker) == ["Head of Property"])
        // "Response to questions 1 and 3" answers the questions printed 1 and 3.
        let asked = bundle.questions.filter { $0.speaker?.hasPrefix("Cllr") == true }
        #expect(bundle.responses.first?.answers == [asked[0].id, asked[2].id])
        #expect(item.callIn == .subject(expires: CalendarDate(year: 2025, month: 11, day: 17)))
        // "12.1" on its own line is the number of the paragraph under it.
        #expect(bundle.documents.first?.paragraphs.contains { $0.text.hasPrefix("12.1 The Head of Property presented") } == true)
    }

    @Test func anExemptAppendixLeavesTheItemPublicAndTheAppendixExempt() throws {
        let bundle = try read("prose-vote-exempt-appendix.txt")
        #expect(bundle.items.first?.isExempt == false)
        #expect(bundle.documents.filter(\.exempt).map(\.title) == ["Appendix B - Valuation (exempt)"])
    }
}
