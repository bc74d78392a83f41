import Foundation
import ScrutinyModel
import ScrutinyStore

/// A search as you type, run beside the loop so that a key typed meanwhile is read at once: the
/// key stops the search (SQLite's interrupt) and the member's typing goes on.
final class SearchJob: @unchecked Sendable {
    private let store: any PapersReading
    private let notes: (any NotesKeeping)?
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var answer: Message?

    init(store: any PapersReading, notes: (any NotesKeeping)?) {
        self.store = store
        self.notes = notes
    }

    /// What a search finds: the member's notes and the papers, or the papers alone when who
    /// the member is is not known.
    static func hits(_ query: String, limit: Int, store: any PapersReading, notes: (any NotesKeeping)?) throws -> [SearchHit] {
        try notes?.searchAll(query, limit: limit, asYouType: true) ?? store.search(query, limit: limit, asYouType: true)
    }

    /// Starts the search on its own thread.
    func start(_ query: String, generation: Int, limit: Int) {
        let thread = Thread { [self] in
            let message: Message
            do {
                message = .searched(generation: generation, hits: try Self.hits(query, limit: limit, store: store, notes: notes))
            } catch {
                message = .failed(Failure(error))
            }
            lock.withLock { answer = message }
            finished.signal()
        }
        thread.start()
    }

    /// Waits up to `milliseconds` for the search to end: its answer, or nil while it runs.
    func result(within milliseconds: Int) -> Message? {
        if lock.withLock({ answer }) == nil { _ = finished.wait(timeout: .now() + .milliseconds(milliseconds)) }
        return lock.withLock { answer }
    }

    /// Stops the search and waits for its thread to end.
    func stop() {
        if let notes { notes.interruptSearch() } else { store.interruptSearch() }
        if lock.withLock({ answer }) == nil { finished.wait() }
    }
}
