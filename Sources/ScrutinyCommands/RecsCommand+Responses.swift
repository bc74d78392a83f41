import ArgumentParser
import ScrutinyModel
import ScrutinyStore

extension RecsCommand {
    struct Responses: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "responses",
            abstract: "Items of the executive's meetings that read as responses to scrutiny, with the recommendations each may answer.")

        @OptionGroup var options: StoreOptions

        func run() throws {
            let (store, _) = try options.open(forReading: true)
            let candidates = try store.responseCandidates()
            if options.json { return try Output.json(candidates.map(ResponseCandidateJSON.init)) }
            if candidates.isEmpty { Output.line("No items read as responses to recommendations still awaiting one.") }
            for candidate in candidates {
                Output.line("\(candidate.itemID)  \(Self.place(candidate))")
                for answered in candidate.answers {
                    Output.line("    may answer \(answered.reference) (\(answered.sentSummary ?? "sent")): scrutiny recs respond "
                                + "\"\(answered.reference)\" --venue \(candidate.itemID) --decision …")
                }
            }
        }

        /// "Cabinet, Tue 17 Mar 2026, 6. Executive response to scrutiny recommendations".
        static func place(_ candidate: ResponseCandidate) -> String {
            [candidate.committeeName, candidate.day?.short, candidate.itemHeading].compactMap { $0 }.joined(separator: ", ")
        }
    }
}

struct ResponseCandidateJSON: Encodable {
    var itemID: String
    var meetingID: String
    var committee: String
    var day: String?
    var item: String
    var mayAnswer: [String]

    init(_ candidate: ResponseCandidate) {
        itemID = candidate.itemID
        meetingID = candidate.meetingID
        committee = candidate.committeeName
        day = candidate.day?.iso
        item = candidate.itemHeading
        mayAnswer = candidate.answers.map(\.reference)
    }
}
