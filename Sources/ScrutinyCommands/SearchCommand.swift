import ArgumentParser
import ScrutinyModel
import ScrutinyStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every paper, question, response and resolution; best matches first (newest first for very common words).",
        discussion: """
            The words as written are found first, then other forms of them ("digital exclusion" finds "digitally \
            excluded"). A word ending in * matches the start of words, and so does the last word, as in the terminal \
            UI. Narrow the search in its text or by options: committee:cabinet, from:2025, to:2025-06-30, \
            kind:question (item, paragraph, question, response, resolution, note, report, minutes, decision, \
            appendix, supporting).
            """)

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @Argument(help: "Words to find; \"quoted words\" as a phrase; filters such as committee:cabinet.")
    var query: String

    @Option(help: "At most this many results.")
    var limit = 20

    @Option(help: "Only this committee's papers (part of its name, or its id).") var committee: String?
    @Option(help: "Only meetings on or after this date (2025-06-10, 2025-06 or 2025).") var from: String?
    @Option(help: "Only meetings on or before this date.") var to: String?
    @Option(help: "Only this kind of entry or document; give it again for more.") var kind: [String] = []

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    /// The query with the options written in as filters, so both ways read alike.
    var text: String {
        let filters = [committee.map { ("committee", $0) }, from.map { ("from", $0) }, to.map { ("to", $0) }].compactMap { $0 }
            + kind.map { ("kind", $0) }
        return ([query] + filters.map { "\($0.0):\"\($0.1.replacingOccurrences(of: "\"", with: ""))\"" }).joined(separator: " ")
    }

    func run() throws {
        let (store, _) = try options.open(forReading: true)
        let notes = try member.open(papers: store)
        guard try !SearchFilters.split(text).words.allSatisfy({ !($0.isLetter || $0.isNumber) }) else {
            throw CommandError("nothing to search for: give some words, such as scrutiny search \"digital exclusion\" committee:cabinet")
        }
        let hits = try notes.searchAll(text, limit: limit, asYouType: true)
        if options.json { return try Output.json(hits.map(HitJSON.init)) }
        if hits.isEmpty { Output.line("No matches for “\(query)”.") }
        for hit in hits {
            let marked = Self.mark(hit.snippet)
            Output.line("\(hit.meetingDate?.iso ?? "undated")  \(hit.committeeName) — \(hit.itemTitle)  [\(hit.kind.rawValue)]")
            Output.line("    \(marked)")
            Output.line("    \(hit.itemID)\(hit.citation)")
        }
    }

    /// The snippet with matches in [brackets], for plain text output.
    static func mark(_ snippet: Snippet) -> String {
        snippet.marked(open: "[", close: "]")
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
        /// The page of the printed paper (a PDF's), when the paper has pages.
        var page: Int?
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
            page = hit.page
            snippet = hit.snippet.text
            highlights = hit.snippet.highlights.map { [$0.lowerBound, $0.upperBound] }
        }
    }
}
