import Foundation
import ScrutinyModel

/// Finds what was resolved on a council page: the labelled entries after "Resolved –",
/// "RESOLVED: That the Committee:-" or "Resolved that …"; failing those, the labelled
/// entries of the decision; "The Committee (unanimously) resolved to …" sentences; and,
/// when nothing else was resolved, "The Council noted the report." Votes go with what they
/// decided: in the opening ("RESOLVED (by 9 votes to 2 with 1 abstention) – That …"), in a
/// line after it ("For 7, Against 4, Abstentions 0"), or named ("For (5): Councillors …").
enum PageResolutions {
    /// A resolution found, before it is numbered.
    struct Entry {
        var label: String
        var text: String
        var votes = OutcomeText("")
        var named: [NamedVote] = []
    }

    static func read(itemID: String, sections: [(PageSections.Section, [PageBlock])]) -> [Resolution] {
        var found: [Entry] = []
        let all = sections.flatMap(\.1)
        for (index, block) in all.enumerated() where !block.isListEntry && isResolvedOpening(block.body) {
            let (rest, opening) = votesInOpening(openingRemainder(block.body))
            var votes = opening
            var group: [Entry] = []
            if !rest.isEmpty && !isIntroduction(rest) { group.append(Entry(label: "", text: rest)) }
            let entries = all[(index + 1)...].prefix(while: \.isListEntry)
            for entry in entries where entry.label != nil { group.append(Entry(label: entry.label!, text: entry.body)) }
            // A vote recorded on the line after: "(For 7, Against 4, Abstentions 0)", "For (5): Councillors …".
            var named: [NamedVote] = []
            for next in all[(index + 1 + entries.count)...].prefix(4) where !next.isListEntry {
                let lower = next.text.lowercased()
                if next.text.hasSuffix(":") && lower.includes("vote") && named.isEmpty { continue } // "the votes were recorded as follows:"
                if let names = NamedVotes.read(next.text) {
                    named += names
                } else if next.text.count < 160, OutcomeText(next.text).votes != nil, votes.votes == nil {
                    votes = OutcomeText(next.text)
                } else {
                    break
                }
            }
            if votes.votes == nil, !named.isEmpty { votes.votes = NamedVotes.tally(named) }
            found += group.map { var entry = $0; entry.votes = votes; entry.named = named; return entry }
        }
        if found.isEmpty {
            for (section, blocks) in sections where section.role == .decision {
                found += blocks.filter { $0.isListEntry && $0.label != nil }.map { Entry(label: $0.label!, text: $0.body) }
            }
        }
        // A decision of one sentence: "That the contract be awarded …".
        if found.isEmpty {
            for (section, blocks) in sections where section.role == .decision {
                found += blocks.filter { !$0.isListEntry && ($0.text.hasPrefix("That ") || $0.text.hasPrefix("To ")) }
                    .map { Entry(label: "", text: $0.text) }
            }
        }
        // "The Committee (unanimously) resolved to …", "The Committee resolved by 9 votes to 2 that …".
        let bodies = ["the committee", "members", "the council", "the cabinet", "the panel", "the board", "the sub-committee"]
        for block in all where !block.isListEntry && bodies.contains(where: block.text.lowercased().hasPrefix) {
            guard let verb = block.text.range(of: " resolved ", options: .caseInsensitive)
                    ?? block.text.range(of: " agreed to ", options: .caseInsensitive).map({ $0.lowerBound..<block.text.index($0.upperBound, offsetBy: -3) })
            else { continue }
            let (rest, votes) = votesInOpening(String(block.text[verb.upperBound...]).trimmed)
            var unanimous = votes
            unanimous.unanimous = votes.unanimous || block.text[..<verb.upperBound].lowercased().includes("unanimously")
            let text = rest.lowercased().hasPrefix("to ") || rest.lowercased().hasPrefix("that ") ? rest.prefix(1).uppercased() + rest.dropFirst() : rest
            guard text.hasPrefix("To ") || text.hasPrefix("That ") else { continue }
            found.append(Entry(label: "", text: text, votes: unanimous))
        }
        // "The Council noted the report.": a resolution to note, when nothing else was resolved.
        if found.isEmpty {
            for block in all where !block.isListEntry && isNotedSentence(block.text) {
                found.append(Entry(label: "", text: block.text, votes: OutcomeText(block.text)))
            }
        }
        // The same resolutions printed under "Decision" and again under "Minutes" count once,
        // with the vote whichever copy records it.
        var kept: [Entry] = []
        var seen: [String: Int] = [:]
        for entry in found {
            let key = "\(entry.label)\u{0}\(tidy(entry.text).lowercased().trimmingCharacters(in: ".;: "))"
            guard let earlier = seen[key] else {
                seen[key] = kept.count
                kept.append(entry)
                continue
            }
            if kept[earlier].votes.votes == nil { kept[earlier].votes.votes = entry.votes.votes }
            kept[earlier].votes.unanimous = kept[earlier].votes.unanimous || entry.votes.unanimous
            if kept[earlier].named.isEmpty { kept[earlier].named = entry.named }
        }
        found = kept
        return found.enumerated().map { offset, entry in
            let text = tidy(entry.text)
            return Resolution(id: "\(itemID)-res\(offset + 1)", itemID: itemID, position: offset + 1, label: entry.label, text: text,
                              outcome: isNotedSentence(text) ? .noted : outcome(of: text), votes: entry.votes.votes,
                              unanimous: entry.votes.unanimous, namedVotes: entry.named)
        }
    }

