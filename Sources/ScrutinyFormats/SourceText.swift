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
    /// How the bytes were read (see `TextEncoding.decode`).
    public private(set) var encoding = TextEncoding.utf8
    /// Whether the file named its encoding (an XML declaration) rather than Scrutiny falling back.
    private var encodingDeclared = false

    /// Decodes bytes as `TextEncoding.decode` does; broken UTF-16 or a NUL character is an
    /// error naming the line.
    public init(file: String, bytes: [UInt8], declared: TextEncoding? = nil) throws {
        guard let (text, encoding) = TextEncoding.decode(bytes, declared: declared) else {
            throw FormatError(file: file, line: nil, "the file starts as UTF-16 text but its bytes are cut or broken")
        }
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            throw FormatError(file: file, line: line, "the file holds a NUL character: it is not text")
        }
        self.init(file: file, text: text)
        self.encoding = encoding
        self.encodingDeclared = declared == encoding
    }

    /// What to tell the member about the encoding, when it was not UTF-8.
    public var encodingNote: String? {
        switch encoding {
        case .utf8: nil
        case .windows1252 where !encodingDeclared: "not valid UTF-8: read as Windows-1252"
        default: "read as \(encoding.rawValue)"
        }
    }

    public init(file: String, text: String) {
        self.file = file
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        if body.utf8.contains(13) { body = body.replacing("\r\n", with: "\n").replacing("\r", with: "\n") }
        lines = body.utf8.split(separator: 10, omittingEmptySubsequences: false).enumerated().map { offset, raw in
            Line(number: offset + 1, text: Self.tidy(Substring(raw)))
        }
    }

    /// Odd spaces to plain spaces, zero-width characters removed, trailing spaces trimmed.
    static func tidy(_ raw: Substring) -> String {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII has no odd spaces: only the trailing ones go.
            var end = raw.utf8.endIndex
            while end > raw.utf8.startIndex, [32, 9].contains(raw.utf8[raw.utf8.index(before: end)]) { end = raw.utf8.index(before: end) }
            return String(raw[..<end])
        }
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

    /// The text without trailing white space: a line's own indentation kept.
    var trailingTrimmed: String {
        var slice = self[...]
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
