import TerminalCore

/// A terminal that plays a script: keys, quiet spells (a read that times out), a resize, a
/// signal, or something done meanwhile (another process's write). It keeps every frame it
/// was shown. When the script runs out it asks the program to quit, so no test hangs.
public final class FakeTerminal: Terminal {
    public enum Step {
        case key(Key)
        /// No key before the read times out.
        case quiet
        case resize(width: Int, height: Int)
        /// SIGHUP, SIGTERM or SIGINT.
        case signal
        /// Run while the program waits for a key (then go on to the next step).
        case meanwhile(() -> Void)
    }

    public private(set) var size: (width: Int, height: Int)
    public private(set) var shouldQuit = false
    public private(set) var frames: [ScreenBuffer] = []
    /// How many reads timed out: each is a moment the program may poll for changes.
    public private(set) var quietReads = 0
    private var steps: [Step]

    public init(width: Int, height: Int, _ steps: [Step]) {
        size = (width, height)
        self.steps = steps
    }

    @discardableResult
    public func show(_ frame: ScreenBuffer) -> Int {
        let changed = frame.changes(since: frames.last).count
        frames.append(frame)
        return changed
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        while !steps.isEmpty {
            switch steps.removeFirst() {
            case .key(let key): return key
            case .quiet:
                quietReads += 1
                return nil
            case .resize(let width, let height):
                size = (width, height)
                return nil
            case .signal:
                shouldQuit = true
                return nil
            case .meanwhile(let work): work()
            }
        }
        shouldQuit = true
        return nil
    }

    /// The last frame's text.
    public var screen: String { frames.last?.text ?? "" }
}
