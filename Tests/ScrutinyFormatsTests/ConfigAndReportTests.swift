@testable import ScrutinyFormats
import ScrutinyModel
import Testing

@Suite struct ConfigFileTests {
    func parse(_ text: String) throws -> ConfigFile {
        try ConfigFile(file: "config.toml", bytes: Array(text.utf8))
    }

    @Test func readsTheSettings() throws {
        let config = try parse("""
            # Scrutiny settings
            member = "Cllr Siân O'Brien"   # as the minutes print it
            notebook = '/home/sian/notes #1.sqlite'
            flags = [
              "housing",   # a council theme
              "libraries \\u2014 hours",
            ]
            """)
        #expect(config.member == "Cllr Siân O'Brien")
        #expect(config.notebook == "/home/sian/notes #1.sqlite")
        #expect(config.flags == ["housing", "libraries — hours"])
        #expect(config.theme == nil)
    }

    @Test func mistakesAreNamedWithTheirLine() throws {
        #expect(throws: FormatError(file: "config.toml", line: 2, "unknown setting \"membr\"; the settings are member, notebook, theme, flags, screen_reader and line")) {
            try parse("\nmembr = \"x\"")
        }
        #expect(throws: FormatError(file: "config.toml", line: 1, "expected true or false")) { try parse("line = yes") }
        #expect(try parse("screen_reader = true\nline = false").screenReader && !(try parse("line = true").screenReader))
        #expect(throws: FormatError(file: "config.toml", line: 1, "expected a quoted string")) { try parse("member = Jane") }
        #expect(throws: FormatError(file: "config.toml", line: 1, "the string has no closing quote")) { try parse("member = \"Jane") }
        #expect(throws: FormatError(file: "config.toml", line: 1, "expected a setting such as member = \"Your Name\"")) { try parse("[notes]") }
        #expect(throws: FormatError(file: "config.toml", line: 1, "unexpected text after the value: x")) { try parse("theme = \"a\" x") }
    }
}

@Suite struct ConcernsReportTests {
    let risk = Flag(id: "risk", name: "risk")
    let old = Flag(id: "old", name: "old theme", retired: true)

    func listing(_ id: String, flags: [String], text: String, author: String = "Cllr A") -> NoteListing {
        let note = Note(id: id, author: author, target: .paragraph(document: "d", position: 3, quote: "The \"platform\", live"),
                        meetingID: "m", itemID: "i", text: text, flags: flags, priority: 1, followUp: CalendarDate(iso: "2026-12-01"),
                        visibility: .shared, createdAt: "2026-11-20T10:00:00Z", updatedAt: "2026-11-20T10:00:00Z")
        return NoteListing(note: note, committeeID: "cabinet", committeeName: "Cabinet", meetingDate: CalendarDate(iso: "2026-12-08"),
                           itemHeading: "6. Telephony", targetLabel: "¶2 of Report")
    }

    @Test func groupsByFlagWithUnflaggedLast() {
        let report = ConcernsReport(member: "Cllr A", date: CalendarDate(iso: "2026-11-22")!, flags: [risk, old],
                                    notes: [listing("n1", flags: ["risk", "old"], text: "Fallback?\nWho pays?"),
                                            listing("n2", flags: [], text: "Plain", author: "Cllr B")])
        #expect(report.groups.map(\.title) == ["Risk", "Old theme (retired flag)", "No flag"])
        #expect(report.markdown.contains("""
            ## Risk (1)

            ### Cabinet, Tue 8 Dec 2026 — 6. Telephony

            On ¶2 of Report: “The "platform", live”  
            open · high priority · follow up by Tue 1 Dec 2026 · shared

            > Fallback?
            > Who pays?
            """))
        #expect(report.markdown.contains("open · high priority · follow up by Tue 1 Dec 2026 · shared · by Cllr B"))
        let rows = report.csv.components(separatedBy: "\r\n")
        #expect(rows[1].hasPrefix("risk,open,high,2026-12-01,Cabinet,2026-12-08,6. Telephony,¶2 of Report,\"The \"\"platform\"\", live\",\"Fallback?\nWho pays?\","))
        #expect(rows.count == 5) // a header, a row per note and flag, and the end of the last line
    }

    /// A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice);
    /// ordinary text is left alone.
    @Test func csvCellsCannotBeFormulas() {
        for formula in ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=HYPERLINK(\"x\")", "\r=1"] {
            let cell = ConcernsReport.csvField(formula)
            #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"), "\(formula) → \(cell)")
        }
        #expect(ConcernsReport.csvField("Ask about libraries") == "Ask about libraries")
        #expect(ConcernsReport.csvField("a, b") == "\"a, b\"")
    }

    @Test func controlCharactersAreReplacedAndLineEndsKept() {
        #expect("a\u{1B}[2Jb\u{9B}c\u{7F}\rd\r\ne\tf\n".withoutControls == "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}\u{FFFD}d\r\ne\tf\n")
        #expect("Café — über".withoutControls == "Café — über")
    }
}
