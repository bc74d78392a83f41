import ScrutinyModel

/// Paragraphs of a council page that look like structure but were kept as plain text: a line
/// that names a vote, a declaration of interest, an exemption or a call-in date that the
/// reader did not turn into one. Said on import so that nothing is dropped silently.
enum PageLeftovers {
    static func notes(_ blocks: [PageBlock], bundle: PaperBundle) -> [String] {
        let item = bundle.items.first
        var notes: [String] = []
        for block in blocks {
            let text = block.text
            let lower = text.lowercased()
            let kind: String?
            let denial = lower.hasPrefix("no ") || lower.includes("none") || lower.includes(" no interest")
            if lower.includes(" declared "), lower.includes("interest"), !denial,
               !bundle.declarations.contains(where: { lower.contains($0.person.dropFirst(5).lowercased()) }) {
                kind = "a declaration of interest"
            } else if OutcomeText.mayCountVotes(lower), let votes = OutcomeText(text).votes, !bundle.resolutions.contains(where: { $0.votes == votes }) {
                kind = "a vote"
            } else if text.includes(":"), NamedVotes.read(text) != nil, !bundle.resolutions.contains(where: { !$0.namedVotes.isEmpty }) {
                kind = "a named vote"
            } else if Schedule12A.statement(in: text) != nil, item?.isExempt == false, !bundle.documents.contains(where: \.exempt) {
                kind = "an exemption"
            } else if lower.includes("call-in") || lower.includes("call in"), DateText.findDate(in: text) != nil,
                      item?.callIn.expires == nil {
                kind = "a call-in date"
            } else {
                kind = nil
            }
            guard let kind else { continue }
            let words = text.split(separator: " ")
            let shown = words.prefix(12).joined(separator: " ") + (words.count > 12 ? "…" : "")
            notes.append("line \(block.line): looks like \(kind) but was kept as text: \"\(shown)\"")
        }
        return notes
    }
}
