import Foundation
import ScrutinyFormats
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyStore

@Suite struct ImportTests {
    let folder = TemporaryFolder()

    @Test func reimportingUnchangedContentChangesNothing() throws {
        let store = try StoreFixtures.store(folder)
        let bundle = StoreFixtures.meetingBundle(items: [("1", "Budget"), ("2", "Libraries")])
        #expect(try store.importBundle(bundle, name: "a.md", format: "pack", checksum: "c1") == .added(bundle.summary))
        let before = try store.health().counts.map(\.rows)
        #expect(try store.importBundle(bundle, name: "a.md", format: "pack", checksum: "c1") == .unchanged)
        // The same bytes under another name are the same paper.
        #expect(try store.importBundle(bundle, name: "copy-of-a.md", format: "pack", checksum: "c1") == .unchanged)
        #expect(try store.health().counts.map(\.rows) == before)
    }

    @Test func aChangedFileReplacesWhatItBroughtAndItsSearchEntries() throws {
        let store = try StoreFixtures.store(folder)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget"), ("2", "Libraries")],
                                                               paragraphs: ["Wombats in the library."]),
                                   name: "a.md", format: "pack", checksum: "c1")
        #expect(try store.search("wombats").count == 2)
        let changed = StoreFixtures.meetingBundle(items: [("1", "Budget")], paragraphs: ["Otters in the library."])
        #expect(try store.importBundle(changed, name: "a.md", format: "pack", checksum: "c2") == .replaced(changed.summary))
        #expect(try store.meeting(id: "cabinet-2026-06-23").items.map(\.item.title) == ["Budget"])
        #expect(try store.search("wombats").isEmpty)
        #expect(try store.search("otters").count == 1)
        #expect(try store.scalar("SELECT count(*) FROM search") == store.scalar("SELECT count(*) FROM search_entry"))
    }

    /// A file whose last row breaks a constraint leaves no trace: not its first rows, not its source.
    @Test func aFileGoesInWholeOrNotAtAll() throws {
        let store = try StoreFixtures.store(folder)
        var bundle = StoreFixtures.meetingBundle(items: [("1", "Budget"), ("2", "Libraries")])
        bundle.items[1].exemptParagraphs = [9]
        let before = try store.health().counts.map(\.rows)
        #expect(throws: StoreError.self) {
            try store.importBundle(bundle, name: "bad.md", format: "pack", checksum: "c1")
        }
        #expect(try store.health().counts.map(\.rows) == before)
        #expect(try store.search("budget").isEmpty)
    }

    @Test func anItemFromAnotherFileIsNotOverwritten() throws {
        let store = try StoreFixtures.store(folder)
        let bundle = StoreFixtures.meetingBundle(items: [("1", "Budget")])
        _ = try store.importBundle(bundle, name: "a.md", format: "pack", checksum: "c1")
        var other = bundle
        other.documents[0].paragraphs = Paragraph.numbered([(.text, "Different text.")])
        let error = #expect(throws: StoreError.self) {
            try store.importBundle(other, name: "b.md", format: "pack", checksum: "c2")
        }
        #expect(error?.description == "item \"cabinet-2026-06-23-item-1\" (Budget) is already in the store from a.md")
    }

    @Test func pagesWithoutANumberAreAppendedToTheirMeeting() throws {
        let store = try StoreFixtures.store(folder)
        var first = StoreFixtures.meetingBundle(items: [("x", "First page")])
        var second = StoreFixtures.meetingBundle(items: [("y", "Second page")])
        first.items[0].number = ""
        second.items[0].number = ""
        _ = try store.importBundle(first, name: "1.txt", format: "page", checksum: "1")
        _ = try store.importBundle(second, name: "2.txt", format: "page", checksum: "2")
        #expect(try store.meeting(id: "cabinet-2026-06-23").items.map(\.item.position) == [1, 2])
    }

    /// The sample papers load, and what they hold comes back out whole.
    @Test func samplePapersRoundTrip() throws {
        let store = try StoreFixtures.store(folder)
        let files = try FileManager.default.subpathsOfDirectory(atPath: PackageRoot.samples)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted { a, _ in a == "council.md" }
        var bundles: [PaperBundle] = []
        for file in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: "\(PackageRoot.samples)/\(file)")!)
            let parsed = try PaperReader.parse(name: file, bytes: bytes)
            _ = try store.importBundle(parsed.bundle, name: file, format: "pack", checksum: parsed.checksum)
            bundles.append(parsed.bundle)
        }
        for bundle in bundles {
            for item in bundle.items {
                let detail = try store.item(id: item.id)
                #expect(detail.item == item)
                #expect(detail.documents == bundle.documents.filter { $0.itemID == item.id })
                #expect(detail.questions == bundle.questions.filter { $0.itemID == item.id })
                #expect(detail.responses == bundle.responses.filter { $0.itemID == item.id })
                #expect(detail.resolutions == bundle.resolutions.filter { $0.itemID == item.id })
            }
            for meeting in bundle.meetings {
                let detail = try store.meeting(id: meeting.id)
                #expect(detail.meeting == meeting)
                #expect(detail.attendance == bundle.attendance)
                #expect(detail.declarations == bundle.declarations)
            }
        }
        #expect(try store.health().integrity == "ok")
    }
}

/// Modern.gov answers arrive in any order: a list of meetings after the meeting's own answer
/// must not take back its record.
@Suite struct ModernGovAnswerOrderTests {
    let folder = TemporaryFolder()

    func importAnswers(_ names: [String], into path: String) throws -> PapersStore {
        let store = try PapersStore(path: path)
        for name in names {
            let text = PackageRoot.fixture("ScrutinyFormatsTests", "moderngov-xml/\(name)")
            let parsed = try PaperReader.parse(name: name, bytes: Array(text.utf8))
            _ = try store.importBundle(parsed.bundle, name: name, format: parsed.format.rawValue, checksum: parsed.checksum)
        }
        return store
    }

    @Test func anyOrderGivesTheSameStore() throws {
        let names = ["get-committees.xml", "get-meetings.xml", "get-meeting.xml"]
        let forward = try importAnswers(names, into: folder.file("a.sqlite"))
        let backward = try importAnswers(names.reversed(), into: folder.file("b.sqlite"))
        #expect(try forward.papersDump() == backward.papersDump())
        let meeting = try backward.meeting(id: "communities-scrutiny-committee-2027-01-14")
        #expect(meeting.meeting.status == .held)
        #expect(meeting.meeting.location == "Committee Room 2, Town Hall")
        #expect(meeting.attendance.count == 3)
        #expect(try backward.meeting(id: "communities-scrutiny-committee-2026-12-10").meeting.status == .cancelled)
    }
}
