import ScrutinyModel
import TerminalCore

/// The note keys, wherever papers are shown: what they act on comes from the screen.
extension AppState {
    static let whoAreYou = "Notes need to know who you are: start Scrutiny with --member \"Your Name\"."

    /// `a`, `f`, `e`, `d`, `s` and `F`, wherever papers are shown.
    mutating func noteAction(_ action: Action) -> [Effect] {
        guard let member else {
            notice = Self.whoAreYou
            return []
        }
        if action == .concerns {
            if current is ConcernsScreen { return [] }
            open(ConcernsScreen())
            return [.loadConcerns]
        }
        if action == .addNote {
            let spots = current.noteSpots(self)
            guard let first = spots.first else { return [] }
            open(NoteEditorScreen(draft: NoteDraft(target: first.target), spots: spots))
            return []
        }
        guard let listing = current.selectedNote else {
            if action == .flag { return current.noteSpots(self).first.map { [.findOwnNote($0)] } ?? [] }
            notice = "Select a note first: Tab moves to the notes."
            return []
        }
        let note = listing.note
        if action == .readNote {
            if !(current is NoteReadScreen) { open(NoteReadScreen(listing: listing)) }
            return []
        }
        guard note.author == member else {
            notice = "This note is \(note.author)'s; only they can change it."
            return []
        }
        switch action {
        case .flag:
            overlay = .flags(FlagPicker(chosen: note.flags, purpose: .quick(NoteSpot(note.target, listing.targetLabel), existing: note)))
        case .editNote:
            open(NoteEditorScreen(draft: NoteDraft(note), spots: [NoteSpot(note.target, listing.targetLabel)]))
        case .deleteNote:
            let text = note.text.isEmpty ? "a note with flags only" : "“\(NoteTarget.quote(note.text, limit: 60))”"
            overlay = .confirm(Confirmation(dialog: Dialog(title: "Delete this note?", message: "\(text) on \(listing.targetLabel). There is no undo.",
                                                           choices: ["Delete", "Keep"], selected: 1),
                                            consequence: .deleteNote(note.id)))
        case .cycleStatus:
            var draft = NoteDraft(note)
            draft.status = note.status.cycled(by: 1)
            return [.saveNote(draft)]
        default:
            break
        }
        return []
    }
}
