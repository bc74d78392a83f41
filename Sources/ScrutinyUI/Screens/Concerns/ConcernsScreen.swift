import ScrutinyModel
import ScrutinyStore
import TerminalCore

/// Every note the member can see, gathered by flag, filtered by status, committee, and typed
/// words and dates.
public struct ConcernsScreen: Sendable, Equatable {
    /// A row of the flags column.
    public enum Group: Sendable, Equatable {
        case all
        case flag(Flag)
        case unflagged
    }

    public var listings: [NoteListing] = []
    public var flags: [Flag] = []
    public var loaded = false
    public var status: Note.Status?
    /// A committee id.
    public var committee: String?
    public var groupCursor = ListCursor()
    public var noteCursor = ListCursor()
    public var notesFocused = false
    /// Words a note must have (in its text, quote or place) and from:/to: dates its meeting
    /// must fall between, as typed.
    public var filterText = ""
    public var typingFilter = false

    public init() {}

    /// The typed filter read: its words, folded, and its dates; or why it cannot be read.
    var textFilter: (words: [String], filters: SearchFilters, problem: String?) {
        do {
            let (words, filters) = try SearchFilters.split(filterText)
            return (SearchQuery.foldedWords(of: words), filters, nil)
        } catch {
            return (SearchQuery.foldedWords(of: filterText), SearchFilters(), "\(error)")
        }
    }

    /// Notes that pass the status, committee and typed filters.
    var filtered: [NoteListing] {
        let (words, filters, _) = textFilter
        return listings.filter { listing in
            guard (status == nil || listing.note.status == status) && (committee == nil || listing.committeeID == committee),
                  filters.admits(listing) else { return false }
            guard !words.isEmpty else { return true }
            let quote = if case .paragraph(_, _, let quote) = listing.note.target { quote } else { "" }
            let about = Set(SearchQuery.foldedWords(of: [listing.note.text, quote, listing.targetLabel, listing.place].joined(separator: " ")))
            return words.allSatisfy { word in about.contains { $0.hasPrefix(word) } }
        }
    }

    /// What the header says of the filters: "Status: all · Committee: all · “library” from 2025".
    var narrowedTo: String {
        let committeeName = committee.map { id in committees.first { $0.id == id }?.name ?? id } ?? "all"
        let typed = filterText.trimmingCharacters(in: .whitespaces)
        return "Status: \(status?.label ?? "all") · Committee: \(committeeName)" + (typed.isEmpty ? "" : " · “\(typed)”")
    }

    /// All notes, every active flag (and retired ones still on notes), then notes with no flag.
    var groups: [(group: Group, title: String, count: Int)] {
        let notes = filtered
        var rows: [(Group, String, Int)] = [(.all, "All notes", notes.count)]
        for flag in flags {
            let count = members(of: .flag(flag), in: notes).count
            if !flag.retired || count > 0 { rows.append((.flag(flag), flag.name + (flag.retired ? " (retired)" : ""), count)) }
        }
        let unflagged = members(of: .unflagged, in: notes).count
        if unflagged > 0 { rows.append((.unflagged, "No flag", unflagged)) }
        return rows
    }

    /// The notes of the selected group, newest first.
    var notes: [NoteListing] {
        members(of: groups[safe: groupCursor.selected]?.group ?? .all, in: filtered)
    }

    private func members(of group: Group, in notes: [NoteListing]) -> [NoteListing] {
        switch group {
        case .all: return notes
        case .flag(let flag): return notes.filter { $0.note.flags.contains(flag.id) }
        case .unflagged:
            let known = Set(flags.map(\.id))
            return notes.filter { $0.note.flags.allSatisfy { !known.contains($0) } }
        }
    }

    /// Committees that notes are on, by name, for the committee filter.
    var committees: [(id: String, name: String)] {
        var seen: [String: String] = [:]
        for listing in listings { if let id = listing.committeeID { seen[id] = listing.committeeName ?? id } }
        return seen.map { ($0.key, $0.value) }.sorted { $0.name < $1.name }
    }
}
