import ScrutinyModel

/// Reads the Markdown paper pack, Scrutiny's own interchange format (see docs/formats.md):
/// a `type: council` file of committees and people, and `type: meeting` files of agendas.
public enum PackReader {
    /// True when the text opens with pack front matter.
    public static func recognises(_ source: SourceText) -> Bool {
        guard source.lines.first?.text == "---" else { return false }
        return source.lines.dropFirst().prefix(20).contains { $0.text.hasPrefix("type: ") }
    }

    public static func read(_ source: SourceText) throws -> PaperBundle {
        let fail = { (line: Int?, cause: String) in FormatError(file: source.file, line: line, cause) }
        // A recommendations file has keys of its own; the front matter says which kind of file this is.
        if source.lines.prefix(20).contains(where: { $0.text == "type: recommendations" }) {
            let outline = try MarkdownOutline(source) { level, _ in level == 1 ? PackRecommendations.keys : PackRecommendations.partKeys }
            return try PackRecommendations.read(outline, fail: fail)
        }
        let outline = try MarkdownOutline(source, propertyKeys: PackKeys.allowed)
        guard let type = outline.value("type") else { throw fail(1, "the front matter has no \"type:\" (council or meeting)") }
        switch type.value {
        case "council": return try PackCouncilReader(outline: outline, fail: fail).read()
        case "meeting": return try PackMeetingReader(outline: outline, fail: fail).read()
        default: throw fail(type.line, "unknown type \"\(type.value)\": a pack file is a council, a meeting or recommendations")
        }
    }
}

/// The property keys each kind of section may carry.
enum PackKeys {
    static let committee: Set<String> = ["id", "kind", "quorum", "labels", "recommendation prefix", "programme criteria", "programme scores",
                                         "programme cut-off"]
    static let item: Set<String> = ["number", "purpose", "kind", "key decision", "decision maker", "decision status",
                                    "decision date", "portfolio", "author", "reference", "call-in", "urgent", "exempt"]
    static let document: Set<String> = ["id", "published", "source", "exempt"]
    static let response: Set<String> = ["answers"]
    static let resolution: Set<String> = ["votes", "named votes", "final", "recorded by", "recorded at"]

    static func allowed(level: Int, key: String) -> Set<String> {
        level == 1 ? committee.union(item) : document.union(response).union(resolution)
    }
}

/// Small parsers for property values, each failing with the line of the property.
struct PackValues {
    let fail: (Int?, String) -> FormatError

    func date(_ property: MarkdownOutline.Property?) throws -> CalendarDate? {
        guard let property else { return nil }
        guard let date = CalendarDate(iso: property.value) else {
            throw fail(property.line, "\"\(property.value)\" is not a date written YYYY-MM-DD")
        }
        return date
    }

    func yesNo(_ property: MarkdownOutline.Property?) throws -> Bool {
        guard let property else { return false }
        switch property.value.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default: throw fail(property.line, "\(property.key) is yes or no, not \"\(property.value)\"")
        }
    }

    func integer(_ property: MarkdownOutline.Property?, in range: ClosedRange<Int>) throws -> Int? {
        guard let property else { return nil }
        guard let value = Int(property.value), range.contains(value) else {
            throw fail(property.line, "\(property.key) is a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(property.value)\"")
        }
        return value
    }

    func choice<T: RawRepresentable & CaseIterable>(_ property: MarkdownOutline.Property?, _ type: T.Type,
                                                    default fallback: T) throws -> T where T.RawValue == String {
        guard let property else { return fallback }
        let key = property.value.lowercased().replacing(" ", with: "_").replacing("-", with: "_")
        guard let value = T(rawValue: key) else {
            let names = T.allCases.map { $0.rawValue.replacing("_", with: " ") }.joined(separator: ", ")
            throw fail(property.line, "\(property.key) is one of \(names), not \"\(property.value)\"")
        }
        return value
    }
}
