import Foundation

/// One running console: the process, the machine and the terminal it runs on. A resolution
/// being written belongs to one session, so one member on two devices (or a committee room's
/// shared login) cannot type into the same text from both.
public struct ConsoleSession: Sendable, Equatable {
    /// Random, new for each opening of the store.
    public let id: String
    public let host: String
    public let pid: Int32
    /// "pts/3", "pts/3 from 10.0.0.7" over SSH, or "no terminal".
    public let terminal: String

    public init(id: String, host: String, pid: Int32, terminal: String) {
        self.id = id
        self.host = host
        self.pid = pid
        self.terminal = terminal
    }

    /// This process, as a new session.
    public static func current() -> ConsoleSession {
        let name = ttyname(STDIN_FILENO).map { String(cString: $0) }?.replacingOccurrences(of: "/dev/", with: "") ?? "no terminal"
        let client = ProcessInfo.processInfo.environment["SSH_CONNECTION"]?.split(separator: " ").first.map { " from \($0)" } ?? ""
        return ConsoleSession(id: UUID().uuidString.lowercased(), host: ProcessInfo.processInfo.hostName,
                              pid: getpid(), terminal: name + client)
    }

    /// A console that has written nothing for this long is taken to be gone (a dropped line,
    /// a machine asleep); an open editor says it is alive more often than this.
    public static let silenceTimeout = 90
    /// How often an open editor with nothing typed says it is still there.
    public static let heartbeat = 20

    /// Whether the holder of a draft is gone: silent past the timeout, or a process on this
    /// machine that no longer runs.
    static func isGone(host: String, pid: Int32, seenAt: Int, now: Int) -> Bool {
        if now - seenAt > silenceTimeout { return true }
        guard host == ProcessInfo.processInfo.hostName, pid > 0 else { return false }
        return kill(pid, 0) == -1 && errno == ESRCH
    }
}
