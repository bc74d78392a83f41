import ScrutinyModel
import TerminalCore

/// How the committee voted on a resolution: a show of hands, a named vote, unanimous, or
/// not recorded.
public struct VoteDialog: Sendable, Equatable {
    public enum Method: String, Sendable, CaseIterable {
        case none = "not recorded"
        case unanimous
        case tally = "show of hands"
        case named = "named vote"
    }

    public var resolution: Resolution
    public var meetingID: String
    public var method: Method
    /// For, against, abstain, as typed.
    public var counts: [String]
    /// Members who may vote (in the room for the item) and how each voted.
    public var voters: [String]
    public var votes: [String: NamedVote.Vote]
    /// 0 is the method; then the counts or the voters.
    public var row = 0
    /// Why the votes could not be saved.
    public var problem: String?

    public init(resolution: Resolution, meetingID: String, voters: [String]) {
        self.resolution = resolution
        self.meetingID = meetingID
        self.voters = voters
        method = !resolution.namedVotes.isEmpty ? .named : resolution.unanimous ? .unanimous
            : resolution.votes != nil ? .tally : .none
        let tally = resolution.votes
        counts = [tally?.forCount, tally?.against, tally?.abstain].map { $0.map(String.init) ?? "" }
        votes = Dictionary(resolution.namedVotes.map { ($0.person, $0.vote) }, uniquingKeysWith: { $1 })
        self.voters += resolution.namedVotes.map(\.person).filter { !voters.contains($0) }
    }

    var rowCount: Int {
        switch method {
        case .none, .unanimous: 1
        case .tally: 4
        case .named: 1 + voters.count
        }
    }

    /// The resolution with these votes, or why they cannot be saved.
    func voted() -> Result<Resolution, VoteProblem> {
        var resolution = resolution
        resolution.unanimous = method == .unanimous
        resolution.votes = nil
        resolution.namedVotes = []
        switch method {
        case .none, .unanimous:
            break
        case .tally:
            let numbers = counts.map { Int($0.isEmpty ? "0" : $0) }
            guard numbers.allSatisfy({ $0 != nil }) else { return .failure(VoteProblem(text: "Votes are whole numbers.")) }
            let total = numbers.reduce(0) { $0 + $1! }
            if !voters.isEmpty && total > voters.count {
                return .failure(VoteProblem(text: "\(total) votes, but \(voters.count) members are in the room for this item."))
            }
            resolution.votes = VoteTally(for: numbers[0]!, against: numbers[1]!, abstain: numbers[2]!)
        case .named:
            resolution.namedVotes = voters.compactMap { person in votes[person].map { NamedVote(person: person, vote: $0) } }
            guard !resolution.namedVotes.isEmpty else {
                return .failure(VoteProblem(text: "Record at least one member's vote, or choose another method."))
            }
            func count(_ vote: NamedVote.Vote) -> Int { resolution.namedVotes.filter { $0.vote == vote }.count }
            resolution.votes = VoteTally(for: count(.for), against: count(.against), abstain: count(.abstain))
        }
        return .success(resolution)
    }
}

public struct VoteProblem: Error, Sendable, Equatable {
    public var text: String
}
