import ScrutinyModel
import ScrutinyStore
import TerminalCore

/// "New for you": the matches for the topics the member watches, by topic, until marked read;
/// what else arrived since they last looked; responses to recommendations now due or overdue.
/// The words are `NewsReport`'s, as `scrutiny news` prints them.
public struct NewsScreen: Sendable {
    public var report: NewsReport?
    /// The arrival the list starts after, fixed when the screen first loads, so that the list
    /// stays as it was while it is open.
    public var after: Int64?
    public var cursor = ListCursor()

    public init() {}

    /// One row of the list.
    enum Entry {
        case match(topic: String, NewsReport.Match)
        case paper(NewsReport.Paper)
        case response(NewsReport.Response)

        /// The row's first line and the muted line under it, and its role.
        var lines: (first: String, text: String, role: Theme.Role) {
            switch self {
            case .match(let topic, let match):
                ("“\(topic)”\(match.read ? " (read)" : "")" + (match.citation.isEmpty ? "" : " · \(match.citation)") + " · \(match.place)",
                 match.snippet, match.read ? .muted : .normal)
            case .paper(let paper):
                (paper.what, paper.place, .normal)
            case .response(let response):
                (response.line, "R shows the tracker", response.overdue ? .warning : .normal)
            }
        }
    }

    var entries: [Entry] {
        guard let report else { return [] }
        return report.topics.flatMap { topic in topic.matches.map { Entry.match(topic: topic.topic, $0) } }
            + report.arrived.map(Entry.paper) + report.responses.map(Entry.response)
    }

    /// "New for you: 2 matches for your topics (1 unread), 3 new or changed since you last looked,
    /// 1 response due"; where that does not fit, "New: 2 matches · 3 arrived · 1 response due".
    func heading(width: Int) -> String {
        guard let report else { return "Loading what is new…" }
        let matches = report.topics.flatMap(\.matches).count
        let responses = report.responses.isEmpty ? "" : "\(report.responses.count) response\(report.responses.count == 1 ? "" : "s") due"
        let whole = "New for you: \(matches) match\(matches == 1 ? "" : "es") for your topics" + (matches > 0 ? " (\(report.unread) unread)" : "")
            + ", \(report.arrived.count) new or changed since you last looked" + (responses.isEmpty ? "" : ", " + responses)
        guard TextWidth.of(whole) > width - 2 else { return whole }
        return ["New: \(matches) match\(matches == 1 ? "" : "es")", "\(report.arrived.count) arrived", responses.isEmpty ? nil : responses]
            .compactMap { $0 }.joined(separator: " · ")
    }

    /// What the list says when it is empty.
    var nothing: String {
        report?.watching.isEmpty == false ? "Nothing new: your topics (\(report!.watching.joined(separator: ", "))) have no new matches."
            : "Nothing new. Watch a topic with scrutiny watch add \"digital exclusion\"."
    }
}
