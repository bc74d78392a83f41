import CNcursesw
import Glibc
import TerminalCore

/// The real terminal, through ncursesw: shows frames by sending only the changed cells and
/// reads keys, mouse and resizes.
public final class NcursesScreen: Terminal {
    private var previous: ScreenBuffer?
    private var colorPairs: [Int: Int16] = [:]
    private let hasColor: Bool
    private var ended = false
    /// Where a headless screen writes what a terminal would receive.
    private var output: UnsafeMutablePointer<FILE>?
    /// True once the terminal has gone (its input at end of file, hung up or in error): with no
    /// SIGHUP (a parent that ignores it), a read would otherwise return at once for ever.
    private var terminalGone = false
    /// Reads in a row that found input readable but gave no key.
    private var emptyReads = 0
    /// Shows the cursor where the focus is (`--screen-reader`), not only at a caret.
    public var showsFocus = false

    /// Starts ncurses on the controlling terminal, with our signal handlers before and after.
    public init() {
        Self.useUTF8()
        SignalFlag.install()
        CrashRestore.install()
        initscr()
        hasColor = has_colors()
        configure()
        // Pasted text arrives marked, so a paste is typed as text and never taken as commands.
        Self.write(Self.bracketedPasteOn)
    }

    /// The member's locale; where it is not UTF-8 (an SSH login whose client sent no LANG
    /// gets "C"), UTF-8 for characters all the same, so that "›" and "é" are drawn, not dropped.
    static func useUTF8() {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" else { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8") ?? setlocale(LC_CTYPE, "en_US.UTF-8")
    }

    static let bracketedPasteOn = "\u{1b}[?2004h", bracketedPasteOff = "\u{1b}[?2004l"

    /// Sends a mode sequence straight to the terminal (ncurses has no call for this one).
    private static func write(_ sequence: String) {
        _ = Array(sequence.utf8).withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// A headless screen of `width`×`height` for `terminalType`, writing what a real terminal
    /// would receive to the file at `outputPath`; for benchmarks and tests.
    public init(headlessOutput outputPath: String, width: Int, height: Int, terminalType: String = "xterm-256color") {
        setlocale(LC_ALL, "")
        output = fopen(outputPath, "w")
        newterm(terminalType, output, fopen("/dev/null", "r"))
        resizeterm(Int32(height), Int32(width))
        hasColor = has_colors()
        configure()
    }

    /// Bytes a headless screen has written so far.
    public var bytesWritten: Int {
        guard let output else { return 0 }
        fflush(output)
        return ftell(output)
    }

    private func configure() {
        raw()
        noecho()
        nonl()
        keypad(scr_stdscr(), true)
        define_key("\u{1b}[200~", scr_key_paste_start())
        define_key("\u{1b}[201~", scr_key_paste_end())
        scr_set_escdelay(25)
        curs_set(0)
        if hasColor {
            start_color()
            use_default_colors()
        }
        mousemask(mmask_t(scr_all_mouse_events()), nil)
        mouseinterval(0)
        // ncurses may have put its own SIGINT handler in place (it calls _exit); ours again.
        SignalFlag.install()
    }

    deinit { end() }

    /// Restores the terminal. Safe to call twice.
    public func end() {
        guard !ended else { return }
        ended = true
        endwin()
        if output == nil { Self.write(Self.bracketedPasteOff) }
    }

    public var size: (width: Int, height: Int) { (Int(scr_cols()), Int(scr_lines())) }

    public var shouldQuit: Bool { SignalFlag.isSet || terminalGone }

    @discardableResult
    public func show(_ frame: ScreenBuffer) -> Int {
        if let previous, previous.width != frame.width || previous.height != frame.height {
            clearok(scr_stdscr(), true)
        }
        let changes = frame.changes(since: previous)
        for change in changes where !change.cell.isContinuation {
            draw(change)
        }
        // A caret shows; the focus holds the cursor too, shown only when a screen reader asks.
        curs_set(frame.cursor != nil || showsFocus ? 1 : 0)
        if let place = frame.restingPlace { scr_move(Int32(place.y), Int32(place.x)) }
        refresh()
        previous = frame
        return changes.count
    }

    private func draw(_ change: CellChange) {
        var characters = Array(change.cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
        characters.append(0)
        let style = change.cell.style
        var attributes = attr_t(0)
        if style.attributes.contains(.bold) { attributes |= scr_a_bold() }
        if style.attributes.contains(.underline) { attributes |= scr_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= scr_a_reverse() }
        if style.attributes.contains(.dim) { attributes |= scr_a_dim() }
        if style.attributes.contains(.italic) { attributes |= scr_a_italic() }
        // Writing the bottom-right cell makes ncurses scroll and return ERR; the cell is still drawn.
        _ = scr_put_cell(Int32(change.y), Int32(change.x), characters, attributes, pair(for: style))
    }

    private func pair(for style: Style) -> Int16 {
        guard hasColor, style.foreground != .default || style.background != .default else { return 0 }
        let key = Int(style.foreground.rawValue) * 16 + Int(style.background.rawValue)
        if let pair = colorPairs[key] { return pair }
        let pair = Int16(colorPairs.count + 1)
        init_pair(pair, Self.color(style.foreground), Self.color(style.background))
        colorPairs[key] = pair
        return pair
    }

    private static func color(_ color: Color) -> Int16 {
        color == .default ? -1 : Int16(color.rawValue - 1)
    }

    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        wtimeout(scr_stdscr(), Int32(timeoutMilliseconds))
        var value: wint_t = 0
        let result = wget_wch(scr_stdscr(), &value)
        if result == scr_key_code_yes() {
            if Int32(value) == scr_key_mouse() {
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                return KeyTranslation.mouse(event)
            }
            return KeyTranslation.functionKey(Int32(value))
        }
        guard result == OK else {
            if output == nil { checkInput() }
            return nil
        }
        emptyReads = 0
        return KeyTranslation.character(UInt32(value))
    }

    /// After a read that gave no key: the terminal has gone when standard input has hung up or
    /// is in error, or keeps saying it is readable while ncurses reads nothing (end of file).
    /// One such read can be a key that arrived just after the timeout, so it takes three.
    private func checkInput() {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else {
            if errno != EINTR { terminalGone = true }
            return
        }
        let revents = Int32(descriptor.revents)
        if revents & (POLLHUP | POLLERR | POLLNVAL) != 0 { terminalGone = true }
        emptyReads = revents & POLLIN != 0 ? emptyReads + 1 : 0
        if emptyReads >= 3 { terminalGone = true }
    }
}
