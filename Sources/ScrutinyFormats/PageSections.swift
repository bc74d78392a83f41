/// A council page split at its headings, with the "Field: value" lines read out.
struct PageSections {
    /// What a heading introduces, so the reader knows where decisions, minutes and
    /// questions are, whatever wording a council uses.
    enum Role: Equatable {
        case decision, reasons, alternatives, conflicts, scrutiny, minutes, purpose, recommendations
        case supportingDocuments, other
    }

    struct Section {
        var heading: String?
        var role: Role
        var line: Int
        var lines: [SourceText.Line] = []
    }

    struct Field {
        var name: String
        var value: String
        var line: Int
    }

    var sections: [Section] = []
    var fields: [Field] = []

    init(_ lines: [SourceText.Line]) {
        var current = Section(heading: nil, role: .other, line: lines.first?.number ?? 1)
        var taken = -1
        for (index, line) in lines.enumerated() where index != taken {
            let text = line.text.trimmed
            if var field = Self.field(text, line: line.number) {
                // A table prints the value in the row's next cell: "Date of Call-in (…) | 08/07/2025".
                if field.value.isEmpty, index + 1 < lines.count, case let next = lines[index + 1], next.number == line.number, DateText.parse(next.text.trimmed) != nil {
                    field.value = next.text.trimmed
                    taken = index + 1
                }
                fields.append(field)
            } else if let (heading, role) = Self.heading(text) {
                sections.append(current)
                current = Section(heading: heading, role: role, line: line.number)
            } else {
                current.lines.append(line)
            }
        }
        sections.append(current)
        sections.removeAll { $0.heading == nil && $0.lines.allSatisfy(\.isBlank) }
    }

    func field(_ names: String...) -> Field? {
        fields.first { field in names.contains { $0.caseInsensitiveEquals(field.name) } }
    }

    func sections(_ role: Role) -> [Section] { sections.filter { $0.role == role } }

    // MARK: Recognising headings and fields

    /// Fields a page prints as "Name: value" on one line.
    static let fieldNames: [String] = [
        "Decision No", "Decision Number", "Decision-Maker", "Decision Maker", "Portfolio Area", "Portfolio", "Subject",
        "Author", "Report Author", "Lead Officer", "Decision status", "Is Key decision?", "Key decision",
        "Is subject to call in?", "Subject to call-in", "Publication date", "Date of decision", "Date of meeting",
        "Date", "Proper Officer", "Call-In Period expires on", "Call-in expiry date", "Call-in deadline", "Call-in period ends",
        "Wards affected", "Wards Affected", "Meeting", "Committee", "Reference", "Item", "Decided at meeting",
        "Effective from", "Decision type", "Report author", "Department", "Contact",
    ]

    /// Each field name in lower case with its colon: what a line starts with.
    private static let fieldPrefixes = fieldNames.map { ($0, $0.lowercased() + ":") }

