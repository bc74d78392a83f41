import ScrutinyModel

/// Reads the answers of Modern.gov's web service (`mgWebService.asmx`) as councils send them:
/// `GetCommittees` (`<committees><committee>…`), `GetMeetings` (meetings inside their
/// committee: `<getmeetings><committee><committeetitle/><committeemeetings><meeting>…`) and
/// `GetMeeting` (one `<meeting>` with its agenda items, their minutes and decisions as escaped
/// HTML, linked documents, and attendees as attributes). Element names are matched without
/// regard to case; dates are dd/mm/yyyy; booleans "True"/"False". See docs/formats.md.
public enum ModernGovXMLReader {
    /// The root elements of the answers Scrutiny reads.
    static let roots: Set<String> = ["meeting", "getmeeting", "meetings", "getmeetings", "getmeetingsbydate",
                                     "committees", "getcommittees"]

    public static func recognises(_ source: SourceText) -> Bool {
        let head = source.lines.prefix(20).map(\.text).joined(separator: "\n").prefix(600).lowercased()
        guard head.drop(while: \.isWhitespace).hasPrefix("<") else { return false }
        return roots.contains { head.contains("<\($0)>") || head.contains("<\($0) ") }
            || head.contains("envelope") && head.contains("moderngov.co.uk/namespaces")
    }

    /// Reads decoded text: the XML declaration's encoding has been applied, so the parser is
    /// given the text as UTF-8 without it. What the answer holds that Scrutiny does not keep
    /// is said in `notes`.
    public static func read(_ source: SourceText, context: PageContext = PageContext(), notes: inout [String]) throws -> PaperBundle {
        var text = source.lines.map(\.text).joined(separator: "\n")
        if let start = text.range(of: "<?xml"), text[..<start.lowerBound].allSatisfy(\.isWhitespace),
           let end = text.range(of: "?>") {
            // Spaces in place of the declaration, so that line numbers stay those of the file.
            let blank = String(text[..<end.upperBound].map { $0 == "\n" ? "\n" : " " })
            text.replaceSubrange(..<end.upperBound, with: blank)
        }
        var root = try XMLElementNode.parse(Array(text.utf8), file: source.file)
        // Called by SOAP, the answer sits inside Envelope/Body/…Response/…Result.
        while !roots.contains(root.name), root.children.count == 1 { root = root.children[0] }
        var reader = ModernGovAnswer(file: source.file, context: context)
        if root.name == "meeting" || root.name == "getmeeting" && root.child("meeting") == nil {
            try reader.readMeeting(root, committee: nil)
        } else {
            // GetMeetings nests each committee's meetings; GetCommittees lists committees alone.
            for committee in root.all("committee") {
                guard let title = committee.value("committeetitle", "committeename").map(HTMLText.plain) else {
                    throw FormatError(file: source.file, line: committee.line, "a committee has no <committeetitle>")
                }
                if committee.value("committeedeleted").map(isTrue) == true { continue }
                reader.add(committee: title)
                for meeting in committee.child("committeemeetings")?.children.filter({ $0.name == "meeting" }) ?? [] {
                    try reader.readMeeting(meeting, committee: title)
                }
            }
            // Meetings listed outside a committee (GetMeetingsByDate) name theirs themselves.
            for meeting in root.children.flatMap({ $0.name == "meeting" ? [$0] : $0.name == "meetings" ? $0.children : [] })
            where meeting.name == "meeting" {
                try reader.readMeeting(meeting, committee: nil)
            }
        }
        guard !reader.bundle.committees.isEmpty || !reader.bundle.meetings.isEmpty else {
            throw FormatError(file: source.file, line: root.line, "the answer holds no <meeting> or <committee>")
        }
        notes += reader.notes
        return reader.bundle
    }

    static func committee(named name: String) -> Committee {
        Committee(id: Slug.make(name), name: name, kind: ModernGovPageReader.kind(of: name))
    }

    /// "18:30", "6.30 pm", "7pm", "10.00 am" → minutes after midnight.
    static func clockMinutes(_ text: String) -> Int? {
        let lower = text.lowercased().replacing(" ", with: "")
        let pm = lower.hasSuffix("pm"), am = lower.hasSuffix("am")
        let core = pm || am ? String(lower.dropLast(2)) : lower
        let parts = core.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), let minute = parts.count == 2 ? Int(parts[1]) : 0,
              (0...59).contains(minute) else { return nil }
        var h = hour
        if pm || am {
            guard (1...12).contains(hour) else { return nil }
            h = hour % 12 + (pm ? 12 : 0)
        }
        guard (0...23).contains(h) else { return nil }
        return h * 60 + minute
    }

    /// Modern.gov writes "True" and "False"; older answers "1" and "0".
    static func isTrue(_ value: String?) -> Bool {
        ["true", "yes", "1"].contains(value?.lowercased() ?? "")
    }

    /// "Councillor Joan Hale" → "Cllr Joan Hale", as the rest of the papers name members.
    static func personName(_ name: String) -> String {
        for prefix in ["Councillor ", "Cllr. "] where name.hasPrefix(prefix) { return "Cllr " + name.dropFirst(prefix.count) }
        return name
    }
}
