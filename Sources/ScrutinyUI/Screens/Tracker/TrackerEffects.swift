import ScrutinyModel
import ScrutinyStore

/// Performs the scrutiny officer's reads and writes: recommendations, call-ins, the work programme.
struct TrackerEffects {
    let store: any RecommendationKeeping
    let today: CalendarDate

    func answer(_ effect: Effect) throws -> Message? {
        switch effect {
        case .loadProposals:
            return .proposalsLoaded(try store.recommendationProposals())
        case .confirmProposal(let proposal):
            let made = try store.addRecommendation(proposal.draft(), today: today)
            return .recorded("Recorded \(made.reference) to \(made.addressee); s on it in the tracker says it was sent.")
        case .dismissProposal(let resolutionID):
            try store.dismissProposal(resolutionID: resolutionID)
            return .recorded("Set aside: it will not be offered again.")
        case .sendRecommendation(let id):
            let sent = try store.sendRecommendation(id, on: today)
            return .recorded(sent.sentSummary.map { "\(sent.reference): \($0)." } ?? "\(sent.reference) sent.")
        case .callIn(let draft):
            let request = try store.callIn(draft)
            return .recorded("Called in" + (request.hearingDue.map { ", to be heard by \($0.short)" } ?? "") + ". Implementation is suspended.")
        case .hearCallIn(let itemID, let meetingID, let outcome, let note):
            let request = try store.hearCallIn(itemID: itemID, at: meetingID, outcome: outcome, note: note)
            return .recorded("Call-in heard: \(request.badge(today: today)).")
        case .saveTopic(let topic):
            let saved = try store.updateTopic(topic)
            return .recorded("\(saved.reference) is now \(saved.standing).")
        default:
            return nil
        }
    }
}
