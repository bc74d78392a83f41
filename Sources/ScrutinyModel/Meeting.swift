/// A meeting of a committee.
public struct Meeting: Hashable, Sendable, Codable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case scheduled, held, cancelled
    }

    public var id: String
    public var committeeID: String
    /// When it starts; nil when the papers did not say.
    public var start: MeetingTime?
    public var location: String?
    public var status: Status
    public var hybrid: Bool

    public init(id: String, committeeID: String, start: MeetingTime?, location: String? = nil,
                status: Status = .scheduled, hybrid: Bool = false) {
        self.id = id
        self.committeeID = committeeID
        self.start = start
        self.location = location
        self.status = status
        self.hybrid = hybrid
    }
}
