import Foundation
import ScrutinyModel

/// A member's search text turned into a safe FTS5 query: every word quoted (so no input is
/// read as FTS5 syntax), "quoted phrases" kept together, and the last word matched as a
/// prefix while the member is still typing it.
struct SearchQuery: Equatable {
    /// The FTS5 MATCH expression; empty when the text had no words.
    let match: String
    /// The words searched for, folded (lower case, no accents); the last may be a prefix.
    let words: [String]
    /// Whether the last word is matched as the start of a word (as you type).
    let lastIsPrefix: Bool

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
        self.words = phrases.joined().map(Self.fold)
        self.lastIsPrefix = lastIsOpen
    }

    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// A snippet of `text` around the first word searched for, its words marked: made in one
    /// pass over the text, so a long note costs no more than its length (SQLite's snippet()
    /// weighs every match against every other).
    func snippet(of text: String, around count: Int = 16) -> Snippet {
        var tokens: [Range<String.Index>] = []
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append(begin..<index)
                start = nil
            }
        }
        if let begin = start { tokens.append(begin..<text.endIndex) }
        func matches(_ token: Range<String.Index>) -> Bool {
            let folded = Self.fold(String(text[token]))
            return words.enumerated().contains { index, word in
                folded == word || (lastIsPrefix && index == words.count - 1 && folded.hasPrefix(word))
            }
        }
        guard !tokens.isEmpty else { return Snippet(text: "", highlights: []) }
        let first = tokens.firstIndex(where: matches) ?? 0
        let from = max(0, first - count / 4)
        let to = min(tokens.count, from + count)
        var snippet = from > 0 ? "…" : ""
        var highlights: [Range<Int>] = []
        var cursor = tokens[from].lowerBound
        for token in tokens[from..<to] {
            snippet += text[cursor..<token.lowerBound].map { $0.isNewline ? " " : $0 }
            let begin = snippet.count
            snippet += text[token]
            if matches(token) { highlights.append(begin..<snippet.count) }
            cursor = token.upperBound
        }
        if to < tokens.count { snippet += "…" }
        return Snippet(text: snippet, highlights: highlights)
    }

    var isEmpty: Bool { match.isEmpty }
}
