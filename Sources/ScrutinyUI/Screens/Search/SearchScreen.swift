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
}
