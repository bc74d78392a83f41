/// A file's text, decoded and tidied, as numbered lines.
///
/// Tidying: a byte-order mark is dropped; CRLF and CR become LF; non-breaking and other odd
/// spaces become spaces; trailing spaces go. Tabs stay, because they separate table cells.
public struct SourceText: Sendable {
    public struct Line: Sendable, Equatable {
        /// From 1, as an editor shows it.
        public var number: Int
        public var text: String

        public var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }
    }

    public let file: String
    public let lines: [Line]

    /// Decodes UTF-8 bytes; invalid UTF-8 or NUL bytes are an error naming the line.
    public init(file: String, bytes: [UInt8]) throws {
        var line = 1
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var text = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw FormatError(file: file, line: line, "the file holds a NUL byte: it is not text") }
                if scalar == "\n" { line += 1 }
                text.append(scalar)
            case .emptyInput:
                break loop
            case .error:
                throw FormatError(file: file, line: line, "the file is not valid UTF-8 text")
            }
        }
        self.init(file: file, text: String(text))
    }

    public init(file: String, text: String) {
        self.file = file
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let unified = body.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        lines = unified.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, raw in
            Line(number: offset + 1, text: Self.tidy(raw))
        }
    }

    /// Odd spaces to plain spaces, zero-width characters removed, trailing spaces trimmed.
    static func tidy(_ raw: Substring) -> String {
        var result = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: result.append(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                // Zero-width characters are dropped, except a joiner inside an emoji sequence.
                if scalar.value == 0x200D { result.append(scalar) }
            default: result.append(scalar)
            }
        }
        var text = String(result)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    var trimmed: String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
