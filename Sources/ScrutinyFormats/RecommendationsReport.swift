import ScrutinyModel

/// The six-monthly report on a committee's recommendations, in the shape of the trackers
/// councils keep: reference, origin, recommendation, addressee, dates sent and due, the
/// response, the latest progress, the rating and where it stands. It covers those agreed by
/// the end of the period and not signed off before it began.
public struct RecommendationsReport: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case md, html, csv
    }

    public let title: String
    public let from: CalendarDate
    public let to: CalendarDate
    public let rows: [[String]]

    public static let columns = ["Reference", "Committee", "Recommendation", "To", "Agreed", "Sent", "Response due", "Response",
                                 "Progress", "RAG", "Status"]

    public init(_ recommendations: [Recommendation], committeeNames: [String: String], from: CalendarDate, to: CalendarDate) {
        self.from = from
        self.to = to
        title = "Scrutiny recommendations: \(from.long) to \(to.long)"
        rows = recommendations.filter { made in
            (made.agreed ?? made.sent ?? from) <= to && (made.signOff.map { $0.date >= from } ?? true)
        }.map { made in
            let response = made.response.map { response in
                "\(response.decision.title) (\(response.received.short), \(response.responder))" + (response.reason.map { ": \($0)" } ?? "")
            }
            let progress = made.updates.last.map { "\($0.date.short): \($0.text)" + ($0.assessment.map { " [\($0.title)]" } ?? "") }
            return [made.reference, committeeNames[made.committeeID] ?? made.committeeID, made.text, made.addressee,
                    made.agreed?.short ?? "", made.sent?.short ?? "", made.responseDue?.short ?? "", response ?? "", progress ?? "",
                    made.rating.map { $0.rawValue.uppercased() } ?? "", made.status(today: to).title]
        }
    }

    public func text(_ format: Format) -> String {
        switch format {
        case .csv:
            return ([Self.columns] + rows).map { $0.map(ConcernsReport.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        case .md:
            func cell(_ text: String) -> String { text.replacing("|", with: "\\|").replacing("\n", with: "<br>") }
            let lines = ["# \(title)", "", "| " + Self.columns.joined(separator: " | ") + " |",
                         "|" + String(repeating: " --- |", count: Self.columns.count)]
                + rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n") + (rows.isEmpty ? "\n\nNo recommendations in this period.\n" : "\n")
        case .html:
            let head = "<tr>" + Self.columns.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined() + "</tr>"
            let body = rows.map { "<tr>" + $0.map { "<td>\(HTML.lines($0))</td>" }.joined() + "</tr>" }
            return HTML.page(title: title, body: ["<h1>\(HTML.escape(title))</h1>", "<table>", head] + body + ["</table>"])
        }
    }
}
