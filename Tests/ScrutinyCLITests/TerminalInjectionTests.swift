import Foundation
import Testing
import TestSupport

/// Papers and notes full of control sequences — clear the screen, set the title, write the
/// clipboard (OSC 52), an 8-bit CSI, DEL, backspace, a lone carriage return — go through every
/// output path of the command line and every file it writes, and not one control byte comes out.
@Suite struct TerminalInjectionTests {
    let folder = TemporaryFolder()
    var store: String { folder.file("papers.sqlite") }
    static let meeting = "resources-and-digital-scrutiny-committee-2026-10-13"
    static let hostile = "\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J\u{1B}]0;owned\u{07}\u{9B}31m\u{7F}\u{08}\rgone"

    func scrutiny(_ arguments: String...) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_MEMBER"] = "Cllr Priya Shah"
        return try CommandRunner.scrutiny(arguments, environment: environment)
    }

    /// The bytes a terminal would act on: C0 but line feed, tab and the CR of a CRLF; DEL; C1.
    static func controls(in text: String) -> [UInt32] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { index in
            let value = scalars[index].value
            if value == 0x0A || value == 0x09 { return nil }
            if value == 0x0D, index + 1 < scalars.count, scalars[index + 1] == "\n" { return nil }
            return value < 0x20 || value == 0x7F || (0x80..<0xA0).contains(value) ? value : nil
        }
    }

    @Test func noControlByteReachesATerminalOrAFile() throws {
        folder.write("page.txt", """
            Agenda item
            Library hours \(Self.hostile)

            Minutes:
            The Committee considered the report \(Self.hostile) on opening hours.
            Resolved – (a) That the report be noted \(Self.hostile).
            """)
        let imported = try scrutiny("import", "--store", store, "--committee", "Resources and Digital Scrutiny Committee",
                                    "--date", "2026-10-13", folder.file("page.txt"))
        #expect(imported.status == 0, "\(imported.stderr)")
        let meeting = try #require(try scrutiny("show", "--store", store, "--json", "meeting", Self.meeting).json() as? [String: Any])
        let items = try #require(meeting["items"] as? [[String: Any]])
        let item = try #require(items.first?["id"] as? String)
        let note = try scrutiny("notes", "add", "--store", store, "--item", item, "--shared", "--text", "=HYPERLINK(\"x\") \(Self.hostile)")
        #expect(note.status == 0, "\(note.stderr)")

        let runs: [[String]] = [
            ["import", "--store", store, "--dry-run", "--committee", "Resources and Digital Scrutiny Committee", "--date", "2026-10-13",
             folder.file("page.txt")],
            ["meetings", "--store", store], ["show", "--store", store, "meeting", Self.meeting], ["show", "--store", store, "item", item],
            ["show", "--store", store, "--json", "item", item], ["search", "--store", store, "opening"],
            ["search", "--store", store, "--json", "opening"], ["notes", "list", "--store", store],
            ["notes", "export", "--store", store, "--format", "md"], ["notes", "export", "--store", store, "--format", "csv"],
            ["export", "minutes", "--store", store, Self.meeting], ["export", "minutes", "--store", store, "--format", "html", Self.meeting],
            ["export", "pack", "--store", store, "--out", folder.file("pack")],
            ["export", "html", "--store", store, "--out", folder.file("html")],
            ["export", "public", "--store", store, "--out", folder.file("public")],
            ["show", "--store", store, "item", "\(item)\(Self.hostile)"],
        ]
        for arguments in runs {
            let result = try CommandRunner.scrutiny(arguments, environment: folder.environment.merging(["SCRUTINY_MEMBER": "Cllr Priya Shah"]) { $1 })
            #expect(Self.controls(in: result.stdout).isEmpty, "\(arguments.prefix(2)) wrote \(Self.controls(in: result.stdout)) to stdout")
            #expect(Self.controls(in: result.stderr).isEmpty, "\(arguments.prefix(2)) wrote \(Self.controls(in: result.stderr)) to stderr")
        }
        var files = 0
        for export in ["pack", "html", "public"] {
            let root = folder.file(export)
            for relative in FileManager.default.subpaths(atPath: root) ?? [] {
                guard let text = try? String(contentsOfFile: "\(root)/\(relative)", encoding: .utf8) else { continue }
                files += 1
                #expect(Self.controls(in: text).isEmpty, "\(export)/\(relative) holds \(Self.controls(in: text))")
            }
        }
        #expect(files >= 5)
        // The words around the sequences are still there, and the note is no formula.
        let shown = try scrutiny("show", "--store", store, "item", item).stdout
        #expect(shown.contains("That the report be noted"))
        let csv = try scrutiny("notes", "export", "--store", store, "--format", "csv").stdout
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")"))
    }
}
