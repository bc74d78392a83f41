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
