import Foundation

/// English stemming for search, so "digitally excluded" is found by "digital exclusion": the
/// Porter algorithm (M. F. Porter, 1980), then one step of its own that brings the -sion and
/// -sive words of the -lude and -rude verbs to the verb ("exclusion", "inclusive" → "exclud",
/// "includ"). Words with letters outside a–z (after folding) and short words stay as they are.
enum EnglishStemmer {
    /// The stem of a folded word.
    static func stem(_ word: String) -> String {
        guard word.utf8.count > 2, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var stemmer = Word(Array(word.utf8))
        stemmer.step1()
        stemmer.step2And3()
        stemmer.step4()
        stemmer.step5()
        stemmer.verbOfSion()
        return String(decoding: stemmer.letters, as: UTF8.self)
    }

    /// `text` as the stemmed index holds it: each word folded and stemmed, one space apart.
    /// Words repeat (an archive's commonest hundred words are half its text), so each word's
    /// stem is worked out once and kept.
    static func stemmedText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var word = String.UnicodeScalarView()
        func endWord() {
            guard !word.isEmpty else { return }
            if !out.isEmpty { out += " " }
            out += Self.stems.stem(String(word))
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            // Plain ASCII, most of a council's text: letters and digits make words.
            if scalar.isASCII {
                let value = scalar.value
                // ^ and ` are diacritics, as below.
                if (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
                    || (!word.isEmpty && (value == 0x5E || value == 0x60)) {
                    word.append(scalar)
                } else {
                    endWord()
                }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || (!word.isEmpty && properties.isDiacritic) {
                word.append(scalar)
            } else {
                endWord()
            }
        }
        endWord()
        return out
    }

    /// Stems of the words seen, shared by every import in the process; emptied when it grows large.
    private static let stems = StemCache()

    private final class StemCache: @unchecked Sendable {
        private let lock = NSLock()
        private var known: [String: String] = [:]

        func stem(_ word: String) -> String {
            if let stem = lock.withLock({ known[word] }) { return stem }
            let folded = word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased() : SearchQuery.fold(word)
            let stem = EnglishStemmer.stem(folded)
            lock.withLock {
                if known.count > 500_000 { known.removeAll(keepingCapacity: true) }
                known[word] = stem
            }
            return stem
        }
    }

    private struct Word {
        var letters: [UInt8]

        init(_ letters: [UInt8]) { self.letters = letters }

        /// Whether the letter at `index` is a consonant: not a vowel, and y only after a vowel or at the start.
        private func isConsonant(_ index: Int) -> Bool {
            switch letters[index] {
            case 0x61, 0x65, 0x69, 0x6F, 0x75: return false
            case 0x79: return index == 0 || !isConsonant(index - 1)
            default: return true
            }
        }

        /// The number of vowel–consonant sequences in the first `length` letters.
        private func measure(_ length: Int) -> Int {
            var count = 0
            var index = 0
            while index < length && isConsonant(index) { index += 1 }
            while index < length {
                while index < length && !isConsonant(index) { index += 1 }
                guard index < length else { break }
                while index < length && isConsonant(index) { index += 1 }
                count += 1
            }
            return count
        }

        private func hasVowel(_ length: Int) -> Bool { (0..<length).contains { !isConsonant($0) } }

        private func endsWithDoubleConsonant(_ length: Int) -> Bool {
            length >= 2 && letters[length - 1] == letters[length - 2] && isConsonant(length - 1)
        }

        /// Consonant–vowel–consonant at the end, the last not w, x or y ("hop", not "snow").
        private func endsCVC(_ length: Int) -> Bool {
            guard length >= 3, isConsonant(length - 1), !isConsonant(length - 2), isConsonant(length - 3) else { return false }
            return ![0x77, 0x78, 0x79].contains(letters[length - 1])
        }

        private func ends(_ suffix: String) -> Bool {
            letters.count >= suffix.utf8.count && letters.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
        }

        /// Replaces `suffix` (which the word ends with) by `replacement`.
        private mutating func replace(_ suffix: String, with replacement: String) {
            letters.removeLast(suffix.utf8.count)
            letters += replacement.utf8
        }

        /// Plurals, -ed and -ing, and a final y.
        mutating func step1() {
            if ends("sses") { replace("sses", with: "ss") }
            else if ends("ies") { replace("ies", with: "i") }
            else if !ends("ss") && ends("s") { letters.removeLast() }

            if ends("eed") {
                if measure(letters.count - 3) > 0 { letters.removeLast() }
            } else if let suffix = ["ed", "ing"].first(where: ends), hasVowel(letters.count - suffix.utf8.count) {
                letters.removeLast(suffix.utf8.count)
                if ends("at") || ends("bl") || ends("iz") {
                    letters.append(0x65)
                } else if endsWithDoubleConsonant(letters.count), ![0x6C, 0x73, 0x7A].contains(letters[letters.count - 1]) {
                    letters.removeLast()
                } else if measure(letters.count) == 1 && endsCVC(letters.count) {
                    letters.append(0x65)
                }
            }
            if ends("y") && hasVowel(letters.count - 1) { letters[letters.count - 1] = 0x69 }
        }

        private static let step2: [(String, String)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("abli", "able"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ].sorted { $0.0.utf8.count > $1.0.utf8.count }

        private static let step3: [(String, String)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ].sorted { $0.0.utf8.count > $1.0.utf8.count }

        /// Derivational endings, where what is left has a measure above 0: the longest that fits.
        mutating func step2And3() {
            for rules in [Self.step2, Self.step3] {
                if let (suffix, replacement) = rules.first(where: { ends($0.0) }), measure(letters.count - suffix.utf8.count) > 0 {
                    replace(suffix, with: replacement)
                }
            }
        }

        private static let step4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
                                    "ism", "ate", "iti", "ous", "ive", "ize"].sorted { $0.utf8.count > $1.utf8.count }

        /// Endings removed where what is left has a measure above 1 (-ion only after s or t).
        mutating func step4() {
            guard let suffix = Self.step4.first(where: ends) else { return }
            let rest = letters.count - suffix.utf8.count
            guard measure(rest) > 1 else { return }
            if suffix == "ion" && !(rest > 0 && [0x73, 0x74].contains(letters[rest - 1])) { return }
            letters.removeLast(suffix.utf8.count)
        }

        /// A final e, and a double l.
        mutating func step5() {
            if ends("e") {
                let measure = measure(letters.count - 1)
                if measure > 1 || (measure == 1 && !endsCVC(letters.count - 1)) { letters.removeLast() }
            }
            if ends("ll") && measure(letters.count) > 1 { letters.removeLast() }
        }

        /// "exclus" (exclusion, exclusive) → "exclud" (exclude, excluded); likewise -rus.
        mutating func verbOfSion() {
            if ends("lus") || ends("rus") { letters[letters.count - 1] = 0x64 }
        }
    }
}
