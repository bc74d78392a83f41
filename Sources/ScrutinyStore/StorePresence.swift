import Foundation

/// Whether members have the store open on a screen. Each terminal session holds a shared lock on
/// a file beside the store (`papers.sqlite-sessions`) while it runs, released by the system when
/// the process ends however it ends; an import asks whether anyone holds it, and while someone
/// does it writes in short batches, so a chair's keystroke or a member's note waits a moment at
/// most, else in long ones, in which SQLite builds the full-text index faster.
final class StorePresence: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var held: Int32 = -1

    init(storePath: String) { path = storePath + "-sessions" }

    /// Holds the shared lock for as long as this process runs. Best effort: a folder this
    /// account cannot write, or a file it cannot read, leaves the session unannounced.
    func announce() {
        lock.withLock {
            guard held < 0 else { return }
            let descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o664)
            guard descriptor >= 0 else { return }
            if flock(descriptor, LOCK_SH | LOCK_NB) == 0 { held = descriptor } else { close(descriptor) }
        }
    }

    /// Whether another process holds a session open; said yes once this process has announced
    /// its own, which a lock cannot tell apart from another's.
    var othersPresent: Bool {
        guard lock.withLock({ held < 0 }) else { return true }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
        flock(descriptor, LOCK_UN)
        return false
    }

    deinit { if held >= 0 { close(held) } }
}
