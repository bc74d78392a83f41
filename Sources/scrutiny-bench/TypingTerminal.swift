import Foundation
import NcursesTerminal
import TerminalCore

/// A terminal a member types into at a steady pace, for the app's own run loop: each key arrives
/// at its time whatever the app is doing, is read when the app asks for a key, and its latency is
/// the time from its arrival to the first frame shown after it was read — as a member sees it,
/// searches running beside the typing included. The run ends once every key has been shown.
final class TypingTerminal: Terminal {
    private let screen: NcursesScreen
    private let keys: [Key]
    private let interval: Duration
    private let clock = ContinuousClock()
    private var started: ContinuousClock.Instant?
    private var next = 0
    /// When each key read but not yet shown arrived.
    private var unshown: [ContinuousClock.Instant] = []
    private(set) var latencies: [Double] = []

    init(screen: NcursesScreen, keys: [Key], interval: Duration) {
        (self.screen, self.keys, self.interval) = (screen, keys, interval)
    }

    var size: (width: Int, height: Int) { screen.size }

    @discardableResult
    func show(_ frame: ScreenBuffer) -> Int {
        let cells = screen.show(frame)
        let now = clock.now
        latencies += unshown.map { (now - $0).milliseconds }
        unshown = []
        return cells
    }

    func nextKey(timeoutMilliseconds: Int) -> Key? {
        guard next < keys.count else { return nil }
        let start = started ?? clock.now
        started = start
        let due = start + interval * next
        if due > clock.now {
            let deadline = clock.now + .milliseconds(timeoutMilliseconds)
            let wait = min(due, deadline) - clock.now  // nothing to read before then
            if wait > .zero { Thread.sleep(forTimeInterval: Double(wait.components.attoseconds) / 1e18 + Double(wait.components.seconds)) }
            guard clock.now >= due else { return nil }
        }
        unshown.append(due)
        next += 1
        return keys[next - 1]
    }

    var shouldQuit: Bool { next == keys.count && unshown.isEmpty }
}
