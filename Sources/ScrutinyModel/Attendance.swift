/// Whether a member attended a meeting, and when they came and went.
public struct Attendance: Hashable, Sendable, Codable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case present, apologies, absent
    }

    public var meetingID: String
    public var person: String
    public var status: Status
    /// Arrival time ("18:45") when late.
    public var arrived: String?
    /// Departure time when early.
    public var left: String?

    public init(meetingID: String, person: String, status: Status, arrived: String? = nil, left: String? = nil) {
        self.meetingID = meetingID
        self.person = person
        self.status = status
        self.arrived = arrived
        self.left = left
    }
}

/// A member's declaration of interest in an item.
public struct Declaration: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case disclosablePecuniary = "disclosable_pecuniary"
        case otherRegistrable = "other_registrable"
        case nonRegistrable = "non_registrable"

        public var title: String {
            switch self {
            case .disclosablePecuniary: "disclosable pecuniary interest"
            case .otherRegistrable: "other registrable interest"
            case .nonRegistrable: "non-registrable interest"
            }
        }
    }

    /// What the member did about it.
    public enum Action: String, CaseIterable, Sendable, Codable {
        case remained
        case leftRoom = "left_room"
        case didNotVote = "did_not_vote"

        public var title: String {
            switch self {
            case .remained: "remained in the room"
            case .leftRoom: "left the room"
            case .didNotVote: "did not vote"
            }
        }
    }

    public var id: String
    public var meetingID: String
    public var itemID: String?
    public var person: String
    public var kind: Kind
    public var detail: String

    /// "non-registrable interest, remained in the room — a relative works in …", after the name.
    public var summary: String {
        "\(kind.title), \(action.title)" + (detail.isEmpty ? "" : " — \(detail)")
    }
    public var action: Action

    public init(id: String, meetingID: String, itemID: String?, person: String, kind: Kind,
                detail: String, action: Action) {
        self.id = id
        self.meetingID = meetingID
        self.itemID = itemID
        self.person = person
        self.kind = kind
        self.detail = detail
        self.action = action
    }
}
