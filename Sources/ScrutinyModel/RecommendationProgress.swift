/// How a recommendation is being carried out once accepted: the plan, the updates on it, and
/// the committee's sign-off.
public struct PlanStep: Hashable, Sendable {
    public var text: String
    public var owner: String
    public var target: CalendarDate?

    /// "Plan: Publish the assessment — Head of Digital Services, by Tue 31 Mar 2026".
    public var summary: String {
        "Plan: \(text) — \(owner.isEmpty ? "no one named" : owner)" + (target.map { ", by \($0.short)" } ?? "")
    }

    public init(text: String, owner: String, target: CalendarDate? = nil) {
        self.text = text
        self.owner = owner
        self.target = target
    }
}

/// The trackers' ratings: green achieved (no more monitoring), amber acceptable progress (keep
/// monitoring), red unacceptable progress. Always printed as a word, never shown by colour alone.
public enum RAGRating: String, CaseIterable, Sendable {
    case green, amber, red

    public var title: String {
        switch self {
        case .green: "GREEN (achieved)"
        case .amber: "AMBER (acceptable progress)"
        case .red: "RED (unacceptable progress)"
        }
    }
}

/// The 1–4 assessment trackers give each recommendation at review.
public enum Assessment: Int, CaseIterable, Sendable {
    case achieved = 1, onTrack, slipped, notAchieved

    public var title: String {
        switch self {
        case .achieved: "1 achieved"
        case .onTrack: "2 on track"
        case .slipped: "3 slipped"
        case .notAchieved: "4 not achieved"
        }
    }
}

/// A dated report of progress on a recommendation.
public struct ProgressUpdate: Hashable, Sendable {
    public var date: CalendarDate
    public var text: String
    public var rating: RAGRating?
    public var assessment: Assessment?
    /// The new date when it has slipped.
    public var revisedDate: CalendarDate?
    public var by: String?

    /// "Tue 4 Nov 2025: Consultation under way. [AMBER (acceptable progress); 3 slipped; now by Thu 30 Apr 2026]".
    public var summary: String {
        let marks = [rating?.title, assessment?.title, revisedDate.map { "now by \($0.short)" }].compactMap { $0 }
        return "\(date.short): \(text)" + (marks.isEmpty ? "" : " [\(marks.joined(separator: "; "))]")
    }

    public init(date: CalendarDate, text: String, rating: RAGRating? = nil, assessment: Assessment? = nil,
                revisedDate: CalendarDate? = nil, by: String? = nil) {
        self.date = date
        self.text = text
        self.rating = rating
        self.assessment = assessment
        self.revisedDate = revisedDate
        self.by = by
    }
}

/// The committee's agreement, at a meeting, that a recommendation needs no more monitoring.
public struct SignOff: Hashable, Sendable {
    public var date: CalendarDate
    public var meetingID: String?

    public init(date: CalendarDate, meetingID: String? = nil) {
        self.date = date
        self.meetingID = meetingID
    }
}
