/// The start of a list entry on a council page: a bullet ("·", "•", "-") and/or a label
/// ("(a)", "(ii)", "iv.", "(1)", "2.", "8.1").
struct ListLabel: Equatable {
    var bulleted: Bool
    /// The label as printed, or nil for a plain bullet.
    var label: String?
    /// The text after the bullet and label.
    var rest: String

    /// "8.1": the number of a paragraph of minutes rather than a list entry.
    var isMinuteNumber: Bool {
        guard let label, !bulleted else { return false }
        let core = label.hasSuffix(".") ? label.dropLast() : Substring(label)
        return core.contains(".") && core.allSatisfy { $0.isNumber || $0 == "." }
    }

    static let bullets: Set<Character> = ["·", "•", "-", "*", "–", "▪", "◦", "●", "o"]

    /// Reads a line's opening bullet and label; nil when it has neither.
    init?(_ line: String) {
        var text = Substring(line.trimmed)
        var bulleted = false
        if let first = text.first, Self.bullets.contains(first), text.dropFirst().first == " " || text.dropFirst().first == "\t" {
            // "o" is a bullet only when Word exported it alone before a space.
            bulleted = true
            text = text.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
        }
        if let (label, after) = Self.label(text) {
            self.bulleted = bulleted
            self.label = label
            self.rest = String(after).trimmed
        } else if bulleted {
            self.bulleted = true
            self.label = nil
            self.rest = String(text).trimmed
        } else {
            return nil
        }
        if rest.isEmpty && label == nil { return nil }
    }

    /// "(a) text" → ("(a)", "text"); the label must be followed by white space or stand
    /// alone on its line ("12.1" above its paragraph, as Word's hanging indents copy).
    private static func label(_ text: Substring) -> (String, Substring)? {
        let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? text.endIndex
        let token = text[..<space]
        let after = text[space...]
        guard token.count >= 2, token.count <= 8 else { return nil }
        if token.first == "(" && token.last == ")" {
            let inner = token.dropFirst().dropLast()
            return isMarker(inner) ? (String(token), after) : nil
        }
        if token.last == ")" || token.last == "." {
            let inner = token.dropLast()
            if isNumbered(inner) || isRoman(inner) { return (String(token), after) }
            if token.last == ")" && inner.count == 1 && inner.first!.isLowercase { return (String(token), after) }
            return nil
        }
        // "8.1 text": a numbered minute paragraph without a final dot.
        if token.contains("."), isNumbered(token) { return (String(token), after) }
        return nil
    }

    private static func isMarker(_ inner: Substring) -> Bool {
        guard !inner.isEmpty else { return false }
        if inner.allSatisfy(\.isNumber) { return inner.count <= 3 }
        if isRoman(inner) { return true }
        return inner.count <= 2 && inner.allSatisfy { $0.isLetter && $0.isLowercase && $0.isASCII }
    }

    /// "1", "12", "8.1", "8.1.2".
    private static func isNumbered(_ token: Substring) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count <= 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    private static func isRoman(_ token: Substring) -> Bool {
        !token.isEmpty && token.count <= 6 && token.allSatisfy { "ivxlc".contains($0) }
    }
}
