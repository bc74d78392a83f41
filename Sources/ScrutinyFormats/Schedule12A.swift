import Foundation

/// Exempt information under Schedule 12A to the Local Government Act 1972, as papers state
/// it: "exempt under Paragraph 3 of Part 1 of Schedule 12A", "not for publication by virtue of
/// paragraphs 1 and 2", "Appendix B is exempt (paragraph 3)".
enum Schedule12A {
    struct Statement: Equatable {
        /// The paragraphs named (1–7); empty when not stated.
        var paragraphs: [Int]
        /// The appendix the exemption covers ("Appendix B"), nil when it covers the item.
        var appendix: String?
    }

    /// The exemption a sentence states, or nil when it states none.
    static func statement(in text: String) -> Statement? {
        let lower = text.lowercased()
        let exempt = lower.includes("exempt") || lower.includes("not for publication") || lower.includes("confidential information")
        guard exempt, lower.includes("schedule 12a") || lower.includes("paragraph") || lower.includes("not for publication")
                || lower.includes("exempt information") || lower.includes("exempt item") else { return nil }
        guard !denies(lower) else { return nil }
        var appendix: String?
        for word in ["appendix", "annex", "appendices"] {
            guard let at = text.range(of: word, options: .caseInsensitive),
                  let exemptAt = text.range(of: "exempt", options: .caseInsensitive) ?? text.range(of: "not for publication", options: .caseInsensitive),
                  at.lowerBound < exemptAt.lowerBound else { continue }
            appendix = text[at.lowerBound...].split(separator: " ").prefix(2).joined(separator: " ").trimmingCharacters(in: ",.;:()")
            break
        }
        return Statement(paragraphs: paragraphs(in: text), appendix: appendix)
    }

    /// Whether lower-case text says there is no exemption: a field answered "None", "No" or
    /// "N/A" ("Exempt information: None"), "not exempt", "there were no items containing exempt
    /// information", or "exempt from" something other than publication or disclosure. Doubt
    /// keeps an item exempt: an unexplained mention is not a denial.
    static func denies(_ lower: String) -> Bool {
        let answer = lower.split(whereSeparator: { $0 == ":" || $0 == "?" }).last.map { String($0).trimmingCharacters(in: " .") } ?? ""
        if lower.contains(where: { $0 == ":" || $0 == "?" }), ["none", "no", "n/a", "not applicable", "nil", "no exempt information"].contains(answer) {
            return true
        }
        if ["not exempt", "no exempt", "were no items", "was no item", "no items containing", "no confidential"].contains(where: lower.includes) {
            return true
        }
        return lower.includes("exempt from") && !lower.includes("exempt from publication") && !lower.includes("exempt from disclosure")
    }

    /// Paragraphs of Schedule 12A named in text: "Paragraph 3", "paragraphs 1 and 2", "paras 1, 2 & 3".
    static func paragraphs(in text: String) -> [Int] {
        let lower = text.lowercased()
        guard let at = lower.range(of: "paragraph") ?? lower.range(of: "para ") ?? lower.range(of: "paras ") else { return [] }
        let tail = lower[at.upperBound...].drop { $0.isLetter }.prefix(40)
        var numbers: [Int] = []
        var digits = ""
        for character in tail + " " {
            if character.isNumber { digits.append(character); continue }
            if let n = Int(digits), (1...7).contains(n), !numbers.contains(n) { numbers.append(n) }
            digits = ""
            if !(character.isWhitespace || character == "," || character == "&" || "and".contains(character)) { break }
        }
        return numbers.sorted()
    }
}
