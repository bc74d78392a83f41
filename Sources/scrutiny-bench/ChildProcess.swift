import Foundation
import Glibc

/// One run of another program, timed from spawn to exit, with its peak resident memory.
struct ChildRun {
    var status: Int32
    var milliseconds: Double
    /// When `marker` first appeared in the output, if it did.
    var markerMilliseconds: Double?
    var peakKiB: Int
    var output: String
}

enum ChildProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments` (looked up on PATH) with `input` on its standard input, on a new
    /// pseudo-terminal of `size` when given, else on pipes. When `marker` shows in the output,
    /// `reply` is typed. Peak memory comes from wait4's rusage. The output is kept whole, or
    /// only its last `keeping` bytes (ripgrep lists thousands of files, an import a line per file,
    /// and this process should stay small: its children's memory is counted from its own).
    static func run(_ arguments: [String], environment: [String: String] = [:], input: String = "",
                    terminal size: (width: Int, height: Int)? = nil, marker: String? = nil, reply: String = "",
                    keeping: Int = .max) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var childEnds: [Int32] = []
        let reader: Int32, writer: Int32
        if let size {
            // posix_openpt, unlockpt and ptsname as Linux does them (TIOCSPTLCK, TIOCGPTN: Swift
            // cannot see those macros, nor the functions behind _XOPEN_SOURCE).
            let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            var unlock: Int32 = 0, number: Int32 = 0
            guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
                throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
            }
            let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
            var window = winsize(ws_row: UInt16(size.height), ws_col: UInt16(size.width), ws_xpixel: 0, ws_ypixel: 0)
            _ = ioctl(slave, UInt(TIOCSWINSZ), &window)
            for fd: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
            posix_spawn_file_actions_addclose(&actions, master)
            childEnds = [slave]
            reader = master
            writer = master
        } else {
            var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
            guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { throw Failure(description: "no pipe") }
            posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
            posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
            posix_spawn_file_actions_adddup2(&actions, fromChild[1], 2)
            for fd in [toChild[1], fromChild[0]] { posix_spawn_file_actions_addclose(&actions, fd) }
            childEnds = [toChild[0], fromChild[1]]
            reader = fromChild[0]
            writer = toChild[1]
        }
        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { $1 }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        childEnds.forEach { close($0) }
        guard spawned == 0 else {
            close(reader)
            if writer != reader { close(writer) }
            throw Failure(description: "\(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        func elapsed() -> Double { (clock.now - start).milliseconds }
        if !input.isEmpty { write(writer, input) }
        if writer != reader { close(writer) }

        var output: [UInt8] = []
        var markerAt: Double?
        let markerBytes = marker.map { Array($0.utf8) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(reader, &buffer, buffer.count)
            if count <= 0 { break }  // end of the pipe, or EIO once the terminal's last user has gone
            output += buffer[0..<count]
            if output.count > keeping { output.removeFirst(output.count - keeping) }
            if markerAt == nil, let markerBytes, contains(output.suffix(count + markerBytes.count), markerBytes) {
                markerAt = elapsed()
                write(writer, reply)
            }
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let total = elapsed()
        close(reader)
        return ChildRun(status: (status >> 8) & 0xFF, milliseconds: total, markerMilliseconds: markerAt,
                        peakKiB: usage.ru_maxrss, output: String(decoding: output, as: UTF8.self))
    }

    /// `run`, with an exit status other than 0 an error that quotes the end of the output.
    static func succeeding(_ arguments: [String], keeping: Int = .max) throws -> ChildRun {
        let run = try run(arguments, keeping: keeping)
        guard run.status == 0 else {
            throw Failure(description: "\(arguments.prefix(2).joined(separator: " ")) failed: \(run.output.suffix(2000))")
        }
        return run
    }

    /// This process's peak resident memory (VmHWM). Linux starts each child's count from it,
    /// so it is the floor under every child's figure.
    static var ownPeakKiB: Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return haystack.indices.dropLast(needle.count - 1).contains { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}
