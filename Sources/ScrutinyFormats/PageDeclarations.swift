import Foundation
import ScrutinyModel

/// Declarations of interest written as sentences: "Councillor Shah declared an other
/// registrable interest in item 4 as a trustee of the Friends of Eastmere Library and
/// remained in the meeting."; "Cllr Lind declared a disclosable pecuniary interest (her
/// husband's firm tendered) and left the room."; "… a personal interest …" (the older code).
enum PageDeclarations {
    static func read(meetingID: String, itemID: String, blocks: [PageBlock], itemNumbers: [String: String] = [:]) -> [Declaration] {
        var found: [Declaration] = []
        for block in blocks where block.body.includes("eclared") {
            for sentence in sentences(block.body) {
                for var declaration in read(sentence, meetingID: meetingID, itemID: itemID, position: found.count + 1) {
                    if let number = mentionedItem(sentence), let other = itemNumbers[number] { declaration.itemID = other }
                    found.append(declaration)
                }
            }
        }
        return found
    }

    /// Words after which a full stop ends no sentence: "Cllr. J. Smith", "Homes Ltd. and".
    static let abbreviations: Set<String> = ["cllr", "cllrs", "ltd", "co", "st", "mr", "mrs", "ms", "dr", "no", "nos", "para", "paras", "cf", "etc"]

    /// A paragraph's sentences: a full stop ends one when a capital follows, unless it ends
    /// an abbreviation or an initial.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard character == ".", index + 2 < characters.count, characters[index + 1] == " ", characters[index + 2].isUppercase else { continue }
            let word = current.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
            if abbreviations.contains(word) || word.count == 1 { continue }
            sentences.append(current.trimmed)
            current = ""
        }
        if !current.trimmed.isEmpty { sentences.append(current.trimmed) }
        return sentences.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
    }

    /// "… in item 4 …", "… in agenda item 6(a) …", "… in minute 12 …" → "4", "6(a)", "12".
    static func mentionedItem(_ sentence: String) -> String? {
        let words = sentence.split(separator: " ")
        for (index, word) in words.enumerated() where ["item", "minute"].contains(word.lowercased()) && index + 1 < words.count {
            let number = String(words[index + 1]).trimmingCharacters(in: ",;:.")
            if number.first?.isNumber == true { return number }
        }
        return nil
    }

    /// The declarations a sentence makes: one for each councillor it names ("Councillors Shah
    /// and Lee declared …"), none when it declares no interest.
    static func read(_ sentence: String, meetingID: String, itemID: String, position: Int) -> [Declaration] {
        let lower = sentence.lowercased()
        guard let declared = sentence.range(of: " declared ", options: .caseInsensitive) else { return [] }
        // "declared a/an … interest", the interest within a few words; not "declared that", "declared his support".
        let object = sentence[declared.upperBound...].lowercased().split(separator: " ").prefix(8)
        guard let opening = object.first, ["a", "an", "interests", "interest", "other", "personal", "prejudicial", "disclosable",
                                           "non-registrable", "registrable", "pecuniary", "their", "his", "her"].contains(opening),
              object.contains(where: { $0.hasPrefix("interest") }),
              !["no interest", "no interests", "nothing to declare", "not declare"].contains(where: lower.includes) else { return [] }
        let people = councillors(String(sentence[..<declared.lowerBound]).trimmed)
        return people.enumerated().compactMap { offset, person in
            declaration(sentence, person: person, meetingID: meetingID, itemID: itemID, position: position + offset)
        }
    }

    /// "Councillor Priya Shah" → ["Cllr Priya Shah"]; "Councillors Shah and Lee" → ["Cllr Shah", "Cllr Lee"]; not a councillor → [].
    static func councillors(_ subject: String) -> [String] {
        // "The Chair, Councillor Hale," → "Councillor Hale".
        var subject = subject
        if let named = subject.range(of: "Councillor") ?? subject.range(of: "Cllr") {
            subject = String(subject[named.lowerBound...]).trimmingCharacters(in: ", ")
        }
        let words = subject.split(separator: " ")
        guard let first = words.first?.lowercased(), (2...8).contains(words.count) else { return [] }
        let rest = words.dropFirst().joined(separator: " ")
        switch first {
        case "councillor", "cllr", "cllr.":
            return words.count <= 5 ? ["Cllr " + rest] : []
        case "councillors", "cllrs", "cllrs.":
            return NamedVotes.names(rest)
        default:
            return []
        }
    }

    private static func declaration(_ sentence: String, person: String, meetingID: String, itemID: String, position: Int) -> Declaration? {
        let lower = sentence.lowercased()
        let kind: Declaration.Kind = if lower.includes("pecuniary") || lower.includes("prejudicial") {
            .disclosablePecuniary
        } else if lower.includes("other registrable") || lower.includes(" registrable") && !lower.includes("non-registrable") && !lower.includes("non registrable") {
            .otherRegistrable
        } else {
            .nonRegistrable
        }
        let action: Declaration.Action = if ["left the room", "left the meeting", "withdrew", "left the chamber"].contains(where: lower.includes) {
            .leftRoom
        } else if ["did not vote", "not vote", "took no part in the vote", "abstained from voting", "did not take part"].contains(where: lower.includes) {
            .didNotVote
        } else {
            .remained
        }
        return Declaration(id: "\(itemID)-d\(position)", meetingID: meetingID, itemID: itemID, person: person, kind: kind,
                           detail: detail(sentence), action: action)
    }

    /// What the interest is: the words in brackets, or after "as"/"because"/"since", up to
    /// what the member did.
    static func detail(_ sentence: String) -> String {
        if let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") {
            return String(sentence[sentence.index(after: open)..<close]).trimmed
        }
        func find(_ word: String, from: String.Index) -> Range<String.Index>? {
            sentence.range(of: word, options: .caseInsensitive, range: from..<sentence.endIndex)
        }
        guard let interest = find("interest", from: sentence.startIndex) else { return "" }
        guard let start = [" as ", " because ", " since ", " being "].compactMap({ find($0, from: interest.upperBound)?.upperBound }).min()
        else { return "" }
        let ends = [" and remained", " and left", " and withdrew", " and did not", " and took no", " and stayed", ", and "]
        let end = ends.compactMap { find($0, from: start)?.lowerBound }.min() ?? sentence.endIndex
        return String(sentence[start..<end]).trimmed
    }
}
