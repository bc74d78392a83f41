/// A member's search text turned into a safe FTS5 query: every word quoted (so no input is
/// read as FTS5 syntax), "quoted phrases" kept together, and the last word matched as a
/// prefix while the member is still typing it.
struct SearchQuery: Equatable {
    /// The FTS5 MATCH expression; empty when the text had no words.
    let match: String

    init(_ text: String, asYouType: Bool = false) {
        var phrases: [[String]] = []
        var inQuote = false
        var current: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { current.append(word) }
            word = ""
        }
        func endPhrase() {
            endWord()
            if !current.isEmpty { phrases.append(current) }
            current = []
        }
        for character in text {
            if character == "\"" {
                endPhrase()
                inQuote.toggle()
            } else if character.isLetter || character.isNumber || character.unicodeScalars.allSatisfy({ $0.properties.isDiacritic }) {
                word.append(character)
            } else if inQuote {
                endWord()
            } else {
                endPhrase()
            }
        }
        endPhrase()
        let lastIsOpen = asYouType && !inQuote && (text.last.map { $0.isLetter || $0.isNumber } ?? false)
        var parts: [String] = []
        for (index, phrase) in phrases.enumerated() {
            let quoted = "\"" + phrase.joined(separator: " ") + "\""
            if lastIsOpen && index == phrases.count - 1 && phrase.count == 1 {
                parts.append(quoted + " *")
            } else {
                parts.append(quoted)
            }
        }
        self.match = parts.joined(separator: " ")
    }

    var isEmpty: Bool { match.isEmpty }
}
