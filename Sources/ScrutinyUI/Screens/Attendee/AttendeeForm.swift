import ScrutinyModel
import TerminalCore

/// Someone present who is not on the committee's list: a substitute (and for whom), a
/// co-opted member, another councillor, an officer (and their post), or another person.
public struct AttendeeForm: Sendable, Equatable {
    public enum Field: Sendable, CaseIterable {
        case name, capacity, standingInFor, post
    }

    public var attendance: Attendance
    /// The committee's members not in the room, one of whom a substitute attends for.
    public var members: [String]
    /// Those of them with no attendance recorded: a substitute's member is recorded as sending apologies.
    public var unrecorded: Set<String>
    public var field = Field.name
    public var problem: String?

    /// The capacities offered: all but a member of the committee.
    static let capacities = Attendance.Role.allCases.filter { $0 != .member }

    public init(meetingID: String, members: [String], unrecorded: Set<String>) {
        attendance = Attendance(meetingID: meetingID, person: "", status: .present, role: .substitute, standingInFor: members.first)
        self.members = members
        self.unrecorded = unrecorded
    }

    /// The fields that apply to the capacity chosen.
    var fields: [Field] {
        Field.allCases.filter { field in
            switch field {
            case .standingInFor: attendance.role == .substitute
            case .post: attendance.role == .officer || attendance.role == .other
            default: true
            }
        }
    }

    /// The text typed into the field with the cursor, when it takes text.
    var typedText: String? {
        switch field {
        case .name: attendance.person
        case .post: attendance.title ?? ""
        default: nil
        }
    }
}
