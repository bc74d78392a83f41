import ScrutinyModel

/// A member's notes gathered by flag, to take to a meeting: every flag with notes, its notes
/// newest first, then the notes with no flag. A note with two flags is under both.
public struct ConcernsReport: Hashable, Sendable {
    public struct Group: Hashable, Sendable {
        /// Nil for the notes with no flag.
        public var flag: Flag?
        public var notes: [NoteListing]

        public var title: String {
            guard let flag else { return "No flag" }
            return flag.name.prefix(1).uppercased() + flag.name.dropFirst() + (flag.retired ? " (retired flag)" : "")
        }
    }

    public var member: String
    public var date: CalendarDate
    public var groups: [Group]
    public var noteCount: Int

    /// - Parameter flags: every flag, retired ones included, in the order to show them.
    public init(member: String, date: CalendarDate, flags: [Flag], notes: [NoteListing]) {
        self.member = member
        self.date = date
        self.noteCount = notes.count
        var groups = flags.map { flag in Group(flag: flag, notes: notes.filter { $0.note.flags.contains(flag.id) }) }
        let known = Set(flags.map(\.id))
        groups.append(Group(flag: nil, notes: notes.filter { $0.note.flags.allSatisfy { !known.contains($0) } }))
        self.groups = groups.filter { !$0.notes.isEmpty }
    }

    public var markdown: String {
        var out = "# Concerns: \(member)\n\n"
        out += "\(date.short) · \(noteCount) note\(noteCount == 1 ? "" : "s")\n"
        for group in groups {
            out += "\n## \(group.title) (\(group.notes.count))\n"
            for listing in group.notes {
                let note = listing.note
                out += "\n### \(listing.place)\n\n"
                var on = "On \(listing.targetLabel)"
                if case .paragraph(_, _, let quote) = note.target, !quote.isEmpty { on += ": “\(quote)”" }
                out += on + "  \n"
                let author = note.author == member ? [] : ["by \(note.author)"]
                out += (Self.facts(note) + author).joined(separator: " · ") + "\n"
                if !note.text.isEmpty {
                    out += "\n" + note.text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "> " + $0 }.joined(separator: "\n") + "\n"
                }
            }
        }
        return out
    }

    /// One row per note and flag, with a header; fields quoted as RFC 4180 asks.
    public var csv: String {
        let header = ["flag", "status", "priority", "follow_up", "committee", "meeting_date", "item", "on", "quote",
                      "text", "visibility", "author", "created_at", "updated_at", "id"]
        var rows = [header]
        for group in groups {
            for listing in group.notes {
                let note = listing.note
                var quote = ""
                if case .paragraph(_, _, let text) = note.target { quote = text }
                rows.append([group.flag?.name ?? "", note.status.label, Note.priorityName(note.priority),
                             note.followUp?.iso ?? "", listing.committeeName ?? "", listing.meetingDate?.iso ?? "",
                             listing.itemHeading ?? "", listing.targetLabel, quote, note.text, note.visibility.rawValue,
                             note.author, note.createdAt, note.updatedAt, note.id])
            }
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// "open · high priority · follow up by Tue 1 Dec 2026 · private".
    public static func facts(_ note: Note) -> [String] {
        var facts = [note.status.label]
        if note.priority != 2 { facts.append("\(Note.priorityName(note.priority)) priority") }
        if let followUp = note.followUp { facts.append("follow up by \(followUp.short)") }
        facts.append(note.visibility.rawValue)
        return facts
    }

    /// A cell, quoted when it must be; one that a spreadsheet would take for a formula (it starts
    /// with =, +, -, @, a tab or a carriage return) is given a leading apostrophe, as OWASP advises.
    static func csvField(_ text: String) -> String {
        let text = text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true ? "'" + text : text
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
