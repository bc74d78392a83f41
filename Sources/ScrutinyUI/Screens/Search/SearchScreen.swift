import ScrutinyModel
import TerminalCore

/// Search across every paper as the member types.
public struct SearchScreen: Sendable, Equatable {
    public var query = ""
    public var hits: [SearchHit] = []
    public var cursor = ListCursor()
    /// Counts the searches asked for; an answer to an older one is dropped.
    public var generation = 0
    /// The generation whose answer is shown.
    public var answered = 0
    /// How many results are asked for: a page more each time the cursor goes past the last.
    public var limit = SearchScreen.page
    /// The cursor goes on to the first of the results a longer answer brings.
    var movesOnToMore = false
    /// The member has moved among the results since typing: the focus is on the selected one,
    /// not on the query.
    var browsing = false
    /// Why the latest search could not run (a filter it cannot read), in the store's words.
    public var problem: String?

    static let page = 50

    /// Whether a longer answer is there to ask for: the last one filled its limit.
    var hasMore: Bool { answered == generation && hits.count >= limit }
}
