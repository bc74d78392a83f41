import Foundation
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyStore

@Suite struct SearchTests {
    let folder = TemporaryFolder()

    /// Meetings on three dates, the word "budget" in each, "wombat" in one.
    func archive(threshold: Int = 5_000) throws -> PapersStore {
        let store = try StoreFixtures.store(folder, threshold: threshold)
        for (date, paragraphs) in [
            ("2024-01-10", ["The budget for libraries.", "A wombat was seen near the budget office."]),
            ("2026-05-05", ["The budget for parks."]),
            ("2025-03-03", ["The budget, the budget and the budget again: budget budget budget."]),
        ] {
            let bundle = StoreFixtures.meetingBundle(date: date, items: [("1", "Item on \(date)")], paragraphs: paragraphs)
            _ = try store.importBundle(bundle, name: date, format: "pack", checksum: date)
        }
        return store
    }

    @Test func selectiveQueriesAreRankedBestFirst() throws {
        let store = try archive()
        let hits = try store.search("budget")
        #expect(hits.count == 4)
        #expect(hits.first?.meetingDate == CalendarDate(iso: "2025-03-03"))
        let wombat = try store.search("wombat")
        #expect(wombat.count == 1)
        #expect(wombat[0].kind == .paragraph)
        #expect(wombat[0].paragraph == 2)
        #expect(wombat[0].paragraphNumber == 2)
        #expect(wombat[0].committeeName == "Cabinet")
        #expect(wombat[0].snippet.text == "A wombat was seen near the budget office.")
        #expect(wombat[0].snippet.highlights == [2..<8])
    }

    @Test func veryCommonQueriesComeBackNewestFirst() throws {
        let store = try archive(threshold: 2)
        let hits = try store.search("budget")
        let dates = hits.compactMap(\.meetingDate).map(\.iso)
        #expect(dates == ["2026-05-05", "2025-03-03", "2024-01-10", "2024-01-10"])
        // A rare word in the same store is still ranked.
        #expect(try store.search("wombat").count == 1)
    }

    @Test func anItemsTitleAndPurposeReadAsOneLine() throws {
        let store = try SampleStore.make(in: folder)
        let hit = try #require(try store.search("decide whether to adopt").first)
        #expect(hit.snippet.text.contains("Digital Strategy 2025–2030 To decide whether to adopt"))
    }

    /// While typing, the last word also matches longer words, unless it is very common by
    /// itself: then it is taken as it stands, newest first.
    @Test func aCommonWordTypedIsNotAlsoReadAsAPrefix() throws {
        let store = try archive(threshold: 2)
        let bundle = StoreFixtures.meetingBundle(date: "2027-01-01", items: [("1", "Later")], paragraphs: ["The budgetary outlook."])
        _ = try store.importBundle(bundle, name: "later", format: "pack", checksum: "later")
        #expect(try store.search("budget", asYouType: true).allSatisfy { !$0.snippet.text.contains("budgetary") })
        #expect(try store.search("budgeta", asYouType: true).map(\.snippet.text) == ["The budgetary outlook."])
        // The statements a search runs, as the benchmark gives them to the sqlite3 shell.
        #expect(try store.searchStatements("budget", limit: 5, asYouType: true)
            .contains { $0.contains("MATCH '\"budget\"' ORDER BY rowid DESC LIMIT 5") })
        #expect(try store.searchStatements("wom", asYouType: true).contains { $0.contains("MATCH '\"wom\" *' ORDER BY rank") })
    }

    @Test func phrasesPrefixesAndLimits() throws {
        let store = try archive()
        #expect(try store.search("\"budget office\"").count == 1)
        #expect(try store.search("\"office budget\"").isEmpty)
        #expect(try store.search("womb", asYouType: true).count == 1)
        #expect(try store.search("womb").isEmpty)
        #expect(try store.search("budget", limit: 2).count == 2)
        #expect(try store.search("libraries budget").count == 1)
    }

    /// What a member types is never read as FTS5 syntax.
    @Test(arguments: ["\"", "budget\"", "NEAR(budget", "budget*", "-budget", "budget:", "a OR", "(((", "col:budget", "^budget", "", "   ", "AND", "💷 budget", "bud\u{0}get"])
    func oddInputIsSafe(query: String) throws {
        let store = try archive()
        _ = try store.search(query)
        _ = try store.search(query, asYouType: true)
    }

    @Test func accentsAndCaseAreFolded() throws {
        let store = try StoreFixtures.store(folder)
        let bundle = StoreFixtures.meetingBundle(items: [("1", "Café")], paragraphs: ["The CAFÉ in the Civic Centre."])
        _ = try store.importBundle(bundle, name: "x", format: "pack", checksum: "x")
        // The item's title, its paragraph and its resolution ("That Café be noted.").
        #expect(Set(try store.search("cafe").map(\.kind)) == [.item, .paragraph, .resolution])
        #expect(Set(try store.search("CAFÉ").map(\.kind)) == [.item, .paragraph, .resolution])
    }

    /// A note's snippet is cut around the first word found, the words marked, accents and case
    /// set aside, the word being typed matched as a prefix; made in one pass, so a note full
    /// of "the" costs its length and no more.
    @Test func noteSnippetsAreCutAroundTheFirstMatchInOnePass() {
        let query = SearchQuery("digital excl", asYouType: true)
        let text = String(repeating: "Residents were asked. ", count: 40) + "Fears of DIGITAL exclusion in Northbridge, and digital skills."
        let snippet = query.snippet(of: text)
        #expect(snippet.text.hasPrefix("…") && snippet.text.contains("DIGITAL exclusion in Northbridge"))
        let marked = snippet.highlights.map { range in
            String(Array(snippet.text)[range])
        }
        #expect(marked == ["DIGITAL", "exclusion", "digital"])
        #expect(SearchQuery("café").snippet(of: "The Cafe on the green").highlights.count == 1)
        let huge = String(repeating: "the ", count: 5_000)
        #expect(SearchQuery("the").snippet(of: huge).highlights.count == 16)
    }

    /// A paragraph that is a whole report of one word still comes back with a short snippet,
    /// its matches marked, made in one pass rather than by SQLite's snippet().
    @Test func aHugeParagraphGetsAShortSnippet() throws {
        let folder = TemporaryFolder()
        let store = try StoreFixtures.store(folder)
        let huge = String(repeating: "the budget ", count: 20_000)
        _ = try store.importBundle(StoreFixtures.meetingBundle(items: [("1", "Budget")], paragraphs: [huge, "A short one about the budget."]),
                                   name: "a.md", format: "pack", checksum: "c1")
        let hits = try store.search("budget", limit: 10)
        let long = try #require(hits.first { $0.snippet.text.hasPrefix("the budget") || $0.snippet.text.hasSuffix("…") })
        #expect(long.snippet.text.count < 400)
        #expect(!long.snippet.highlights.isEmpty)
        #expect(hits.contains { $0.snippet.text.contains("A short one about the budget.") })
    }
}

