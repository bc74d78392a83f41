import Glibc

/// Set by the handlers of SIGHUP, SIGTERM and SIGINT, which do nothing else: the main loop
/// sees it, saves, restores the terminal and exits 0. (ncurses' own handler would `_exit`,
/// and it ignores SIGHUP, which is what arrives when an SSH connection drops.)
nonisolated(unsafe) var receivedSignal: sig_atomic_t = 0

enum SignalFlag {
    static func install() {
        // A parent may have started us with these blocked; a dropped SSH connection or a
        // resized window must still reach us.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in [SIGHUP, SIGTERM, SIGINT, SIGWINCH] { sigaddset(&wanted, signal) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        for signal in [SIGHUP, SIGTERM, SIGINT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in receivedSignal = number }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0 // no SA_RESTART: a blocked read returns so the loop sees the flag
            sigaction(signal, &action, nil)
        }
    }

    static var isSet: Bool { receivedSignal != 0 }
}

/// The terminal's settings before ncurses changed them, and whether they were read: what a
/// crash handler puts back.
nonisolated(unsafe) var savedTerminal = termios()
nonisolated(unsafe) var haveSavedTerminal = false
/// Leave the alternate screen, show the cursor, end bracketed paste, plain colours, a new line:
/// made before any crash.
nonisolated(unsafe) var crashReset: [UInt8] = []

/// A last resort for a crash (a trap, a bad access, an abort): the terminal gets its echo and
/// line mode back, leaves the alternate screen and shows the cursor, so the member's shell is
/// usable, and the signal then does what it would have done. Only async-signal-safe calls.
enum CrashRestore {
    static func install() {
        haveSavedTerminal = tcgetattr(STDIN_FILENO, &savedTerminal) == 0
        crashReset = Array("\u{1B}[?1049l\u{1B}[?25h\u{1B}[?2004l\u{1B}[0m\r\n".utf8)
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                if haveSavedTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal) }
                _ = crashReset.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }
}
