/// Questions in order, each followed by the responses that answer it; responses that stand
/// alone follow at the end, in order. A response that answers several questions stands in full
/// under the first of them, saying which it answers, and each later one points back to it.
public enum Exchange: Hashable, Sendable {
    case question(Question)
    /// A response, with the positions of the questions it answers when more than one (Q1, Q3).
    case response(Response, answers: [Int])
    /// Under a later question: the response that answered it with the question at `with`.
    case answeredAbove(Response, with: Int)

    public static func pair(questions: [Question], responses: [Response]) -> [Exchange] {
        let position = Dictionary(questions.map { ($0.id, $0.position) }, uniquingKeysWith: { first, _ in first })
        var shown = Set<String>()
        var result: [Exchange] = []
        for question in questions {
            result.append(.question(question))
            for response in responses where response.answers.contains(question.id) {
                if shown.insert(response.id).inserted {
                    let answered = response.answers.compactMap { position[$0] }
                    result.append(.response(response, answers: answered.count > 1 ? answered : []))
                } else if let first = response.answers.compactMap({ position[$0] }).first {
                    result.append(.answeredAbove(response, with: first))
                }
            }
        }
        for response in responses where !shown.contains(response.id) { result.append(.response(response, answers: [])) }
        return result
    }

    /// "answers Q1 and Q3", for a response that answers more than one question.
    public static func answering(_ positions: [Int]) -> String? {
        guard positions.count > 1 else { return nil }
        let names = positions.map { "Q\($0)" }
        return "answers " + names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}
