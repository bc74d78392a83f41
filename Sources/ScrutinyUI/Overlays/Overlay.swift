import ScrutinyFormats
import ScrutinyModel
import TerminalCore

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
        /// Open again a note left unsaved when the program last stopped (the other choice drops it).
        case reopenNoteDraft(KeptNoteDraft)
        /// Write these notes as a concerns report, in the chosen format (the choices are the formats).
        case exportConcerns([NoteListing], flags: [Flag])
        /// A draft of the meeting's minutes, in the form chosen (`MinutesExport.forms`).
        case draftMinutes(meetingID: String)
        /// Effects carried out once the chair says yes (a record removed, a step of the meeting's
        /// course, a record made while inquorate).
        case perform([Effect])
        /// The vote dialog, opened once the chair says yes.
        case openVotes(VoteDialog)
    }

    public var dialog: Dialog
    public var consequence: Consequence

    /// Whether every answer goes on (in its own way), rather than the first alone.
    var isChoice: Bool {
        switch consequence {
        case .exportConcerns, .draftMinutes: true
        default: false
        }
    }
}

/// Drawn over the current screen; takes the keys until closed.
public enum Overlay: Sendable, Equatable {
    case flags(FlagPicker)
    case confirm(Confirmation)
    case votes(VoteDialog)
}

extension Overlay {
    /// The keys the overlay reads.
    var keymap: Keymap<Action> {
        switch self {
        case .flags: Keymaps.picker
        case .confirm: Keymaps.confirm
        case .votes: Keymaps.votes
        }
    }

    var hints: Hints {
        switch self {
        case .flags: Hints([.up, .down, .toggle, .save, .back])
        case .confirm: Hints([.yes, .no, .nextValue, .open])
        case .votes(let dialog) where dialog.method == .tally && dialog.row > 0: Hints("type the count", [.up, .down, .save, .back])
        case .votes: Hints([.previousValue, .nextValue, .up, .down, .save, .back])
        }
    }
}
