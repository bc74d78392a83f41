import Foundation
import ScrutinyModel
import ScrutinyStore
import Testing
import TestSupport

/// `scrutiny export pack|html|public`: what leaves the store, and that it comes back whole.
@Suite struct ExportCommandTests {
    let folder = TemporaryFolder()

    func scrutiny(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.scrutiny(arguments, environment: folder.environment)
    }

    /// The samples, a council page, Modern.gov XML, OParl, and a meeting recorded live with
    /// text that looks like markup.
    func richStore(_ name: String) throws -> String {
        let path = folder.file(name)
        #expect(try scrutiny("import", "--store", path, PackageRoot.samples).status == 0)
        folder.write("page.txt", """
            Agenda item
            Library opening hours
            Minutes:
            The Committee considered the report.
            Resolved – (a) That the report be noted. (b) That a review be brought back in March.
            """)
        let page = try scrutiny("import", "--store", path, "--committee", "Resources and Digital Scrutiny Committee",
                                "--date", "2026-10-13", folder.file("page.txt"))
        #expect(page.status == 0, "\(page.stderr)")
        for fixture in ["moderngov-xml", "oparl"] {
            let result = try scrutiny("import", "--store", path, PackageRoot.fixturePath("ScrutinyFormatsTests", fixture))
            #expect(result.status == 0, "\(result.stderr)")
        }
        let store = try PapersStore(path: path)
        let draft = try store.startResolution(itemID: "cabinet-2026-12-08-item-5", member: "Cllr Joan Hale")
        let text = "- That the strategy be adopted\n# with changes\npurpose: as amended\n\\ and a backslash\n\nSecond paragraph."
        try store.saveDraft(resolutionID: draft.id, text: text, cursor: 3, member: "Cllr Joan Hale")
        try store.closeDraft(meetingID: "cabinet-2026-12-08", member: "Cllr Joan Hale")
        var final = try store.startResolution(itemID: "cabinet-2026-12-08-item-5", member: "Cllr Joan Hale")
        final.text = "That Cabinet notes the equality impact assessment."
        final.isFinal = true
        final.unanimous = true
        final.votes = VoteTally(for: 5, against: 0, abstain: 0)
        try store.save(final, by: "Cllr Joan Hale")
        try store.closeDraft(meetingID: "cabinet-2026-12-08", member: "Cllr Joan Hale")
        try store.record(Declaration(id: "live-d1", meetingID: "cabinet-2026-12-08", itemID: nil, person: "Cllr Tom Baker",
                                     kind: .nonRegistrable, detail: "a member of the library friends; unpaid", action: .remained))
        return path
    }

