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

    /// Starts the search on its own thread.
    func start(_ query: String, generation: Int) {
        let thread = Thread { [self] in
            let message: Message
            do {
                let hits = try notes?.searchAll(query, limit: 50, asYouType: true) ?? store.search(query, limit: 50, asYouType: true)
                message = .searched(generation: generation, hits: hits)
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
