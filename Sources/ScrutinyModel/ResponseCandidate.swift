/// An item of the executive's (or the council's) that reads as its answer to scrutiny — "Executive
/// Response to Overview and Scrutiny Recommendations", "Matters referred to Cabinet by the Overview
/// and Scrutiny Committee", "Response to the recommendations of the Resources Scrutiny Committee" —
/// with the recommendations awaiting a response it may answer, offered to link with `recs respond`.
public struct ResponseCandidate: Hashable, Sendable {
    public var itemID: String
    public var meetingID: String
    /// "Cabinet".
    public var committeeName: String
    public var day: CalendarDate?
    /// "6. Executive response to scrutiny recommendations".
    public var itemHeading: String
    /// Sent before the meeting and not yet answered: the named committee's, when the item names one.
    public var answers: [Recommendation]

    public init(itemID: String, meetingID: String, committeeName: String, day: CalendarDate?, itemHeading: String, answers: [Recommendation]) {
        self.itemID = itemID
        self.meetingID = meetingID
        self.committeeName = committeeName
        self.day = day
        self.itemHeading = itemHeading
        self.answers = answers
    }

    /// Whether an item's title or purpose reads as a response to scrutiny: it speaks of scrutiny
    /// (or overview) and of a response, recommendations, matters referred, or its "stage 2" report.
    public static func readsAsResponse(_ text: String) -> Bool {
        text.firstMatch(of: /(?i)\b(scrutiny|overview)\b/) != nil
            && text.firstMatch(of: /(?i)\b(respon(se|ses|d|ding)|recommendations?|referr(ed|al)|reference|stages?\b[\w ]{0,8}\b2)\b/) != nil
    }
}
