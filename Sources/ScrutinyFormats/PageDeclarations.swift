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
            for sentence in block.body.split(separator: ".", omittingEmptySubsequences: true).map({ String($0).trimmed }) {
                guard var declaration = read(sentence, meetingID: meetingID, itemID: itemID, position: found.count + 1) else { continue }
                if let number = mentionedItem(sentence), let other = itemNumbers[number] { declaration.itemID = other }
                found.append(declaration)
            }
        }
        return found
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

    static func read(_ sentence: String, meetingID: String, itemID: String, position: Int) -> Declaration? {
        let lower = sentence.lowercased()
        guard let declared = sentence.range(of: " declared ", options: .caseInsensitive), lower.includes("interest") else { return nil }
        let subject = String(sentence[..<declared.lowerBound]).trimmed
        let words = subject.split(separator: " ")
        guard let first = words.first, ["councillor", "cllr", "cllr."].contains(first.lowercased()), (2...5).contains(words.count) else { return nil }
        let person = "Cllr " + words.dropFirst().joined(separator: " ")
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
