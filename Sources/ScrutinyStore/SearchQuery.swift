import Foundation
import ScrutinyModel

/// A member's search text turned into a safe FTS5 query: every word quoted (so no input is
/// read as FTS5 syntax), "quoted phrases" kept together, a word ending in * matched as the start
/// of words, and the last word too while the member is still typing it. The stemmed form
/// searches the stemmed index with each word's stem (`EnglishStemmer`).
public struct SearchQuery: Equatable {
    /// The FTS5 MATCH expression; empty when the text had no words.
    let match: String
    /// The words searched for, folded (lower case, no accents), stemmed in the stemmed form.
    let words: [String]
    /// Which of `words` are matched as the start of a word.
    let prefixes: Set<Int>
    let stemmed: Bool

    init(_ text: String, asYouType: Bool = false, stemmed: Bool = false) {
        var phrases: [[String]] = []
        var prefixed: Set<Int> = []  // phrases of one word to match as a prefix
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
            } else if character == "*" && !inQuote && !word.isEmpty && current.isEmpty {
                endPhrase()
                prefixed.insert(phrases.count - 1)
            } else if inQuote {
                endWord()
            } else {
                endPhrase()
            }
        }
        endPhrase()
        if asYouType && !inQuote && (text.last.map { $0.isLetter || $0.isNumber } ?? false), phrases.last?.count == 1 {
            prefixed.insert(phrases.count - 1)
        }
        if stemmed { phrases = phrases.map { $0.map { EnglishStemmer.stem(Self.fold($0)) } } }
        self.match = phrases.enumerated().map { index, phrase in
            "\"" + phrase.joined(separator: " ") + "\"" + (prefixed.contains(index) ? " *" : "")
        }.joined(separator: " ")
        var words: [String] = []
        var prefixes: Set<Int> = []
        for (index, phrase) in phrases.enumerated() {
            if prefixed.contains(index) { prefixes.insert(words.count) }
            words += phrase.map(Self.fold)
        }
        self.words = words
        self.prefixes = prefixes
        self.stemmed = stemmed
    }

    /// The words of `text` as the index splits it: runs of letters and digits.
    static func words(of text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }

    /// The words of `text`, folded: how a filter compares words with a note's.
    public static func foldedWords(of text: String) -> [String] {
        words(of: text).map { fold(String($0)) }
    }

    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether a word of a text is one searched for (its stem, in the stemmed form). A word whose
    /// first letters are no searched word's is passed over before it is stemmed.
    func matches(_ token: Substring) -> Bool {
        let folded = Self.fold(String(token))
        if stemmed, !words.contains(where: { folded.hasPrefix($0.prefix(3)) }) { return false }
        let form = stemmed ? EnglishStemmer.stem(folded) : folded
        return words.enumerated().contains { index, word in
            form == word || (prefixes.contains(index) && (form.hasPrefix(word) || folded.hasPrefix(word)))
        }
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
        guard !tokens.isEmpty else { return Snippet(text: "", highlights: []) }
        let first = tokens.firstIndex { matches(text[$0]) } ?? 0
        let from = max(0, first - count / 4)
        let to = min(tokens.count, from + count)
        var snippet = from > 0 ? "…" : ""
        var highlights: [Range<Int>] = []
        var cursor = tokens[from].lowerBound
        for token in tokens[from..<to] {
            snippet += text[cursor..<token.lowerBound].map { $0.isNewline ? " " : $0 }
            let begin = snippet.count
            snippet += text[token]
            if matches(text[token]) { highlights.append(begin..<snippet.count) }
            cursor = token.upperBound
        }
        if to < tokens.count { snippet += "…" }
        return Snippet(text: snippet, highlights: highlights)
    }

    var isEmpty: Bool { match.isEmpty }
}