    @Test func aPackImportsBackToTheSameStore() throws {
        let original = try richStore("a.sqlite")
        let export = try scrutiny("export", "pack", "--store", original, "--out", folder.file("pack"))
        #expect(export.status == 0, "\(export.stderr)")
        let again = try scrutiny("import", "--store", folder.file("b.sqlite"), folder.file("pack"))
        #expect(again.status == 0, "\(again.stderr)")
        let want = try PapersStore(path: original).papersDump()
        let got = try PapersStore(path: folder.file("b.sqlite")).papersDump()
        // Declaration ids are the pack's own ("<meeting>-d1"); nothing refers to them.
        func withoutDeclarationIDs(_ rows: [String]) -> [String] {
            rows.map { $0.hasPrefix("declaration|") ? String($0.drop { $0 != "," }) : $0 }.sorted()
        }
        #expect(want.count > 300)
        let missing = withoutDeclarationIDs(want).filter { !withoutDeclarationIDs(got).contains($0) }
        let extra = withoutDeclarationIDs(got).filter { !withoutDeclarationIDs(want).contains($0) }
        #expect(missing.isEmpty && extra.isEmpty, "missing: \(missing.prefix(5))\nextra: \(extra.prefix(5))")
        // The pack is exempt material: only its owner may read it.
        let mode = try FileManager.default.attributesOfItem(atPath: folder.file("pack/cabinet/2026-12-08.md"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func anExportNeverOverwritesAFolderWithFilesInIt() throws {
        let store = folder.file("a.sqlite")
        #expect(try scrutiny("import", "--store", store, PackageRoot.samples).status == 0)
        let kept = folder.write("out/mine.txt", "my own file")
        let result = try scrutiny("export", "pack", "--store", store, "--out", folder.file("out"))
        #expect(result.status != 0)
        #expect(result.stderr.contains("already exists and is not an empty folder"))
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == "my own file")
        let unknown = try scrutiny("export", "html", "--store", store, "--out", folder.file("x"), "--meeting", "nope")
        #expect(unknown.stderr.contains("no meeting \"nope\""))
    }

    @Test func aPublicPackHoldsNoExemptWordAndSaysWhatItLeftOut() throws {
        let store = folder.file("a.sqlite")
        #expect(try scrutiny("import", "--store", store, PackageRoot.samples).status == 0)
        // Sentinel words in an exempt item's title, purpose, report, question, answer and
        // resolution; in an exempt report on a public item; in a draft resolution; in a note.
        folder.write("secret.md", """
            ---
            type: meeting
            committee: cabinet
            date: 2027-01-12
            ---

            # Declarations

            - Cllr Ravi Patel, item 2: other registrable; director of Quokkafield Ltd; left the room

            # Item 1: Library opening hours
            purpose: Public business.

            ## Report: Opening hours
            Libraries open on Saturdays.

            ## Appendix: Staffing costs by named post
            exempt: yes

            Salary of the Zanzibarite post holder.

            ## Resolution (a): agreed
            final: no

            That the Marmalisk option be explored.

            # Item 2: Sale of the Quokkafield depot
            purpose: To agree the Xylophantic sale price.
            exempt: 3

            ## Report: Valuation
            The Xylophantic bid is the highest.

            ## Question: Cllr Helen Marsh
            Is the Quokkafield buyer connected to any member?

            ## Response: Head of Property
            answers: 1

            No Xylophantic connection.

            ## Resolution (a): approved
            votes: 5 for, 0 against, 0 abstain

            That the depot be sold to Quokkafield Ltd.
            """)
        #expect(try scrutiny("import", "--store", store, folder.file("secret.md")).status == 0)
        let note = try scrutiny("notes", "add", "--store", store, "--member", "Cllr Priya Shah", "--shared",
                                "--item", "cabinet-2027-01-12-item-1", "--text", "Ask about the Wombatine budget line")
        #expect(note.status == 0, "\(note.stderr)")
        let sentinels = ["Quokkafield", "Xylophantic", "Zanzibarite", "Marmalisk", "Wombatine"]

        for format in ["pack", "html"] {
            let out = folder.file("public-\(format)")
            let result = try scrutiny("export", "public", "--store", store, "--out", out, "--format", format)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("cabinet-2027-01-12: exempt item 2 (Schedule 12A, paragraph 3) with 1 document, 1 question, 1 response, 1 resolution"))
            #expect(result.stdout.contains("exempt document \"Staffing costs by named post\" on item 1"))
            #expect(result.stdout.contains("draft resolution (a) on item 1"))
            #expect(result.stdout.contains("declaration by Cllr Ravi Patel on exempt item 2"))
            #expect(result.stdout.contains("1 shared note"))
            // The samples' own exempt item goes too.
            #expect(result.stdout.contains("cabinet-2026-12-08: exempt item 6"))
            let files = try FileManager.default.subpathsOfDirectory(atPath: out).filter { !$0.hasSuffix("/") }
            var read = 0
            for file in files {
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: "\(out)/\(file)", isDirectory: &isFolder)
                if isFolder.boolValue { continue }
                let text = try String(contentsOfFile: "\(out)/\(file)", encoding: .utf8)
                read += 1
                for word in sentinels + ["telephony contract"] {
                    #expect(!text.localizedCaseInsensitiveContains(word), "\(word) in \(format) \(file)")
                }
            }
            #expect(read == 12)
            // What is public is there.
            let all = try files.map { try? String(contentsOfFile: "\(out)/\($0)", encoding: .utf8) }.compactMap { $0 }.joined()
            #expect(all.contains("Libraries open on Saturdays."))
            #expect(all.contains("Customer Access Strategy 2027–2030"))
        }
        // The public pack is itself a pack: it imports.
        let back = try scrutiny("import", "--store", folder.file("public.sqlite"), folder.file("public-pack"))
        #expect(back.status == 0, "\(back.stderr)")
    }

    @Test func htmlPagesListEveryMeetingAndEscapeText() throws {
        let store = folder.file("a.sqlite")
        #expect(try scrutiny("import", "--store", store, PackageRoot.samples).status == 0)
        let result = try scrutiny("export", "html", "--store", store, "--out", folder.file("html"), "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try result.json() as? [String: Any])
        let files = try #require(report["files"] as? [String])
        #expect(files.count == 11)
        #expect(files.first == "index.html")
        let index = try String(contentsOfFile: folder.file("html/index.html"), encoding: .utf8)
        #expect(index.contains("<h1>Northbridge Borough Council</h1>"))
        #expect(index.contains("href=\"cabinet/2026-12-08.html\""))
        let cabinet = try String(contentsOfFile: folder.file("html/cabinet/2026-12-08.html"), encoding: .utf8)
        #expect(cabinet.contains("<strong>Exempt — not for publication</strong> (Schedule 12A, paragraph 3)"))
        #expect(cabinet.contains("<span class=\"para\">1</span>"))
        #expect(!cabinet.contains("<script"))
    }
}
