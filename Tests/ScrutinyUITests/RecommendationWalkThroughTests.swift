import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// One recommendation from the committee's resolution to its sign-off, every step on the
/// command line: the tracker screen (golden), the six-monthly report and `--json` say the same.
@Suite struct RecommendationWalkThroughTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: [String], today: String) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = today
        let result = try CommandRunner.scrutiny(arguments + ["--store", path], environment: environment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The tracker as of `today`, every recommendation shown.
    func tracker(today: String) throws -> AppState {
        let store = try PapersStore(path: path)
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: today)!)
        for key in [Key.character("R")] + Array(repeating: .character("f"), count: 7) {
            AppRunner.perform(state.update(.key(key)), on: &state, store: store)
        }
        return state
    }

    /// On `today`, `recs show --json` gives the status and rating the tracker's row says, and the
    /// report's CSV row ends with `row` (its progress, RAG and status).
    func agree(today: String, row: String) throws {
        let made = try json(try scrutiny(["recs", "show", "RDSC (25/26) 01", "--json"], today: today))
        let state = try tracker(today: today)
        let line = try #require(state.current.describe(state).first { $0.hasPrefix("> RDSC (25/26) 01") })
        let status = try #require(made["status"] as? String)
        #expect(line.contains(" · " + Recommendation.Status(rawValue: status)!.title), "\(line) against \(status)")
        if let rag = made["rag"] as? String { #expect(line.contains(RAGRating(rawValue: rag)!.title)) }
        let csv = try scrutiny(["recs", "report", "--from", "2025-05-01", "--to", today, "--format", "csv"], today: today).stdout
        let reported = try #require(csv.split(whereSeparator: \.isNewline).first { $0.hasPrefix("RDSC (25/26) 01,") })
        #expect(reported.hasSuffix(row), "\(reported)")
    }

    @Test func aRecommendationFromResolutionToSignOff() throws {
        _ = try scrutiny(["import", PackageRoot.samples], today: "2025-06-11")
        let ref = "RDSC (25/26) 01"
        _ = try scrutiny(["recs", "add", "--resolution", "resources-scrutiny-2025-06-10-item-5-res2", "--to", "Cabinet",
                          "--lead-officer", "Head of Digital Services"], today: "2025-06-11")
        try agree(today: "2025-06-11", row: ",,not yet sent")
        let sent = try json(try scrutiny(["recs", "send", ref, "--on", "2025-06-16", "--json"], today: "2025-06-16"))
        #expect(sent["response_due"] as? String == "2025-08-15")
        try agree(today: "2025-08-16", row: ",,RESPONSE OVERDUE")
        _ = try scrutiny(["recs", "respond", ref, "--decision", "partially_accepted", "--by", "Cabinet", "--on", "2025-08-20",
                          "--reason", "The assessment will follow the consultation."], today: "2025-08-20")
        _ = try scrutiny(["recs", "plan", ref, "--what", "Publish the equality impact assessment", "--who", "Head of Digital Services",
                          "--by", "2026-01-31"], today: "2025-08-20")
        _ = try scrutiny(["recs", "update", ref, "--on", "2025-11-04", "--text", "Consultation closes in December.",
                          "--rag", "amber", "--assessment", "2"], today: "2025-11-04")
        try agree(today: "2025-11-04", row: ",AMBER,responded")
        _ = try scrutiny(["recs", "update", ref, "--on", "2026-02-06", "--text", "Assessment published on the council's website.",
                          "--rag", "green", "--assessment", "1"], today: "2026-02-06")
        try agree(today: "2026-02-06", row: ",GREEN,responded")
        let due = try tracker(today: "2026-02-06")
        #expect(due.current.describe(due).contains { $0.contains("GREEN (achieved) · to Cabinet · DUE FOR REVIEW") })
        let signed = try json(try scrutiny(["recs", "sign-off", ref, "--meeting", "resources-scrutiny-2026-02-24", "--json"], today: "2026-02-24"))
        #expect(signed["status"] as? String == "signed_off")
        try agree(today: "2026-02-24", row: ",GREEN,signed off")

        let state = try tracker(today: "2026-02-24")
        var buffer = ScreenBuffer(width: 100, height: 30)
        state.render(into: &buffer)
        #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "tracker-walk-through-100x30", in: Snapshot.folder()) == nil)
        var page = state
        AppRunner.perform(page.update(.key(.enter)), on: &page, store: try PapersStore(path: path))
        let history = page.current.describe(page)
        #expect(history.contains("Response Wed 20 Aug 2025 from Cabinet: partially accepted — The assessment will follow the consultation."))
        #expect(history.contains("Tue 4 Nov 2025: Consultation closes in December. [AMBER (acceptable progress); 2 on track]"))
        #expect(history.contains("Signed off Tue 24 Feb 2026 at the committee's meeting"))
    }
}
