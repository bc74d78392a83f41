/// Questions in order, each followed by the responses that answer it; responses that stand
/// alone follow at the end, in order.
public enum Exchange: Hashable, Sendable {
    case question(Question)
    case response(Response)

    public static func pair(questions: [Question], responses: [Response]) -> [Exchange] {
        var shown = Set<String>()
        var result: [Exchange] = []
        for question in questions {
            result.append(.question(question))
            for response in responses where response.answers.first == question.id && !shown.contains(response.id) {
                result.append(.response(response))
                shown.insert(response.id)
            }
        }
        for response in responses where !shown.contains(response.id) { result.append(.response(response)) }
        return result
    }
}
