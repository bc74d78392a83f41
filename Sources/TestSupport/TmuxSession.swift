import Foundation

/// A program running in tmux on a private socket at a fixed size, driven by keys and read
/// back from the screen, for end-to-end tests of the real binary in a real terminal.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    private let pidFile: String
    private let statusFile: String
    private let settingsFile: String

    /// Starts `command` (arguments, not a shell line) in a new session of `width`×`height`.
    /// `ignoringHangup` runs it under a shell that ignores SIGHUP, as some login shells and
    /// `nohup` wrappers do, so that closing the terminal sends the program no signal.
    public init(_ command: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
                ignoringHangup: Bool = false, folder: TemporaryFolder) throws {
        socket = "scrutiny-test-\(UUID().uuidString.prefix(8))"
        pidFile = folder.file("pid-\(socket)")
        statusFile = folder.file("status-\(socket)")
        settingsFile = folder.file("stty-\(socket)")
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"]
        for (key, value) in environment { env[key] = value }
        let exports = env.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        // The shell stays as the pane's process, as a login shell would, and records the
        // program's exit status and the terminal settings it left.
        let line = (ignoringHangup ? "trap '' HUP; " : "") + "echo $$ > \(Self.quote(pidFile)); env \(exports) \(command.map(Self.quote).joined(separator: " ")); "
            + "code=$?; stty -a > \(Self.quote(settingsFile)); echo $code > \(Self.quote(statusFile))"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sh", "-c", line])
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// The pid of the program: the child of the pane's shell.
    public var pid: Int32? {
        guard let shell = (try? String(contentsOfFile: pidFile, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines),
              let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Sends keys by tmux's names: "j", "Enter", "Escape", "PageDown", "C-c".
    public func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// Sends text literally, character by character as typed.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Pastes text as a terminal does: in bracketed-paste marks when the program asked for them.
    public func paste(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-t", "0"])
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    /// Where the terminal's cursor is, from the top left (0, 0).
    public func cursor() throws -> (x: Int, y: Int) {
        let parts = try tmux(["display-message", "-p", "-t", "0", "#{cursor_x} #{cursor_y}"]).split(separator: " ")
        return (Int(parts.first ?? "") ?? -1, Int(parts.last ?? "") ?? -1)
    }

    /// Whether the terminal shows its cursor.
    public func cursorShown() throws -> Bool {
        try tmux(["display-message", "-p", "-t", "0", "#{cursor_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Waits until the screen contains `text`, looking every `poll` seconds; returns the
    /// screen, or throws with it.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10, poll: Double = 0.05) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: poll)
        }
        throw TmuxError("timed out waiting for \"\(text)\"; the screen was:\n\(last)")
    }

    /// The exit status once the program has ended, waiting up to `timeout` seconds.
    public func exitStatus(timeout: Double = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError("the program did not exit; the screen was:\n\(try screen())")
    }

    /// Closes the pane, and with it the terminal, as closing a window or losing a connection does.
    public func killPane() throws {
        try tmux(["kill-pane", "-t", "0"])
    }

    /// The pane's terminal settings as `stty -a` prints them ("… echo … icanon …"): as they are
    /// now while the program runs, as it left them once it has ended.
    public func terminalSettings() throws -> String {
        if let left = try? String(contentsOfFile: settingsFile, encoding: .utf8) { return left }
        let tty = try tmux(["display-message", "-p", "-t", "0", "#{pane_tty}"])
        return try CommandRunner.run("/bin/stty", ["-F", tty, "-a"]).stdout
    }

    /// Whether the pane is still on the alternate screen (a program that did not restore the terminal).
    public func alternateScreenOn() throws -> Bool {
        try tmux(["display-message", "-p", "-t", "0", "#{alternate_on}"]) == "1"
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try CommandRunner.run("/usr/bin/tmux", ["-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError("tmux \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result.stdout.hasSuffix("\n") ? String(result.stdout.dropLast()) : result.stdout
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

public struct TmuxError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
