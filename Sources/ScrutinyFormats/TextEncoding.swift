/// How a file's bytes became text: UTF-8 (with or without a byte-order mark), UTF-16 with its
/// byte-order mark, the encoding an XML declaration names, or Windows-1252 for a file that is
/// not valid UTF-8 (what Word and older council systems save).
public enum TextEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case latin1 = "ISO-8859-1"
    case windows1252 = "Windows-1252"

    /// The encoding an XML declaration names (`encoding="windows-1252"`), when Scrutiny reads it.
    init?(declared name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "utf-16": self = .utf16LittleEndian
        case "utf-16le": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "iso-8859-1", "latin1", "latin-1", "iso_8859-1": self = .latin1
        case "windows-1252", "cp1252", "x-cp1252": self = .windows1252
        default: return nil
        }
    }

    /// Decodes a file: a byte-order mark wins, then a declared encoding, then UTF-8, then
    /// Windows-1252. Nil only for UTF-16 that is cut or broken.
    static func decode(_ bytes: [UInt8], declared: TextEncoding? = nil) -> (text: String, encoding: TextEncoding)? {
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false).map { ($0, .utf16LittleEndian) } }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true).map { ($0, .utf16BigEndian) } }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        // A declaration read as ASCII proves the bytes are not UTF-16 (.NET writes "utf-16" over UTF-8).
        let readable = (declared == .utf16LittleEndian || declared == .utf16BigEndian) && !body.prefix(200).contains(0) ? nil : declared
        switch readable {
        // As browsers do: ISO-8859-1 labels Windows-1252 text, whose quotes and dashes sit in 0x80–0x9F.
        case .latin1?: return (windows1252(body), .latin1)
        case .windows1252?: return (windows1252(body), .windows1252)
        case .utf16LittleEndian?, .utf16BigEndian?:
            return utf16(body[...], bigEndian: readable == .utf16BigEndian).map { ($0, readable!) }
        case .utf8?, nil:
            if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
            return (windows1252(body), .windows1252)
        }
    }

    /// The `encoding="…"` of an XML declaration at the start of ASCII-compatible bytes.
    static func xmlDeclaration(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard let start = head.range(of: "<?xml"), let end = head.range(of: "?>"), start.upperBound <= end.lowerBound,
              let key = head[start.upperBound..<end.lowerBound].range(of: "encoding") else { return nil }
        let rest = head[key.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    /// Windows-1252: Latin-1 with typographic characters in 0x80–0x9F (the five undefined
    /// bytes are kept as the C1 controls Latin-1 gives them, which tidying later removes).
    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = high[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
