/// A council: the body whose committees meet.
public struct Body: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// The council's own period for responses to scrutiny recommendations; nil: two months.
    public var responsePeriod: ResponsePeriod?
    /// Where its day begins and ends: "Europe/London" (an IANA zone name); nil: Europe/London.
    public var timeZone: String?
    /// Its call-in rules and working days; nil: five working days ending 17:00, England and Wales.
    public var callInRules: CallInRules?
    public var workingCalendar: WorkingCalendar?

    public init(id: String, name: String, responsePeriod: ResponsePeriod? = nil, timeZone: String? = nil) {
        self.id = id
        self.name = name
        self.responsePeriod = responsePeriod
        self.timeZone = timeZone
    }
}

/// A committee of a council: Cabinet, a scrutiny committee, Full Council …
public struct Committee: Hashable, Sendable, Codable {
    /// What a committee is for; scrutiny committees hold the executive to account.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case executive, scrutiny, regulatory, council, other
    }

    public var id: String
    public var bodyID: String?
    public var name: String
    public var kind: Kind
    /// Members needed for the meeting to be quorate; nil means the default rule.
    public var quorum: Int?
    /// Starts the references of its recommendations ("SR" in "SR (25/26) 01"); nil: its initials.
    public var recommendationPrefix: String?
    /// How this committee labels its resolutions: (a), i., (1) …
    public var resolutionStyle: ResolutionLabelStyle
    /// What it scores proposed work-programme topics against; nil when it does not score them.
    public var programmeCriteria: ProgrammeCriteria?

    public init(id: String, bodyID: String? = nil, name: String, kind: Kind = .other,
                quorum: Int? = nil, resolutionStyle: ResolutionLabelStyle = .letter,
                recommendationPrefix: String? = nil) {
        self.id = id
        self.bodyID = bodyID
        self.name = name
        self.kind = kind
        self.quorum = quorum
        self.recommendationPrefix = recommendationPrefix
        self.resolutionStyle = resolutionStyle
    }
}

/// A councillor or an officer.
public struct Person: Hashable, Sendable, Codable {
    public enum Role: String, CaseIterable, Sendable, Codable {
        case councillor, officer
    }

    public var id: String
    public var name: String
    public var role: Role
    /// The office held, as printed: "Head of Corporate Strategy", "Chair".
    public var title: String?
    /// A councillor's political party or group, as the council writes it ("LAB", "Liberal Democrat").
    public var party: String?
    /// The ward a councillor represents.
    public var ward: String?

    public init(id: String, name: String, role: Role, title: String? = nil, party: String? = nil, ward: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.title = title
        self.party = party
        self.ward = ward
    }
}

/// A person's seat on a committee.
public struct Membership: Hashable, Sendable, Codable {
    public var committeeID: String
    public var personID: String
    /// "Chair", "Vice-Chair" or "Member".
    public var role: String

    public init(committeeID: String, personID: String, role: String = "Member") {
        self.committeeID = committeeID
        self.personID = personID
        self.role = role
    }
}
