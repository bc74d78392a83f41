import Foundation

/// Asks a council's server for answers: CouncilServer (ScrutinySync, over URLSession) in
/// `scrutiny-sync`. The `scrutiny` binary itself holds no HTTP client, so that its start does
/// not load one: `scrutiny sync` hands over to `scrutiny-sync` (SyncCommand.handOver).
package protocol CouncilFetching: AnyObject, Sendable {
    /// The body of `url`, after retries; a failure is a `FetchFailure` saying what the server did.
    func fetch(_ url: URL) throws -> [UInt8]
    /// Writes the body of `url` to `file` (whole, or not at all) and returns its size.
    @discardableResult
    func download(_ url: URL, to file: URL) throws -> Int
    /// Requests made and bytes received so far, for the summary.
    var requests: Int { get }
    var bytes: Int { get }
}

/// The HTTP client a sync asks through: set by `scrutiny-sync` before it runs the command,
/// nil in `scrutiny`, which then hands the sync over.
package enum CouncilClient {
    package nonisolated(unsafe) static var make: ((_ pause: Double, _ timeout: Double) -> any CouncilFetching)?
}

/// What a server did instead of answering.
package struct FetchFailure: Error, CustomStringConvertible {
    package var description: String
    /// A 4xx answer, or one too large, or a redirect loop: asking again will not mend it.
    package var lasting: Bool

    package init(description: String, lasting: Bool) {
        self.description = description
        self.lasting = lasting
    }
}
