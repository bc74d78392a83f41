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
        func line(at index: Int) -> Int { bytes[..<index].reduce(1) { $1 == 10 ? $0 + 1 : $0 } }
        if let nul = bytes.firstIndex(of: 0) {
            throw FormatError(file: file, line: line(at: nul), "the file holds a NUL byte: it is not text")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Decode again, scalar by scalar, to find the line of the first bad byte.
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var lineNumber = 1
            while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                if scalar == "\n" { lineNumber += 1 }
            }
            throw FormatError(file: file, line: lineNumber, "the file is not valid UTF-8 text")
        }
        self.init(file: file, text: text)
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
}
