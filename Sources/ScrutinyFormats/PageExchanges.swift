import ScrutinyModel

/// Finds members' questions and comments, and officers' responses, in the paragraphs of
/// minutes or scrutiny considerations.
///
/// A paragraph ending in a colon introduces a list: "The Committee made the following
/// comments …:" introduces questions; "The Head of … said the following in response to
/// Members' questions:" or "Following questions from the Committee, the … highlighted the
/// following:" introduces responses. Outside lists, "Members requested that …" is a
/// comment and "The Chief Executive advised that …" a response that stands alone.
struct PageExchanges {
    private(set) var questions: [Question] = []
    private(set) var responses: [Response] = []

    private enum Mode {
        case none
        case questions(speaker: String)
        case responses(speaker: String)
        /// After "Question from Cllr Ellis:" or "Response:": the next paragraph is that turn.
        case turn(Turn)
    }

    /// A line that gives the next paragraph a speaker: "Question from Councillor Ellis to the
    /// Cabinet Member for Environment:", "Supplementary question:", "Response from the Leader:".
    struct Turn: Equatable {
        var isQuestion: Bool
        var speaker: String?
        /// Whom a question is put to: "Cabinet Member for Environment".
        var addressee: String?
        /// The questions a response answers, by their number on the page: "Response to questions 1 and 3:".
        var answers: [Int] = []
        /// A question's own number on the page: "Question 2 from …".
        var number: Int?
    }

    static func turn(_ text: String) -> Turn? {
        guard text.hasSuffix(":"), text.count <= 140 else { return nil }
        var rest = Substring(text.dropLast())
        if rest.lowercased().hasPrefix("supplementary ") { rest = rest.dropFirst("supplementary ".count) }
        let lower = rest.lowercased()
        let isQuestion: Bool
        if lower.hasPrefix("question") {
            isQuestion = true
        } else if ["response", "answer", "reply"].contains(where: lower.hasPrefix) {
            isQuestion = false
        } else {
            return nil
        }
        // "Question 2 from …": the number is the question's on the page.
        let number = Int(rest.drop { $0.isLetter }.drop { $0 == " " }.prefix { $0.isNumber })
        var head = rest.drop { $0.isLetter }.drop { $0 == " " || $0.isNumber }
        if head.count < rest.drop(while: \.isLetter).count { head = " " + head }
        var answers: [Int] = []
        if !isQuestion, head.lowercased().hasPrefix(" to question") {
            // "Response to questions 1 and 3 (from the Director):" → answers 1 and 3; "1-3" → 1, 2 and 3.
            let list = head.dropFirst(" to question".count).drop { $0.isLetter }
            let numbers = list.prefix { $0.isNumber || " ,&-–".contains($0) || "and".contains($0) }
            for part in numbers.split(whereSeparator: { " ,&".contains($0) || "and".contains($0) }) {
                let ends = part.split(whereSeparator: { $0 == "-" || $0 == "–" }).compactMap { Int($0) }
                if ends.count == 2, ends[0] <= ends[1], ends[1] - ends[0] < 50 { answers += Array(ends[0]...ends[1]) } else { answers += ends }
            }
            let speaker = list.dropFirst(numbers.count).filter { $0 != "(" && $0 != ")" }.trimmed
            head = speaker.isEmpty ? "" : " \(speaker)"[...]
        }
        guard head.isEmpty || head.hasPrefix(" from ") || head.hasPrefix(" by ") else { return nil }
        var speaker = head.drop { $0 != " " }.dropFirst().drop { $0 != " " }.dropFirst() // past "from"/"by"
        var addressee: String?
        if let to = speaker.range(of: " to ") {
            addressee = speakerName(String(speaker[to.upperBound...])).nilIfEmpty
            speaker = speaker[..<to.lowerBound]
        }
        return Turn(isQuestion: isQuestion, speaker: speakerName(String(speaker)).nilIfEmpty, addressee: addressee, answers: answers,
                    number: isQuestion ? number : nil)
    }

    static let responseVerbs = ["advised", "said", "confirmed", "explained", "stated", "responded", "replied", "clarified"]
    static let chairs: Set<String> = ["chair", "vice-chair", "vice chair", "chairman", "vice-chairman", "chairperson", "chair of the committee"]
    static let questionVerbs = ["asked", "expressed", "requested", "raised", "queried", "sought", "commented",
                                "questioned", "welcomed"]

