/// Everything one imported file holds, ready to be written to the store in one transaction.
///
/// Committees, people and meetings are shared between files and merged by id; the items
/// (with their documents, questions, responses and resolutions), attendance and
/// declarations belong to the file and are replaced when it changes.
public struct PaperBundle: Hashable, Sendable {
    public var body: Body?
    public var committees: [Committee] = []
    public var people: [Person] = []
    public var memberships: [Membership] = []
    public var meetings: [Meeting] = []
    public var items: [AgendaItem] = []
    public var documents: [Document] = []
    public var questions: [Question] = []
    public var responses: [Response] = []
    public var resolutions: [Resolution] = []
    public var attendance: [Attendance] = []
    public var declarations: [Declaration] = []
    /// A committee's recommendations with their responses and progress (a recommendations file).
    public var recommendations: [Recommendation] = []

    public init() {}

    /// A one-line account of what the bundle holds: "1 meeting, 3 items, 4 documents …".
    public var summary: String {
        let counts: [(Int, String, String?)] = [
            (committees.count, "committee", nil), (people.count, "person", "people"), (meetings.count, "meeting", nil),
            (items.count, "item", nil), (documents.count, "document", nil), (questions.count, "question", nil),
            (responses.count, "response", nil), (resolutions.count, "resolution", nil),
            (attendance.count, "attendance record", nil), (declarations.count, "declaration", nil),
            (recommendations.count, "recommendation", nil),
        ]
        return counts.filter { $0.0 > 0 }.map { count, one, many in "\(count) \(count == 1 ? one : many ?? one + "s")" }
            .joined(separator: ", ")
    }
}
