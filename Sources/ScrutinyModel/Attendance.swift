/// Who attended a meeting, in what capacity, and each time they came and went.
public struct Attendance: Hashable, Sendable, Codable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case present, apologies, absent
    }

    /// In what capacity: a member of the committee or a substitute for one (both vote and count
    /// for the quorum), or someone present who does neither.
    public enum Role: String, CaseIterable, Sendable, Codable {
        case member, substitute
        case coopted = "co_opted"
        case councillor, officer, other

        public var votes: Bool { self == .member || self == .substitute }

        public var title: String {
            switch self {
            case .member: "member"
            case .substitute: "substitute"
            case .coopted: "co-opted member"
            case .councillor: "other councillor"
            case .officer: "officer"
            case .other: "other"
            }
        }
    }

    /// An arrival (late, or back after leaving) or a departure, at a time of day ("19:05").
    public struct Movement: Hashable, Sendable, Codable {
        public enum Kind: String, CaseIterable, Sendable, Codable { case arrived, left }

        public var kind: Kind
        public var at: String

        public init(_ kind: Kind, at: String) {
            self.kind = kind
            self.at = at
        }
    }

    public var meetingID: String
    public var person: String
    public var status: Status
    public var role: Role
    /// The member a substitute attends for.
    public var standingInFor: String?
    /// An officer's post, "Head of Finance".
    public var title: String?
    /// Comings and goings in order; none for someone there from the start to the end.
    public var movements: [Movement]

    public init(meetingID: String, person: String, status: Status, role: Role = .member, standingInFor: String? = nil,
                title: String? = nil, movements: [Movement] = []) {
        self.meetingID = meetingID
        self.person = person
        self.status = status
        self.role = role
        self.standingInFor = standingInFor
        self.title = title
        self.movements = movements
    }

    /// One late arrival and one early departure, as most records give them.
    public init(meetingID: String, person: String, status: Status, arrived: String?, left: String? = nil) {
        self.init(meetingID: meetingID, person: person, status: status,
                  movements: [arrived.map { Movement(.arrived, at: $0) }, left.map { Movement(.left, at: $0) }].compactMap { $0 })
    }

    /// Arrival time when late: the first movement, when it is an arrival.
    public var arrived: String? { movements.first.flatMap { $0.kind == .arrived ? $0.at : nil } }
    /// Departure time when they left and did not come back.
    public var left: String? { movements.last.flatMap { $0.kind == .left ? $0.at : nil } }

    /// Present and not gone out (as the movements stand now).
    public var isInTheRoom: Bool { status == .present && movements.last?.kind != .left }

    /// Whether they were in the room at `clock` ("19:10"): present, arrived by then, and not
    /// out at that moment. A movement at exactly that minute has happened.
    public func wasInTheRoom(at clock: String) -> Bool {
        guard status == .present else { return false }
        let before = movements.filter { $0.at <= clock }
        if let last = before.last { return last.kind == .arrived }
        return movements.first?.kind != .arrived
    }

    /// "arrived 18:45, left 19:30, returned 19:50".
    public var movementsText: String {
        movements.enumerated().map { index, movement in
            (movement.kind == .left ? "left" : index == 0 ? "arrived" : "returned") + " \(movement.at)"
        }.joined(separator: ", ")
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
