import ScrutinyModel
import TerminalCore

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
    /// A draft left unsaved when the program last stopped, opened again: unsaved from the start.
    let reopened: Bool
    /// The draft as the member's notebook last kept it.
    var kept: NoteDraft?

    public init(draft: NoteDraft, spots: [NoteSpot], reopened: Bool = false) {
        self.draft = draft
        self.spots = spots
        self.editor = TextEditor(text: draft.text)
        self.followUp = draft.followUp?.iso ?? ""
        self.original = draft
        self.reopened = reopened
        self.kept = reopened ? draft : nil
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

    var hasChanges: Bool { reopened || current != original || followUp != (original.followUp?.iso ?? "") }

    /// The note as it stands, to keep or to save when the program ends: a follow-up date not yet
    /// a date is left off.
    var snapshot: NoteDraft {
        var note = current
        note.followUp = CalendarDate(iso: followUp)
        return note
    }

    /// Keeps the draft in the member's notebook when it has changed since it was last kept.
    var keeping: [Effect] {
        let snapshot = snapshot
        guard hasChanges, snapshot != kept else { return [] }
        return [.keepNoteDraft(snapshot, label: spots[safe: spot]?.label ?? "")]
    }
}