    init(itemID: String, blocks: [PageBlock]) {
        var mode = Mode.none
        var answerer: String? // who was asked the last question, or who answered it
        var numbered: [Int: String] = [:] // "Question 2" → its id
        for block in blocks {
            if block.isListEntry {
                switch mode {
                case .questions(let speaker): addQuestion(itemID, speaker, block.body)
                case .responses(let speaker): addResponse(itemID, speaker, block.body)
                case .none, .turn: break
                }
                continue
            }
            if case .turn(let turn) = mode {
                mode = .none
                if turn.isQuestion {
                    addQuestion(itemID, turn.speaker ?? questions.last?.speaker ?? "Question", block.text)
                    if let number = turn.number { numbered[number] = questions.last?.id }
                    answerer = turn.addressee ?? answerer
                } else {
                    answerer = turn.speaker ?? answerer
                    addResponse(itemID, answerer ?? "Response", block.text)
                    let named = turn.answers.compactMap { numbered[$0] }
                    if !named.isEmpty {
                        responses[responses.count - 1].answers = named
                    } else if let asked = questions.last {
                        responses[responses.count - 1].answers = [asked.id]
                    }
                }
                continue
            }
            mode = .none
            let text = block.text
            if let turn = Self.turn(text) {
                mode = .turn(turn)
            } else if text.hasSuffix(":") {
                if let speaker = Self.questioner(text) {
                    mode = .questions(speaker: speaker)
                } else if let speaker = Self.responder(text) {
                    mode = .responses(speaker: speaker)
                }
            } else if let speaker = Self.standaloneResponder(text) {
                // The Chair is a member of the committee, not an officer answering it.
                if Self.chairs.contains(speaker.lowercased()) { addQuestion(itemID, speaker, text) } else { addResponse(itemID, speaker, text) }
            } else if let speaker = Self.standaloneQuestioner(text) {
                addQuestion(itemID, speaker, text)
            }
        }
    }

    private mutating func addQuestion(_ itemID: String, _ speaker: String, _ text: String) {
        let position = questions.count + 1
        questions.append(Question(id: "\(itemID)-q\(position)", itemID: itemID, position: position, speaker: speaker, text: text))
    }

    private mutating func addResponse(_ itemID: String, _ speaker: String, _ text: String) {
        let position = responses.count + 1
        responses.append(Response(id: "\(itemID)-r\(position)", itemID: itemID, position: position, speaker: speaker, text: text))
    }

    /// The speaker of an introduction to responses, or nil.
    static func responder(_ text: String) -> String? {
        let lower = text.lowercased()
        let answering = lower.includes("in response to") || lower.hasPrefix("following questions")
            || lower.hasPrefix("in answer to") || lower.includes("responded") || lower.includes("answered")
        guard answering else { return nil }
        var subject = text
        for lead in ["Following questions from the Committee,", "Following questions from Members,", "Following questions,",
                     "In response to questions,", "In answer to questions,"] where subject.hasPrefix(lead) {
            subject = String(subject.dropFirst(lead.count)).trimmed
        }
        let verbs = [" said", " highlighted", " responded", " answered", " replied", " advised", " explained", " confirmed", " made"]
        guard let cut = verbs.compactMap({ subject.firstRange(of: $0)?.lowerBound }).min() else { return nil }
        return speakerName(String(subject[..<cut]))
    }

    /// The speaker of an introduction to members' questions or comments, or nil: the
    /// committee, its members or a councillor made comments or asked questions.
    static func questioner(_ text: String) -> String? {
        let lower = text.lowercased()
        guard ["comment", "question", "asked", "raised", "queries"].contains(where: lower.includes) else { return nil }
        if lower.hasPrefix("the committee") { return "The Committee" }
        if lower.hasPrefix("members") || lower.hasPrefix("some members") { return "Members" }
        if lower.hasPrefix("councillor") || lower.hasPrefix("cllr") {
            return text.split(separator: " ").prefix(2).joined(separator: " ")
        }
        // "In discussion, the following points were raised:", "Points raised by Members included:".
        if lower.includes("points") && (lower.includes("raised") || lower.includes("made")) || lower.includes("were raised") {
            return "Members"
        }
        return nil
    }

    /// "The Chief Executive advised that …" → "Chief Executive".
    static func standaloneResponder(_ text: String) -> String? {
        guard text.hasPrefix("The ") else { return nil }
        for verb in responseVerbs {
            guard let range = text.firstRange(of: " \(verb) that ") ?? text.firstRange(of: " \(verb) the ") else { continue }
            let subject = String(text[..<range.lowerBound])
            guard subject.split(separator: " ").count <= 8, !subject.lowercased().includes("committee"),
                  subject.dropFirst(4).first?.isUppercase == true else { continue }
            return speakerName(subject)
        }
        return nil
    }

    /// "Members also requested that …" → "Members"; "Councillor Shah asked …" → "Councillor Shah".
    static func standaloneQuestioner(_ text: String) -> String? {
        let first = text.prefix { $0 != " " }
        guard ["Some", "Several", "A", "One", "Other", "Members", "Member", "Councillor", "Cllr"].contains(first) else { return nil }
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 3 else { return nil }
        var index = 0
        var speaker: String
        if ["Some", "Several", "A", "One", "Other"].contains(words[0]) { index = 1 }
        if words[index] == "Members" || words[index] == "Member" {
            speaker = index == 0 ? "Members" : "\(words[0]) \(words[index].lowercased())"
            index += 1
            if words.count > index + 2 && words[index] == "of" && words[index + 1] == "the" { index += 3 }
        } else if words[0] == "Councillor" || words[0] == "Cllr" {
            speaker = "\(words[0]) \(words[1])"
            index = 2
        } else {
            return nil
        }
        if index < words.count && ["also", "then", "further"].contains(words[index]) { index += 1 }
        guard index < words.count, questionVerbs.contains(words[index]) else { return nil }
        return speaker
    }

    private static func speakerName(_ subject: String) -> String {
        var name = subject.trimmed
        if name.hasPrefix("The ") || name.hasPrefix("the ") { name = String(name.dropFirst(4)) }
        return name
    }
}
