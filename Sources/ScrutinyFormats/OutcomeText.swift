import ScrutinyModel

/// What a result written in words says: the outcome, whether it was unanimous, and the votes
/// when it counts them. English as UK minutes write it ("carried by 9 votes to 2 with 1
/// abstention", "For 5, Against 3, Abstentions 1", "unanimously agreed", "noted") and German
/// as OParl servers send `AgendaItem.result` ("Einstimmig beschlossen", "Mehrheitlich bei 14
/// Ja-Stimmen, 3 Nein-Stimmen und einer Enthaltung", "zur Kenntnis genommen", "vertagt").
struct OutcomeText: Equatable {
    var outcome: Resolution.Outcome?
    var unanimous = false
    var votes: VoteTally?

    init(_ text: String) {
        let words = Self.words(text)
        let joined = " " + words.joined(separator: " ") + " "
        unanimous = words.contains { $0.hasPrefix("unanim") || $0.hasPrefix("einstimmig") || $0 == "nem.con" }
            || zip(words, words.dropFirst()).contains { $0 == "nem" && $1 == "con" }
        outcome = Self.outcome(joined)
        votes = Self.tally(words)
        if outcome == nil, unanimous || votes != nil { outcome = .agreed }
    }

    /// Whether lower-case text could count votes at all: a cheap test before reading it.
    static func mayCountVotes(_ lower: String) -> Bool {
        ["against", "abstain", "abstention", "nein", "ja-stimme", "enthaltung", "votes to", "in favour", "for:", "for ("]
            .contains(where: lower.includes)
    }

    /// Words in lower case, punctuation apart from hyphens dropped: "14 ja-stimmen 3 nein-stimmen".
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
            .map { String($0).trimmingCharacters(in: ".-") }.filter { !$0.isEmpty }
    }

    /// The outcome a result names, checked from the most particular wording to the least.
    private static func outcome(_ text: String) -> Resolution.Outcome? {
        let rules: [([String], Resolution.Outcome)] = [
            ([" nicht empfohlen ", " nicht beschlossen ", " abgelehnt ", " not carried ", " rejected ", " refused ", " fell ",
              " was lost ", " motion lost ", " defeated "], .rejected),
            ([" vertagt ", " zurückgestellt ", " geschoben ", " verwiesen ", " deferred ", " adjourned ", " postponed ",
              " withdrawn ", " zurückgezogen "], .deferred),
            ([" kenntnis ", " kenntnisnahme ", " noted ", " notes ", " note "], .noted),
            ([" approved ", " approve ", " genehmigt "], .approved),
            ([" beschlossen ", " empfohlen ", " angenommen ", " zugestimmt ", " agreed ", " carried ", " resolved ",
              " adopted ", " endorsed ", " supported "], .agreed),
        ]
        return rules.first { words, _ in words.contains(where: text.includes) }?.1
    }

    static let numberWords: [String: Int] = [
        "no": 0, "none": 0, "nil": 0, "zero": 0, "keine": 0, "keiner": 0,
        "one": 1, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "two": 2, "zwei": 2, "three": 3, "drei": 3,
        "four": 4, "vier": 4, "five": 5, "fünf": 5, "six": 6, "sechs": 6, "seven": 7, "sieben": 7,
        "eight": 8, "acht": 8, "nine": 9, "neun": 9, "ten": 10, "zehn": 10, "eleven": 11, "elf": 11,
        "twelve": 12, "zwölf": 12,
    ]

    private enum Side { case inFavour, against, abstain }

    private static func side(_ word: String) -> Side? {
        if ["for", "favour", "favor", "ja", "ja-stimme", "ja-stimmen", "dafür", "yes", "ayes"].contains(word) { return .inFavour }
        if ["against", "nein", "nein-stimme", "nein-stimmen", "gegenstimme", "gegenstimmen", "dagegen", "noes"].contains(word) { return .against }
        if word.hasPrefix("abstain") || word.hasPrefix("abstention") || word.hasPrefix("enthaltung") || word.hasPrefix("stimmenthaltung") {
            return .abstain
        }
        return nil
    }

    /// Counts next to the side they count: "14 Ja-Stimmen", "For 5", "3 against", and
    /// "by 9 votes to 2". Nil unless both for and against are counted (a lone "for 5" in prose is no vote).
    private static func tally(_ words: [String]) -> VoteTally? {
        func number(_ word: String) -> Int? { Int(word).flatMap { (0...999).contains($0) ? $0 : nil } ?? numberWords[word] }
        let filler: Set<String> = ["in", "voted", "vote", "votes", "were", "was", "members", "councillors", "cast"]
        /// The count before a side's word ("14 Ja-Stimmen", "5 voted in favour") or after it ("Against 4").
        func count(at index: Int, after: Bool) -> Int? {
            var at = index
            for _ in 0..<4 {
                at += after ? 1 : -1
                guard words.indices.contains(at) else { return nil }
                if let n = number(words[at]) { return n }
                guard filler.contains(words[at]) else { return nil }
            }
            return nil
        }
        // "For 7, Against 4": labels before their counts, when the first side has no count before it.
        let firstSide = words.indices.first { side(words[$0]) != nil && (count(at: $0, after: false) ?? count(at: $0, after: true)) != nil }
        let countsFollow = firstSide.map { count(at: $0, after: false) == nil } ?? false
        var counts: [Side: Int] = [:]
        for (index, word) in words.enumerated() {
            if word == "votes" || word == "vote", index + 2 < words.count, words[index + 1] == "to",
               let a = index > 0 ? number(words[index - 1]) : nil, let b = number(words[index + 2]) {
                counts[.inFavour] = counts[.inFavour] ?? a
                counts[.against] = counts[.against] ?? b
                continue
            }
            guard let side = side(word), counts[side] == nil else { continue }
            // The way the counts run; abstentions also the other way ("For 7, Against 4, with 2 abstentions").
            let found = count(at: index, after: countsFollow) ?? (side == .abstain ? count(at: index, after: !countsFollow) : nil)
            if let found { counts[side] = found }
        }
        guard counts[.inFavour] != nil, counts[.against] != nil else { return nil }
        return VoteTally(for: counts[.inFavour] ?? 0, against: counts[.against] ?? 0, abstain: counts[.abstain] ?? 0)
    }
}
