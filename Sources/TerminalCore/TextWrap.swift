/// Word wrapping by display width.
public enum TextWrap {
    /// Breaks `text` into lines no wider than `columns`, at spaces where it can and inside a
    /// word only when the word alone is too wide. Never returns an empty array.
    public static func lines(_ text: String, width columns: Int) -> [String] {
        guard columns > 0 else { return [""] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = TextWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= columns {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if wordWidth <= columns {
                line = String(word)
                lineWidth = wordWidth
                continue
            }
            for character in word {
                let width = TextWidth.of(character)
                if lineWidth + width > columns && lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += width
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
