/// What the application needs of a terminal: its size, a way to show a frame, and keys.
/// `NcursesTerminal` is the real one; tests draw into buffers without one.
public protocol Terminal: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Shows `frame`, sending only the cells that changed since the last frame shown.
    /// Returns the number of cells sent.
    @discardableResult
    func show(_ frame: ScreenBuffer) -> Int
    /// The next key, or nil when `timeoutMilliseconds` passes first (or a signal arrives).
    func nextKey(timeoutMilliseconds: Int) -> Key?
    /// True once SIGHUP, SIGTERM or SIGINT has arrived: save and leave.
    var shouldQuit: Bool { get }
}
