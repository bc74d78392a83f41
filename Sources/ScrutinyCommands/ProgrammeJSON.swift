import ScrutinyModel

/// A work-programme topic as `programme list --json` and the others give it.
struct ProgrammeTopicJSON: Encodable {
    var id: String
    var reference: String
    var committeeId: String
    /// "25/26".
    var year: String
    var title: String
    var source: String?
    /// Each criterion scored, as the council file names it (a list: names are not keys).
    var scores: [ScoreJSON]
    var targetMeetingId: String?
    var targetDay: String?
    var lead: String?
    /// proposed, planned, heard, deferred, dropped or completed.
    var status: String
    var notes: String?
    var items: [String]
    var recommendations: [String]
    var review: ReviewJSON?

    struct ScoreJSON: Encodable {
        var criterion: String
        var score: Int
    }

    struct ReviewJSON: Encodable {
        var terms: String
        var members: [String]
        var reportDue: String?
        var finalReport: String?
        var sessions: [SessionJSON]
    }

    struct SessionJSON: Encodable {
        var day: String
        var witnesses: [String]
        var notes: String
    }

    init(_ topic: ProgrammeTopic) {
        id = topic.id
        reference = topic.reference
        committeeId = topic.committeeID
        year = topic.year.label
        title = topic.title
        source = topic.source
        scores = topic.scores.sorted { $0.key < $1.key }.map { ScoreJSON(criterion: $0.key, score: $0.value) }
        targetMeetingId = topic.targetMeetingID
        targetDay = topic.targetDay?.iso
        lead = topic.lead
        status = topic.status.rawValue
        notes = topic.notes
        items = topic.items
        recommendations = topic.recommendations
        review = topic.review.map { review in
            ReviewJSON(terms: review.terms, members: review.members, reportDue: review.reportDue?.iso, finalReport: review.finalReport,
                       sessions: review.sessions.map { SessionJSON(day: $0.day.iso, witnesses: $0.witnesses, notes: $0.notes) })
        }
    }
}
