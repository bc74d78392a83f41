import Foundation
@testable import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore
import Testing
import TestSupport

/// Minutes drafts of the sample meetings, against files a clerk has read through.
@Suite struct MinutesDraftTests {
    let folder = TemporaryFolder()
    let store: PapersStore

    init() throws {
        store = try SampleStore.make(in: folder)
    }

    func draft(_ meeting: String, includeExempt: Bool = false) throws -> MinutesDraft {
        let detail = try store.meeting(id: meeting)
        return MinutesDraft(meeting: detail, items: try detail.items.map { try store.item(id: $0.item.id) }, includeExempt: includeExempt)
    }

    func expected(_ name: String) -> String {
        PackageRoot.fixture("ScrutinyFormatsTests", "minutes/\(name)")
    }

    /// A resolution typed as clauses gives them as a list under its opening words, in both
    /// formats; other lines are kept as typed; the outcome has a line of its own.
    @Test func aResolutionsClausesAreAListAndItsOwnLinesAreKept() throws {
        let draft = try store.startResolution(itemID: "cabinet-2026-12-08-item-5", member: "Cllr Joan Hale")
        let text = "That Cabinet:\n  (i) adopts the strategy;\n  (ii) asks for a review in March,\n    with costs."
        try store.saveDraft(resolutionID: draft.id, text: text, cursor: 0, member: "Cllr Joan Hale")
        let minutes = try self.draft("cabinet-2026-12-08")
        #expect(minutes.markdown.contains("- (a) That Cabinet:\n  - (i) adopts the strategy;\n  - (ii) asks for a review in March,\\\n"
                                          + "        with costs.\n\n  Agreed. [Draft]"))
        #expect(minutes.html.contains("<li>(a) That Cabinet:\n<ul>\n<li>(i) adopts the strategy;</li>\n"
                                      + "<li>(ii) asks for a review in March,<br>\n&nbsp;&nbsp;&nbsp;&nbsp;with costs.</li>\n</ul>\nAgreed. [Draft]</li>"))

        let plain = try store.startResolution(itemID: "cabinet-2026-12-08-item-5", member: "Cllr Joan Hale")
        try store.saveDraft(resolutionID: plain.id, text: "That the report\n  be noted.", cursor: 0, member: "Cllr Joan Hale")
        #expect(try self.draft("cabinet-2026-12-08").markdown.contains("- (b) That the report\\\n    be noted.\\\n  Agreed. [Draft]"))
        #expect(MinutesDraft.isClause("  (iv) reviews") && MinutesDraft.isClause("2. notes") && MinutesDraft.isClause("b) asks"))
        #expect(!MinutesDraft.isClause("Mr. Lloyd said") && !MinutesDraft.isClause("(ab) x") && !MinutesDraft.isClause("(i)"))
    }

    @Test func markdownOfAMeetingWithAnExemptItem() throws {
        #expect(try draft("audit-2026-09-29").markdown == (expected("audit-2026-09-29.md")))
    }

    @Test func htmlOfAMeetingWithDeclarationsAndVotes() throws {
        #expect(try draft("resources-scrutiny-2025-06-10").html == (expected("resources-scrutiny-2025-06-10.html")))
    }

    @Test func exemptMaterialOnlyWhenAskedFor() throws {
        let secret = "emailed a spreadsheet of council tax accounts"
        #expect(!(try draft("audit-2026-09-29").markdown.contains(secret)))
        let full = try draft("audit-2026-09-29", includeExempt: true).markdown
        #expect(full.contains("The Committee considered the report “Investigation findings”."))
        #expect(full.contains("(a) That the findings of the investigation be noted.\\\n  Noted."))
    }

    @Test func namedVotesAreListedByHowEachMemberVoted() throws {
        let minutes = try draft("council-2026-07-16").markdown
        #expect(minutes.contains("The Council considered"))
        #expect(minutes.contains("Agreed: 10 for, 1 against, 1 abstained. Named vote — For: Cllr Margaret Doyle"))
        #expect(minutes.contains("; Against: Cllr Tom Baker; Abstained: Cllr Sam Ortiz."))
    }

    @Test func htmlEscapesWhatItQuotes() {
        let meeting = MeetingDetail(meeting: Meeting(id: "m", committeeID: "c", start: nil, status: .held),
                                    committee: Committee(id: "c", name: "Audit <&> \"Risk\"", kind: .other),
                                    items: [], attendance: [], declarations: [])
        let html = MinutesDraft(meeting: meeting, items: []).html
        #expect(html.contains("<h1>Audit &lt;&amp;&gt; &quot;Risk&quot;: minutes</h1>"))
        #expect(!html.contains("<&>"))
    }
}
