extension String {
    /// The text with every control character a terminal would act on — C0 controls other than
    /// line feed, tab and the carriage return of a CRLF (escape, bell, backspace, a lone carriage
    /// return …), DEL, and the C1 controls U+0080–U+009F (an 8-bit CSI or OSC) — replaced by
    /// U+FFFD, so words from papers and notes cannot clear a screen, set a title or write the
    /// clipboard wherever they are shown.
    public var withoutControls: String {
        guard unicodeScalars.contains(where: \.isTerminalControl) else { return self }
        var scalars = String.UnicodeScalarView()
        let all = Array(unicodeScalars)
        for (index, scalar) in all.enumerated() {
            let lineEnd = scalar == "\r" && index + 1 < all.count && all[index + 1] == "\n"
            scalars.append(scalar.isTerminalControl && !lineEnd ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }
}

extension Unicode.Scalar {
    var isTerminalControl: Bool {
        switch value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
        default: false
        }
    }
}
