import ScrutinyModel

/// Finds what was resolved on a council page: the labelled entries after "Resolved –",
/// "RESOLVED: That the Committee:-" or "Resolved that …"; failing those, the labelled
/// entries of the decision; and "The Committee (unanimously) resolved to …" sentences.
enum PageResolutions {
    static func read(itemID: String, sections: [(PageSections.Section, [PageBlock])]) -> [Resolution] {
        var found: [(label: String, text: String, unanimous: Bool)] = []
        let all = sections.flatMap(\.1)
        for (index, block) in all.enumerated() where !block.isListEntry && isResolvedOpening(block.body) {
            let rest = openingRemainder(block.body)
            if !rest.isEmpty && !isIntroduction(rest) { found.append(("", rest, false)) }
            for entry in all[(index + 1)...].prefix(while: \.isListEntry) where entry.label != nil {
                found.append((entry.label!, entry.body, false))
            }
        }
        if found.isEmpty {
            for (section, blocks) in sections where section.role == .decision {
                found += blocks.filter { $0.isListEntry && $0.label != nil }.map { ($0.label!, $0.body, false) }
            }
        }
        // A decision of one sentence: "That the contract be awarded …".
        if found.isEmpty {
            for (section, blocks) in sections where section.role == .decision {
                found += blocks.filter { !$0.isListEntry && ($0.text.hasPrefix("That ") || $0.text.hasPrefix("To ")) }
                    .map { ("", $0.text, false) }
            }
        }
        for block in all where !block.isListEntry {
            let lower = block.text.lowercased()
            guard let range = lower.firstRange(of: "resolved to ") ?? lower.firstRange(of: "agreed to "),
                  lower.hasPrefix("the committee") || lower.hasPrefix("members") else { continue }
            let text = "To " + block.text[range.upperBound...]
            found.append(("", String(text), lower.contains("unanimously")))
        }
        // The same resolutions printed under "Decision" and again under "Minutes" count once.
        var seen = Set<String>()
        found = found.filter { seen.insert("\($0.label)\u{0}\(tidy($0.text).lowercased())").inserted }
        return found.enumerated().map { offset, entry in
            let text = tidy(entry.text)
            return Resolution(id: "\(itemID)-res\(offset + 1)", itemID: itemID, position: offset + 1, label: entry.label,
                              text: text, outcome: outcome(of: text), unanimous: entry.unanimous)
        }
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
