import ScrutinyModel
import ScrutinyStore

/// Performs the tracker's reads and writes of recommendations.
struct TrackerEffects {
    let store: any RecommendationKeeping
    let today: CalendarDate

    func answer(_ effect: Effect) throws -> Message? {
        switch effect {
        case .loadProposals:
            return .proposalsLoaded(try store.recommendationProposals())
        case .confirmProposal(let proposal):
            let made = try store.addRecommendation(proposal.draft(), today: today)
            return .recommendationRecorded("Recorded \(made.reference) to \(made.addressee); s on it in the tracker says it was sent.")
        case .dismissProposal(let resolutionID):
            try store.dismissProposal(resolutionID: resolutionID)
            return .recommendationRecorded("Set aside: it will not be offered again.")
        case .sendRecommendation(let id):
            let sent = try store.sendRecommendation(id, on: today)
            return .recommendationRecorded(sent.sentSummary.map { "\(sent.reference): \($0)." } ?? "\(sent.reference) sent.")
        default:
            return nil
        }
    }
}
