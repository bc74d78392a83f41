import ArgumentParser
import ScrutinyModel

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every paper, question, response and resolution; best matches first (newest first for very common words).")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @Argument(help: "Words to find; \"quoted words\" as a phrase.")
    var query: String

    @Option(help: "At most this many results.")
    var limit = 20

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let (store, _) = try options.open(forReading: true)
        let notes = try member.open(papers: store)
        let hits = try notes.searchAll(query, limit: limit)
        if options.json { return try Output.json(hits.map(HitJSON.init)) }
        if hits.isEmpty { Output.line("No matches for \(query).") }
        for hit in hits {
            let marked = Self.mark(hit.snippet)
            Output.line("\(hit.meetingDate?.iso ?? "undated")  \(hit.committeeName) — \(hit.itemTitle)  [\(hit.kind.rawValue)]")
            Output.line("    \(marked)")
            Output.line("    \(hit.itemID)\(hit.paragraphNumber.map { " ¶\($0)" } ?? "")")
        }
    }

    /// The snippet with matches in [brackets], for plain text output.
    static func mark(_ snippet: Snippet) -> String {
        var result = ""
        for (offset, character) in snippet.text.enumerated() {
            if snippet.highlights.contains(where: { $0.lowerBound == offset }) { result += "[" }
            result.append(character)
            if snippet.highlights.contains(where: { $0.upperBound == offset + 1 }) { result += "]" }
        }
        return result
    }

    struct HitJSON: Encodable {
        var kind: String
        var itemId: String
        var itemTitle: String
        var meetingId: String
        var meetingDate: String?
        var committee: String
        var refId: String
        /// The paragraph's number (the ¶ shown, for citation and `notes add --paragraph`) and its
        /// position in its document.
        var paragraph: Int?
        var position: Int?
        var snippet: String
        /// [start, end) offsets in characters of `snippet`.
        var highlights: [[Int]]

        init(_ hit: SearchHit) {
            kind = hit.kind.rawValue
            itemId = hit.itemID
            itemTitle = hit.itemTitle
            meetingId = hit.meetingID
            meetingDate = hit.meetingDate?.iso
            committee = hit.committeeName
            refId = hit.refID
            paragraph = hit.paragraphNumber
            position = hit.paragraph
            snippet = hit.snippet.text
            highlights = hit.snippet.highlights.map { [$0.lowerBound, $0.upperBound] }
        }
    }
}
