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
