/// A member's settings, from `~/.config/scrutiny/config.toml`:
///
///     member = "Cllr Priya Shah"
///     notebook = "/home/priya/notes/scrutiny.sqlite"
///     theme = "high-contrast"
///     flags = ["housing", "libraries"]
///     screen_reader = true
///
/// The file is a small part of TOML: `key = value` lines with strings or arrays of strings,
/// and comments. Anything else is an error naming the line, so a typo is not silently ignored.
public struct ConfigFile: Equatable, Sendable {
    public var member: String?
    public var notebook: String?
    public var theme: String?
    /// Themes the council adds to the default flags.
    public var flags: [String] = []
    /// The full-screen UI for a screen reader: the cursor shown on the focus, no clocks ticking.
    public var screenReader = false
    /// The line mode instead of the full screen.
    public var line = false

    public init() {}

    public init(file: String, bytes: [UInt8]) throws {
        let source = try SourceText(file: file, bytes: bytes)
        var lines = source.lines[...]
        while let line = lines.popFirst() {
            var text = Self.withoutComment(line.text).trimmingSpaces
            guard !text.isEmpty else { continue }
            guard let equals = text.firstIndex(of: "=") else {
                throw FormatError(file: file, line: line.number, "expected a setting such as member = \"Your Name\"")
            }
            let key = String(text[..<equals]).trimmingSpaces
            // An array may go on over several lines, up to its closing bracket.
            while text.contains("[") && !text.contains("]"), let next = lines.popFirst() {
                text += " " + Self.withoutComment(next.text)
            }
            var value = Substring(text[text.index(after: equals)...])
            let error = { (cause: String) in FormatError(file: file, line: line.number, cause) }
            switch key {
            case "member": member = try Self.string(&value, error)
            case "notebook": notebook = try Self.string(&value, error)
            case "theme": theme = try Self.string(&value, error)
            case "flags": flags = try Self.strings(&value, error)
            case "screen_reader": screenReader = try Self.boolean(&value, error)
            case "line": self.line = try Self.boolean(&value, error)
            default:
                throw error("unknown setting \"\(key)\"; the settings are member, notebook, theme, flags, screen_reader and line")
            }
            guard value.trimmingSpaces.isEmpty else { throw error("unexpected text after the value: \(value.trimmingSpaces)") }
        }
    }

    /// The line without a `#` comment (a `#` inside quotes stays).
    private static func withoutComment(_ text: String) -> String {
        var quote: Character?
        var escaped = false
        for (offset, character) in text.enumerated() {
            if escaped { escaped = false; continue }
            if character == "\\" && quote == "\"" { escaped = true; continue }
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return String(text.prefix(offset))
            }
        }
        return text
    }

    /// Reads `true` or `false` from the start of `rest`.
    private static func boolean(_ rest: inout Substring, _ error: (String) -> FormatError) throws -> Bool {
        rest = rest.drop { $0 == " " || $0 == "\t" }
        for (word, value) in [("true", true), ("false", false)] where rest.hasPrefix(word) {
            rest = rest.dropFirst(word.count)
            return value
        }
        throw error("expected true or false")
    }

    /// Reads a "basic" or 'literal' string from the start of `rest` and drops it from `rest`.
    private static func string(_ rest: inout Substring, _ error: (String) -> FormatError) throws -> String {
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard let open = rest.first, open == "\"" || open == "'" else { throw error("expected a quoted string") }
        rest.removeFirst()
        var result = ""
        while let character = rest.popFirst() {
            if character == open { return result }
            guard character == "\\" && open == "\"" else { result.append(character); continue }
            switch rest.popFirst() {
            case "\"": result.append("\"")
            case "\\": result.append("\\")
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "u":
                let hex = rest.prefix(4)
                guard hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                    throw error("\\u needs four hex digits")
                }
                result.unicodeScalars.append(scalar)
                rest = rest.dropFirst(4)
            default: throw error("unknown escape in a string; write \\\\ for a backslash")
            }
        }
        throw error("the string has no closing quote")
    }

    private static func strings(_ rest: inout Substring, _ error: (String) -> FormatError) throws -> [String] {
        rest = rest.drop { $0 == " " || $0 == "\t" }
        guard rest.popFirst() == "[" else { throw error("expected a list such as [\"housing\", \"libraries\"]") }
        var result: [String] = []
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "," }
            if rest.first == "]" {
                rest.removeFirst()
                return result
            }
            guard !rest.isEmpty else { throw error("the list has no closing ]") }
            result.append(try string(&rest, error))
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