    static func field(_ text: String, line: Int) -> Field? {
        // Only the start of a line can name a field: a long paragraph is not lowered whole.
        let head = text.utf8.prefix(40).contains(UInt8(ascii: ":")) || text.utf8.prefix(40).contains(UInt8(ascii: "-"))
        guard head else { return nil }
        let lower = String(text.prefix(40)).lowercased()
        for (name, prefix) in fieldPrefixes where lower.hasPrefix(prefix) {
            return Field(name: name, value: String(text.dropFirst(name.count + 1)).trimmed, line: line)
        }
        // "Call-In Period expires on" is printed without a colon and often without a value.
        if lower.hasPrefix("call-in period expires on") {
            return Field(name: "Call-In Period expires on", value: String(text.dropFirst(25)).trimmed, line: line)
        }
        // "Date of Call-in (if applicable) (this suspends implementation)", a date after it once called in.
        if lower.hasPrefix("date of call-in") {
            let value = String(text.dropFirst(15)).replacing(/\([^)]*\)/, with: "").trimmed
            return Field(name: "Date of Call-in", value: value.trimmingCharacters(in: ":").trimmed, line: line)
        }
        return nil
    }

    /// Headings councils print, by what they introduce. Matched without case and without a final colon.
    static let knownHeadings: [(String, Role)] = [
        ("the decision", .decision), ("decision", .decision), ("decisions", .decision),
        ("decision of", .decision), ("decision taken", .decision), ("resolution", .decision),
        ("reasons for the decision", .reasons), ("reason for the decision", .reasons), ("reason for decision", .reasons),
        ("reasons for decision", .reasons), ("reasons for proposed decision", .reasons), ("reasons for recommendations", .reasons),
        ("details of any alternative options", .alternatives), ("any alternative options considered and rejected", .alternatives),
        ("alternative options considered", .alternatives), ("other options for action", .alternatives),
        ("alternative options", .alternatives), ("other options considered", .alternatives),
        ("conflicts of interest", .conflicts), ("conflicts of interest declared", .conflicts),
        ("declarations of interest", .conflicts),
        ("scrutiny considerations", .scrutiny), ("scrutiny comments", .scrutiny),
        ("minutes", .minutes), ("purpose", .purpose), ("purpose of report", .purpose), ("purpose of the report", .purpose),
        ("recommendations/decisions required", .recommendations), ("recommendations", .recommendations),
        ("recommendation", .recommendations), ("recommendation(s)", .recommendations),
        ("supporting documents", .supportingDocuments), ("accompanying documents", .supportingDocuments),
        ("additional documents", .supportingDocuments), ("background papers", .other),
        ("matter for decision", .other), ("executive summary", .other), ("report", .other),
        ("consultation undertaken", .other), ("consultation", .other), ("risk management", .other),
        ("other relevant matters concerning the decision", .other), ("confirmed as a true record", .other),
        ("scrutiny", .other), ("financial implications", .other), ("legal implications", .other),
    ]

    /// The heading a line is, if it is one: a known heading (the longest match, so
    /// "Decision of Executive Councillor …" reads as a decision), a "… Implications:" line,
    /// or a short line in capitals or ending with a colon.
    static func heading(_ text: String) -> (String, Role)? {
        guard !text.isEmpty, text.count <= 90, ListLabel(text) == nil else { return nil }
        let bare = text.hasSuffix(":") ? String(text.dropLast()).trimmed : text
        let key = bare.lowercased()
        // "RESOLVED –", "Cabinet:", "Question from Cllr Ellis:" open what follows; they head nothing.
        if PageResolutions.isResolvedOpening(bare) || PageExchanges.turn(text) != nil { return nil }
        // "In discussion, the following points were raised:" introduces members' points.
        if PageExchanges.questioner(text) != nil || PageExchanges.responder(text) != nil { return nil }
        let bodies = ["cabinet", "committee", "council", "panel", "board", "executive"]
        if text.hasSuffix(":"), bare.split(separator: " ").count <= 3, bodies.contains(where: key.hasSuffix) { return nil }
        if let known = knownHeadings.first(where: { $0.0 == key }) { return (bare, known.1) }
        if key.hasPrefix("decision of ") || key.hasPrefix("decision by ") { return (bare, .decision) }
        if key.hasPrefix("conflicts of interest") { return (bare, .conflicts) }
        if key.hasPrefix("reasons for") || key.hasPrefix("reason for") { return (bare, .reasons) }
        let words = bare.split(separator: " ")
        // "PDF 402 KB": the size of a supporting document, printed in its own table cell.
        if ModernGovPageReader.isFileSize(bare) { return nil }
        let endsSentence = bare.last.map { ".!?,;".contains($0) } ?? true
        if key.hasSuffix("implications"), words.count <= 8 { return (bare, .other) }
        if text.hasSuffix(":"), words.count <= 8, !endsSentence, bare.first?.isUppercase == true { return (bare, .other) }
        let letters = bare.filter(\.isLetter)
        if letters.count >= 4, letters.allSatisfy(\.isUppercase), words.count <= 10, !endsSentence { return (bare, .other) }
        return nil
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
