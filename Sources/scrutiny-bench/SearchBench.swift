import Foundation
import ScrutinyStore

/// Search as the UI runs it once the member stops typing: the member's notes and the papers,
/// 50 results, the last word as a prefix; and the papers alone, the part the sqlite3 shell is
/// set against. Each query is run once to warm the cache, then timed.
struct SearchBench {
    struct Result: Codable {
        var name: String
        var text: String
        var hits: Int
        var timings: Timings
        var papersTimings: Timings
        /// Every statement the store runs for the search of the papers, for the sqlite3 shell to run.
        var statements: [String]
    }

    let notes: MemberNotes
    let runs: Int

    func measure(_ query: ArchiveGenerator.Query) throws -> Result {
        let clock = ContinuousClock()
        var hits = try notes.searchAll(query.text, limit: 50, asYouType: true).count
        let samples = try (0..<runs).map { _ in
            try clock.measure { hits = try notes.searchAll(query.text, limit: 50, asYouType: true).count }.milliseconds
        }
        let papers = try (0..<runs).map { _ in
            try clock.measure { _ = try notes.papers.search(query.text, limit: 50, asYouType: true) }.milliseconds
        }
        let statements = try notes.papers.searchStatements(query.text, limit: 50, asYouType: true)
        return Result(name: query.name, text: query.text, hits: hits, timings: Timings(samples), papersTimings: Timings(papers),
                      statements: statements)
    }
}
