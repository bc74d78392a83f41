import ScrutinyModel
import TerminalCore

/// A note as the editor hands it to the store: new when `id` is nil.
public struct NoteDraft: Sendable, Equatable {
    public var id: String?
    public var target: NoteTarget
    public var text: String
    public var flags: [String]
    public var priority: Int
    public var status: Note.Status
    public var followUp: CalendarDate?
    public var visibility: Note.Visibility

    public init(id: String? = nil, target: NoteTarget, text: String = "", flags: [String] = [], priority: Int = 2,
                status: Note.Status = .open, followUp: CalendarDate? = nil, visibility: Note.Visibility = .private) {
        self.id = id
        self.target = target
        self.text = text
        self.flags = flags
        self.priority = priority
        self.status = status
        self.followUp = followUp
        self.visibility = visibility
    }

    init(_ note: Note) {
        self.init(id: note.id, target: note.target, text: note.text, flags: note.flags, priority: note.priority,
                  status: note.status, followUp: note.followUp, visibility: note.visibility)
    }

    /// `note` with what the draft changes in it.
    func applied(to note: Note) -> Note {
        var note = note
        note.text = text
        note.flags = flags
        note.priority = priority
        note.status = status
        note.followUp = followUp
        note.visibility = visibility
        return note
    }
}

/// Something a new note can be written on, with how the editor names it.
public struct NoteSpot: Sendable, Equatable {
    public var target: NoteTarget
    public var label: String

    public init(_ target: NoteTarget, _ label: String) {
        self.target = target
        self.label = label
    }
}

/// Writing or changing a note: its text in a multi-line editor, then its details, one field
/// at a time (Tab moves between them).
public struct NoteEditorScreen: Sendable, Equatable {
    public enum Field: Int, CaseIterable, Sendable {
        case text, target, visibility, priority, status, followUp, flags
    }

    public var draft: NoteDraft
    /// What the note may be on, when it is new; the first is the spot the cursor was on.
    public var spots: [NoteSpot]
    public var spot = 0
    public var editor: TextEditor
    public var field = Field.text
    /// The follow-up date as typed.
    public var followUp: String
    /// Why the last save was refused.
    public var problem: String?
    let original: NoteDraft

    public init(draft: NoteDraft, spots: [NoteSpot]) {
        self.draft = draft
        self.spots = spots
        self.editor = TextEditor(text: draft.text)
        self.followUp = draft.followUp?.iso ?? ""
        self.original = draft
    }

    public var isNew: Bool { draft.id == nil }
    var fields: [Field] { isNew && spots.count > 1 ? Field.allCases : Field.allCases.filter { $0 != .target } }

    /// The draft with what has been typed.
    var current: NoteDraft {
        var note = draft
        note.text = editor.text
        if isNew, let chosen = spots[safe: spot] { note.target = chosen.target }
        return note
    }

    var hasChanges: Bool { current != original || followUp != (original.followUp?.iso ?? "") }
}

/// Flags to tick: for the note being edited, or for a quick flag with `f`.
public struct FlagPicker: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// Ticks the flags of the note in the editor beneath.
        case editor
        /// Saves at once: the member's note (if any) on a spot, or a selected note.
        case quick(NoteSpot, existing: Note?)
    }

    public var chosen: [String]
    public var cursor = ListCursor()
    public var purpose: Purpose
}

/// A question before something is destroyed.
public struct Confirmation: Sendable, Equatable {
    public enum Consequence: Sendable, Equatable {
        case deleteNote(String)
        case discardEditor
        case removeResolution(String, meetingID: String)
        case removeDeclaration(String, meetingID: String)
    }

    public var dialog: Dialog
    public var consequence: Consequence
}

/// Drawn over the current screen; takes the keys until closed.
public enum Overlay: Sendable, Equatable {
    case flags(FlagPicker)
    case confirm(Confirmation)
    case votes(VoteDialog)
}

/// The notes on an item, beside its page (or instead of it on a narrow terminal).
public struct NotesPane: Sendable, Equatable {
    public var notes: [NoteListing] = []
    public var cursor = ListCursor()
    public var focused = false
    public var loaded = false

    var selected: NoteListing? { notes[safe: cursor.selected] }

    var anchors: Set<String> { ItemPage.anchors(of: notes) }
}

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