/// Other forms of the words, after the words as written; filters in the text; and a store made
/// before the stemmed index, which gets it when it is opened.
@Suite struct StemmedSearchTests {
    let folder = TemporaryFolder()

    func store() throws -> PapersStore {
        let store = try StoreFixtures.store(folder)
        for (committee, date, paragraphs) in [
            ("cabinet", "2025-03-03", ["Older residents are more likely to be digitally excluded.", "The plan tackles digital exclusion head on."]),
            ("scrutiny", "2026-05-05", ["Residents asked whether anyone would be excluded from digital services."]),
        ] {
            let bundle = StoreFixtures.meetingBundle(committee: committee, date: date, items: [("1", "Item on \(date)")], paragraphs: paragraphs)
            _ = try store.importBundle(bundle, name: date, format: "pack", checksum: date)
        }
        return store
    }

    @Test func otherFormsAreFoundAfterTheExactWords() throws {
        let hits = try store().search("digital exclusion")
        #expect(hits.map(\.snippet.text) == ["The plan tackles digital exclusion head on.",
                                            "…more likely to be digitally excluded",
                                            "…whether anyone would be excluded from digital services"])
        // The words matched by their stems are marked in the snippet as they are written.
        #expect(hits[1].snippet.highlights == [19..<28, 29..<37])
    }

    @Test func filtersNarrowByCommitteeDateAndKind() throws {
        let store = try store()
        #expect(try store.search("excluded committee:scrutiny").map(\.meetingDate?.iso) == ["2026-05-05"])
        #expect(try store.search("excluded from:2026").map(\.meetingDate?.iso) == ["2026-05-05"])
        #expect(try store.search("excluded to:2025-12").map(\.meetingDate?.iso) == ["2025-03-03", "2025-03-03"])
        #expect(try store.search("excluded kind:question").isEmpty)
        #expect(try store.search("excluded kind:report").count == 3)
        #expect(try store.search("excluded kind:note").isEmpty)
        #expect(try store.search("committee:cabinet").isEmpty) // a filter with no words finds nothing
        #expect(throws: StoreError.self) { try store.search("excluded from:2026-13") }
        #expect(throws: StoreError.self) { try store.search("excluded kind:memo") }
    }

    @Test func aWordEndingInAStarMatchesTheStartOfWords() throws {
        let store = try store()
        #expect(try store.search("digi*").count == 3)
        #expect(try store.search("digi").isEmpty)
    }

    /// A store from before the stemmed index: opening it stems what it holds.
    @Test func anOlderStoreGetsTheStemmedIndexWhenOpened() throws {
        let path = try store().path
        let old = try PapersStore(path: path)
        try old.executeUnchecked("""
            DROP TRIGGER search_entry_unstem; DROP TABLE search_stemmed;
            DELETE FROM grdb_migrations WHERE identifier = 'v9-search-stemmed';
            """)
        #expect(try old.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'search_stemmed'") == "0")
        let again = try PapersStore(path: path)
        #expect(try again.search("digital exclusion").count == 3)
        #expect(try again.scalar("SELECT count(*) FROM search_stemmed") == again.scalar("SELECT count(*) FROM search"))
    }
}
