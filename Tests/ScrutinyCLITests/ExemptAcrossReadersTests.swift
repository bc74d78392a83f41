import Foundation
import Testing
import TestSupport

/// Exempt material never leaves, whichever reader brought it in: a sentinel word in exempt
/// material of council page text, saved HTML pages, Modern.gov XML (restricted items with and without a
/// paragraph) and OParl (non-public items) appears in no public export, no minutes draft
/// without --include-exempt, and no search of a store made from the public pack.
@Suite struct ExemptAcrossReadersTests {
    let folder = TemporaryFolder()

    func scrutiny(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.scrutiny(arguments, environment: folder.environment)
    }

    /// Sentinel → the meeting whose minutes draft must not show it.
    let sentinels = [
        "Thistlewick": "licensing-committee-2026-10-05", "Zephyrine": "licensing-committee-2026-10-06",
        "Brindlewood": "communities-scrutiny-committee-2027-01-14", "Quillfeather": "communities-scrutiny-committee-2027-01-14",
        "Vellichor": "haupt-und-finanzausschuss-2007-03-08",
        "Gallimaufry": "overview-and-scrutiny-committee-2025-10-14", "Marrowbine": "imported-papers-undated",
    ]

    @Test func noSentinelLeavesInAPublicExportAMinutesDraftOrItsSearch() throws {
        let store = folder.file("s.sqlite")
        folder.write("pages/depot.txt", """
            Agenda item
            Sale of the Orchard Street depot
            This report is exempt under Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.
            Minutes:
            The Committee agreed to accept the Thistlewick offer for the depot.
            """)
        folder.write("pages/staff.txt", """
            Agenda item
            Staffing review
            This item is not for publication because it contains exempt information.
            Minutes:
            RESOLVED: That the Zephyrine restructure be approved.
            """)
        for (page, date) in [("depot", "2026-10-05"), ("staff", "2026-10-06")] {
            let result = try scrutiny("import", "--store", store, "--committee", "Licensing Committee", "--date", date,
                                      folder.file("pages/\(page).txt"))
            #expect(result.status == 0, "\(result.stderr)")
        }
        for fixture in ["moderngov-xml", "oparl-servers", "moderngov-html"] {
            let result = try scrutiny("import", "--store", store, PackageRoot.fixturePath("ScrutinyFormatsTests", fixture))
            #expect(result.status == 0, "\(result.stderr)")
        }
        // Each sentinel is in the store, on an exempt item.
        for word in sentinels.keys {
            let found = try scrutiny("search", "--store", store, "--json", word)
            #expect(found.stdout.contains(word), "\(word) was not imported")
        }
        let shown = try scrutiny("show", "--store", store, "meeting", "licensing-committee-2026-10-06")
        #expect(shown.stdout.contains("EXEMPT, paragraph not stated"))

        for format in ["pack", "html"] {
            let out = folder.file("public-\(format)")
            let result = try scrutiny("export", "public", "--store", store, "--out", out, "--format", format)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("exempt item \"Staffing review\" (Schedule 12A, paragraph not stated)"))
            for file in try FileManager.default.subpathsOfDirectory(atPath: out) {
                guard let text = try? String(contentsOfFile: "\(out)/\(file)", encoding: .utf8) else { continue }
                for word in sentinels.keys { #expect(!text.contains(word), "\(word) in the public \(format) \(file)") }
            }
        }
        let republished = folder.file("public.sqlite")
        #expect(try scrutiny("import", "--store", republished, folder.file("public-pack")).status == 0)
        for (word, meeting) in sentinels {
            #expect(try scrutiny("search", "--store", republished, "--json", word).stdout.contains(word) == false)
            for format in ["md", "html"] {
                let draft = try scrutiny("export", "minutes", "--store", store, meeting, "--format", format)
                #expect(draft.status == 0, "\(draft.stderr)")
                #expect(!draft.stdout.contains(word), "\(word) in the \(format) minutes of \(meeting)")
            }
        }
        // The clerk's own copy has it: the test would see a leak.
        let full = try scrutiny("export", "minutes", "--store", store, "licensing-committee-2026-10-06", "--include-exempt")
        #expect(full.stdout.contains("Zephyrine"))
    }
}
