/// A paper attached to an agenda item, its text split into paragraphs for citation.
public struct Document: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case report, minutes, decision, appendix, supporting

        /// The name a reader sees: "Decision record".
        public var title: String {
            switch self {
            case .report: "Report"
            case .minutes: "Minutes"
            case .decision: "Decision record"
            case .appendix: "Appendix"
            case .supporting: "Supporting paper"
            }
        }
    }

    public var id: String
    public var itemID: String
    public var kind: Kind
    public var title: String
    public var published: CalendarDate?
    /// Where the text came from: a file name or an address.
    public var source: String?
    /// Exempt documents never leave in a public export, even on a public item.
    public var exempt: Bool
    public var paragraphs: [Paragraph]

    public init(id: String, itemID: String, kind: Kind, title: String, published: CalendarDate? = nil,
                source: String? = nil, exempt: Bool = false, paragraphs: [Paragraph]) {
        self.id = id
        self.itemID = itemID
        self.kind = kind
        self.title = title
        self.published = published
        self.source = source
        self.exempt = exempt
        self.paragraphs = paragraphs
    }

    /// A checksum of the text, so that an unchanged document is recognised on re-import.
    public var checksum: String {
        var hash = FNV1a()
        hash.add(kind.rawValue)
        hash.add(title)
        for paragraph in paragraphs {
            hash.add(paragraph.kind.rawValue)
            hash.add(paragraph.text)
            if let page = paragraph.page { hash.add("p\(page)") }
        }
        return hash.hex
    }
}

/// A block of a document's text. Text and list paragraphs carry a number for citation;
/// headings do not.
public struct Paragraph: Hashable, Sendable, Codable {
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case heading, text, list
    }

    public var kind: Kind
    /// The number a reader cites ("para 12"); nil for headings.
    public var number: Int?
    public var text: String
    /// The page of the printed paper (a PDF's own page number) the paragraph starts on; nil
    /// for papers without pages.
    public var page: Int?

    public init(kind: Kind, number: Int?, text: String, page: Int? = nil) {
        self.kind = kind
        self.number = number
        self.text = text
        self.page = page
    }

    /// Numbers the non-heading blocks 1, 2, 3 … in order.
    public static func numbered(_ blocks: [(Kind, String)]) -> [Paragraph] {
        numbered(blocks.map { ($0.0, $0.1, nil) })
    }

    /// Numbers the non-heading blocks 1, 2, 3 … in order, each keeping its page.
    public static func numbered(_ blocks: [(Kind, String, Int?)]) -> [Paragraph] {
        var next = 1
        return blocks.map { kind, text, page in
            guard kind != .heading else { return Paragraph(kind: .heading, number: nil, text: text, page: page) }
            defer { next += 1 }
            return Paragraph(kind: kind, number: next, text: text, page: page)
        }
    }

    /// "p. 12, ¶3", or "¶3" for a paper without pages; nil for a heading.
    public var citation: String? {
        guard let number else { return nil }
        return (page.map { "p. \($0), " } ?? "") + "¶\(number)"
    }
}
