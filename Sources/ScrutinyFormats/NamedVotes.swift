import ScrutinyModel

/// A named (recorded) vote as minutes print it: "For (5): Councillors Ahmed, Baker, Cole,
/// Dunn and Evans; Against (4): Councillors …; Abstained (1): Councillor …", on one line or
/// one line for each side.
enum NamedVotes {
    /// The votes of a line, or nil when it records none.
    static func read(_ text: String) -> [NamedVote]? {
        var votes: [NamedVote] = []
        // Sides run together when each was on a line of its own.
        var text = text
        for side in ["Against", "Voting against", "Abstained", "Abstentions", "Abstention", "Abstaining", "Abstain"] {
            text = text.replacing(" \(side) (", with: "; \(side) (").replacing(" \(side):", with: "; \(side):")
        }
        for part in text.split(separator: ";") {
            let segment = part.trimmed.trimmingCharacters(in: ".")
            guard let colon = segment.firstIndex(of: ":") else { return nil }
            let head = segment[..<colon].lowercased().split(separator: "(").first.map { String($0).trimmed } ?? ""
            let vote: NamedVote.Vote
            switch head {
            case "for", "in favour", "voting for", "those voting for": vote = .for
            case "against", "voting against", "those voting against": vote = .against
            case "abstained", "abstain", "abstention", "abstentions", "abstaining": vote = .abstain
            default: return nil
            }
            let names = names(String(segment[segment.index(after: colon)...]))
            // A name holding a label ("Abstention (1): …") is a side this reader does not know.
            guard !names.contains(where: { $0.contains(":") || $0.contains("(") }) else { return nil }
            votes += names.map { NamedVote(person: $0, vote: vote) }
        }
        return votes.isEmpty ? nil : votes
    }

    /// "Councillors Ahmed, Baker and Cole" → ["Cllr Ahmed", "Cllr Baker", "Cllr Cole"]; "None" → [].
    static func names(_ list: String) -> [String] {
        var rest = list.trimmed
        if ["none", "nil", "-", "—"].contains(rest.lowercased()) { return [] }
        for lead in ["Councillors ", "Councillor ", "Cllrs ", "Cllrs. ", "Cllr ", "Cllr. "] where rest.hasPrefix(lead) {
            rest = String(rest.dropFirst(lead.count))
            break
        }
        return rest.replacing(" and ", with: ", ").split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }.map { name in
            for lead in ["Councillor ", "Cllr ", "Cllr. "] where name.hasPrefix(lead) { return "Cllr " + name.dropFirst(lead.count) }
            return "Cllr " + name
        }
    }

    static func tally(_ votes: [NamedVote]) -> VoteTally {
        VoteTally(for: votes.filter { $0.vote == .for }.count, against: votes.filter { $0.vote == .against }.count,
                  abstain: votes.filter { $0.vote == .abstain }.count)
    }
}
