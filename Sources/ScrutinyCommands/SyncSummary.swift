import ScrutinyStore

/// What one sync from one server did, in a line and as JSON: what each server's sync listed,
/// then what every sync counts alike — meetings imported, papers read, failures, traffic.
protocol SyncSummary: Encodable {
    var line: String { get }
    var added: Int { get set }
    var replaced: Int { get set }
    var unchanged: Int { get set }
    var failed: [String] { get set }
    var papersFetched: Int { get set }
    var papersRead: Int { get set }
    var papersUnread: [String] { get set }
    var requests: Int { get set }
    var bytes: Int { get set }
}

extension SyncSummary {
    mutating func count(_ outcome: ImportOutcome) {
        switch outcome {
        case .added: added += 1
        case .replaced: replaced += 1
        case .unchanged: unchanged += 1
        }
    }

    mutating func count(_ papers: LinkedPapers.Outcome) {
        papersFetched += papers.fetched
        papersRead += papers.read
        papersUnread += papers.unread
    }

    /// "2 new, 1 changed, 0 unchanged, 1 failed: …; 3 papers fetched, 6 read; 12 requests, 40960 bytes."
    var counted: String {
        "\(added) new, \(replaced) changed, \(unchanged) unchanged" + (failed.isEmpty ? "" : ", \(failed.count) failed: " + failed.joined(separator: "; "))
            + "; \(papersFetched) papers fetched, \(papersRead) read"
            + (papersUnread.isEmpty ? "" : ", \(papersUnread.count) by title only: " + papersUnread.joined(separator: "; "))
            + "; \(requests) requests, \(bytes) bytes."
    }
}

extension ModernGovSync.Summary: SyncSummary {}
extension OParlSync.Summary: SyncSummary {}
