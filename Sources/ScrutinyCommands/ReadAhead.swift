import Foundation

/// Reads an import's files in order on a thread of its own, a few files ahead of the writer:
/// parsing takes the second core, and the writer holds the store's lock only to write. At most
/// `files` files or about `bytes` of them wait to be written, so memory stays flat. The writer
/// calls `stop()` when it finishes early.
final class ReadAhead<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Item] = []
    private var readyBytes = 0
    private var remaining: Int
    private var stopped = false
    private var taken = 0
    private let sizes: [Int], files: Int, bytes: Int

    /// - Parameters:
    ///   - sizes: each file's size in bytes, in the order they are read.
    ///   - read: reads the file at an index; called on the reading thread, in order.
    init(sizes: [Int], files: Int = 32, bytes: Int = 4 << 20, read: @escaping @Sendable (Int) -> Item) {
        remaining = sizes.count
        self.sizes = sizes
        self.files = files
        self.bytes = bytes
        Thread { [self] in
            for index in sizes.indices {
                condition.lock()
                while !stopped && !ready.isEmpty && (ready.count >= files || readyBytes >= bytes) { condition.wait() }
                let stop = stopped
                condition.unlock()
                if stop { return }
                let item = read(index)
                condition.lock()
                ready.append(item)
                readyBytes += sizes[index]
                condition.broadcast()
                condition.unlock()
            }
        }.start()
    }

    /// Waits until the read-ahead is full or every file is read; then whatever is ready can be
    /// written in one go. False once every file has been taken.
    func waitUntilFull() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count < remaining && ready.count < files && readyBytes < bytes { condition.wait() }
        return remaining > 0
    }

    /// The next file, waiting for it to be read; nil once every file has been taken.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && remaining > 0 { condition.wait() }
        return takeLocked()
    }

    /// The next file if it is already read, without waiting.
    func poll() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        return takeLocked()
    }

    private func takeLocked() -> Item? {
        guard !ready.isEmpty else { return nil }
        readyBytes -= sizes[taken]
        taken += 1
        remaining -= 1
        condition.broadcast()
        return ready.removeFirst()
    }

    /// Whether a file is still to be taken.
    var hasMore: Bool {
        condition.lock()
        defer { condition.unlock() }
        return remaining > 0
    }

    /// Stops reading: the thread ends after the file it is reading.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
