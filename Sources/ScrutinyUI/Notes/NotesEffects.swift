import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// Performs the notes' effects against the member's notes (nil when who they are is not
/// known): the notes on an item, the concerns view, saving, finding and deleting a note, and
/// keeping the one being written; the member's news and its read marks.
struct NotesEffects {
    let store: any PapersReading
    let notes: (any NotesKeeping)?
    let today: CalendarDate

    func answer(_ effect: Effect) throws -> Message? {
        switch effect {
        case .loadNews(let after):
            guard let notes else { throw StoreError(AppState.whoAreYou) }
            let (report, from) = try notes.newsReport(today: today, after: after, foundSince: nil)
            return .newsLoaded(report, after: from)
        case .markNewsRead(let ids, let after):
            guard let notes else { throw StoreError(AppState.whoAreYou) }
            try notes.markRead(ids)
            let (report, from) = try notes.newsReport(today: today, after: after, foundSince: nil)
            return .newsLoaded(report, after: from)
        case .loadNotes(let itemID):
            return .notesLoaded(itemID: itemID, try notes?.listings(NoteFilter(itemID: itemID)) ?? [])
        case .loadConcerns:
            return .concernsLoaded(try notes?.listings(NoteFilter()) ?? [], flags: try store.flags(includingRetired: true))
        case .saveNote(let draft):
            guard let notes else { throw StoreError(AppState.whoAreYou) }
            let saved: Note
            if let id = draft.id, let note = try notes.note(id: id) {
                saved = try notes.save(draft.applied(to: note))
            } else {
                saved = try notes.add(on: draft.target, text: draft.text, flags: draft.flags, priority: draft.priority,
                                      status: draft.status, followUp: draft.followUp, visibility: draft.visibility)
            }
            // The note is saved whole: a kept draft that would stay behind is only a copy of it.
            try? notes.dropDraft()
            return .noteSaved(saved)
        case .keepNoteDraft(let draft, let label):
            guard let notes else { throw StoreError(AppState.whoAreYou) }
            try notes.keepDraft(draft, label: label)
            return .noteDraftKept(draft)
        case .dropNoteDraft:
            try notes?.dropDraft()
            return .idle
        case .loadNoteDraft:
            guard let kept = try notes?.keptDraft() else { return .idle }
            return .noteDraftFound(kept)
        case .exportConcerns(let format, let report, let folder):
            let names = Dictionary(uniqueKeysWithValues: try store.flags(includingRetired: true).map { ($0.id, $0.name) })
            let notes = report.noteCount
            return .exported(path: try ConcernsExport.write(report, as: format, flagNames: names, in: folder),
                             what: "Concerns report of \(notes) note\(notes == 1 ? "" : "s")")
        case .findOwnNote(let spot):
            return .ownNoteFound(spot, try notes?.ownNote(on: spot.target))
        case .deleteNote(let id):
            guard let notes else { throw StoreError(AppState.whoAreYou) }
            try notes.delete(id: id)
            return .noteDeleted(id)
        default:
            return nil
        }
    }
}