    /// "by 9 votes to 2 with 1 abstention that the lease be granted" → the resolution and its vote;
    /// "(unanimously) – That …" likewise.
    static func votesInOpening(_ rest: String) -> (String, OutcomeText) {
        let lower = rest.lowercased()
        if lower.hasPrefix("unanimously ") { return (String(rest.dropFirst("unanimously ".count)), OutcomeText("unanimously")) }
        if lower.hasPrefix("by ") {
            // "by 9 votes to 2 with 1 abstention to recommend …": the vote ends where its words do.
            let words = rest.split(separator: " ", omittingEmptySubsequences: false)
            func isNumber(_ word: Substring) -> Bool {
                let bare = word.lowercased().trimmingCharacters(in: ",;:")
                return Int(bare) != nil || OutcomeText.numberWords[bare] != nil
            }
            let voteWords: Set<String> = ["by", "votes", "vote", "with", "and", "abstention", "abstentions", "against", "for", "in", "favour"]
            var end = 0
            while end < words.count {
                let word = words[end].lowercased().trimmingCharacters(in: ",;:")
                let next = end + 1 < words.count ? words[end + 1] : ""
                guard isNumber(words[end]) || voteWords.contains(word) || word == "to" && isNumber(next) else { break }
                end += 1
            }
            let vote = words[..<end].joined(separator: " ")
            let remainder = words[end...].joined(separator: " ").trimmed
            return (openingRemainder("Resolved " + remainder.drop { " –—-:".contains($0) }), OutcomeText(vote))
        }
        guard lower.hasPrefix("(") || lower.hasPrefix("nem") else {
            return (rest, OutcomeText(""))
        }
        func find(_ text: String) -> Range<String.Index>? { rest.range(of: text, options: .caseInsensitive) }
        let cut = [find(" that ")?.lowerBound, find(") ")?.upperBound, find(" – ")?.lowerBound, find(":")?.lowerBound]
            .compactMap { $0 }.min() ?? rest.endIndex
        let vote = String(rest[..<cut])
        let remainder = openingRemainder("Resolved " + rest[cut...].drop { " –—-:)".contains($0) })
        return (remainder, OutcomeText(vote))
    }

    /// "The Council noted the report.", "The Committee noted the update and thanked the officers."
    static func isNotedSentence(_ text: String) -> Bool {
        let lower = text.lowercased()
        let bodies = ["the committee", "the council", "the cabinet", "the board", "the panel", "members", "the sub-committee"]
        return bodies.contains(where: lower.hasPrefix) && (lower.includes(" noted the ") || lower.includes(" noted that "))
            && text.count < 300
    }

    /// "Resolved –", "RESOLVED:", "Resolved that …", "It was resolved that …".
    static func isResolvedOpening(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("resolved") || lower.hasPrefix("it was resolved") || lower.hasPrefix("agreed:")
    }

    /// The text after "Resolved" and its punctuation.
    static func openingRemainder(_ text: String) -> String {
        var rest = Substring(text)
        for lead in ["It was resolved", "it was resolved", "RESOLVED", "Resolved", "resolved", "AGREED", "Agreed"] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            break
        }
        let remainder = String(rest.drop(while: { " –—-:".contains($0) })).trimmed
        // "Resolved that the lease be granted" is minuted as "That the lease be granted".
        return remainder.hasPrefix("that ") ? "T" + remainder.dropFirst() : remainder
    }

    /// "That the Committee:-" introduces a list rather than resolving anything itself.
    static func isIntroduction(_ text: String) -> Bool {
        text.hasSuffix(":-") || text.hasSuffix(":") || text.hasSuffix("–") || text.count < 4
    }

    /// Drops the "; and" that joins resolutions in a list.
    static func tidy(_ text: String) -> String {
        var result = text.trimmed
        for ending in ["; and", ", and", " and", ";"] where result.hasSuffix(ending) {
            result = String(result.dropLast(ending.count)).trimmed
            break
        }
        return result
    }

    /// The outcome a resolution's wording gives, by its first telling word.
    static func outcome(of text: String) -> Resolution.Outcome {
        let lower = text.lowercased()
        let words: [(String, Resolution.Outcome)] = [
            ("noted", .noted), ("note ", .noted), ("notes ", .noted), ("approved", .approved), ("approve", .approved),
            ("rejected", .rejected), ("refused", .rejected), ("reject", .rejected),
            ("deferred", .deferred), ("defer", .deferred), ("agreed", .agreed), ("adopt", .agreed), ("endorse", .agreed),
        ]
        let first = words.compactMap { word, outcome in lower.firstRange(of: word).map { ($0.lowerBound, outcome) } }
            .min { $0.0 < $1.0 }
        return first?.1 ?? .agreed
    }
}
