/// How many terminal columns text takes, by grapheme cluster: East Asian wide characters
/// and emoji take two, combining marks ride on their base, control characters are shown
/// as a replacement character. A symbol that is text by default (🏛, ✈) takes one column
/// even when a variation selector asks for the emoji form: terminals disagree on that form's
/// width, so the selector is left out when it is drawn (`displayable`) and every terminal
/// shows the one column counted here.
public enum TextWidth {
    /// The columns one grapheme cluster takes once made safe to draw (see `displayable`).
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return 1 } // printable or control: both take one column
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 && isZeroWidth(first) { return 0 }
        if isControl(first) { return 1 }
        if first.properties.isEmojiPresentation { return 2 }
        if (0x1F1E6...0x1F1FF).contains(first.value) && scalars.count >= 2 { return 2 } // a flag
        if (0x1F300...0x1F6FF).contains(first.value) { return 1 } // symbols of text presentation
        return isWide(first.value) ? 2 : 1
    }

    /// The columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The character as it is safe to draw: controls become "�", tabs a space, and a lone
    /// combining mark sits on a dotted circle.
    public static func displayable(_ character: Character) -> Character {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii != 0x7F { return character }
        guard let first = character.unicodeScalars.first else { return " " }
        if first == "\t" { return " " }
        if isControl(first) { return "\u{FFFD}" }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
            return Character("\u{25CC}" + String(character))
        }
        if !first.properties.isEmojiPresentation && character.unicodeScalars.contains("\u{FE0F}") {
            return Character(String(String.UnicodeScalarView(character.unicodeScalars.filter { $0 != "\u{FE0F}" })))
        }
        return character
    }

    /// The longest prefix of `text` that fits in `columns`, with "…" when it was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard of(text) > columns else { return text }
        var result = ""
        var used = 0
        for character in text {
            let width = of(character)
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `columns`.
    public static func pad(_ text: String, to columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - of(cut)))
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFEFF: true
        default: scalar.properties.generalCategory == .format
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth W and F).
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD,
             0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797,
             0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }
}
