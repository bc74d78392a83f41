import ScrutinyModel
import TerminalCore

/// Every note the member can see, gathered by flag, filtered by status and committee.
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

    public init() {}

    /// Notes that pass the status and committee filters.
    var filtered: [NoteListing] {
        listings.filter { listing in
            (status == nil || listing.note.status == status) && (committee == nil || listing.committeeID == committee)
        }
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
