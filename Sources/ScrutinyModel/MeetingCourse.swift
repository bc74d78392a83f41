/// The meeting's own course as the chair records it: started, adjourned, resumed, ended, and
/// opened again after it was held to amend its record.
public struct CourseEvent: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case started, adjourned, resumed, ended, reopened
    }

    public var kind: Kind
    /// Seconds since 1970.
    public var at: Int
    /// The local time of day it happened, "19:05".
    public var clock: String
    public var member: String?

    public init(_ kind: Kind, at: Int, clock: String, member: String?) {
        self.kind = kind
        self.at = at
        self.clock = clock
        self.member = member
    }
}

/// Where a meeting is in its course.
public enum MeetingState: Sendable, Equatable {
    case notStarted, running, adjourned, ended
    /// Opened again after it ended: each change is an amendment to the record.
    case amending

    public init(_ course: [CourseEvent]) {
        switch course.last?.kind {
        case nil: self = .notStarted
        case .started?, .resumed?: self = .running
        case .adjourned?: self = .adjourned
        case .ended?: self = .ended
        case .reopened?: self = .amending
        }
    }

    /// What the chair may do next, in order of the course.
    public var next: [CourseEvent.Kind] {
        switch self {
        case .notStarted: [.started]
        case .running: [.adjourned, .ended]
        case .adjourned: [.resumed, .ended]
        case .ended: [.reopened]
        case .amending: [.ended]
        }
    }
}

/// A change made to a meeting's record after it had ended.
public struct Amendment: Hashable, Sendable {
    public var at: Int
    public var member: String?
    public var what: String

    public init(at: Int, member: String?, what: String) {
        self.at = at
        self.member = member
        self.what = what
    }
}
