import ScrutinyModel
import TerminalCore

/// How notes, flags and the concerns view answer keys and store answers.
extension AppState {
    static let whoAreYou = "Notes need to know who you are: start Scrutiny with --member \"Your Name\"."

    /// Store answers about notes; every screen showing the notes they concern is brought up to date.
    mutating func noteUpdate(_ message: Message) -> [Effect] {
        switch message {
        case .flagsLoaded(let flags):
            self.flags = flags
        case .notesLoaded(let itemID, let notes):
            for index in stack.indices {
                switch stack[index] {
                case .item(var screen) where screen.itemID == itemID:
                    screen.notesPane.notes = notes
                    screen.notesPane.loaded = true
                    stack[index] = .item(screen)
                case .reader(var screen) where screen.context?.item.id == itemID:
                    screen.notes = notes
                    stack[index] = .reader(screen)
                default: break
                }
            }
            clampCursors()
        case .concernsLoaded(let listings, let flags):
            for index in stack.indices {
                if case .concerns(var screen) = stack[index] {
                    screen.listings = listings
                    screen.flags = flags
                    screen.loaded = true
                    stack[index] = .concerns(screen)
                }
            }
            clampCursors()
        case .ownNoteFound(let spot, let note):
            overlay = .flags(FlagPicker(chosen: note?.flags ?? [], purpose: .quick(spot, existing: note)))
        case .noteSaved, .noteDeleted:
            if case .noteEditor = current { stack.removeLast() }
            if case .noteSaved = message { notice = "Note saved." } else { notice = "Note deleted." }
            return refreshNotes()
        default:
            break
        }
        return []
    }

    /// Reloads what every open screen shows of notes.
    func refreshNotes() -> [Effect] {
        var effects: [Effect] = []
        for screen in stack {
            let effect: Effect? = switch screen {
            case .item(let item): .loadNotes(item.itemID)
            case .reader(let reader): reader.context.map { .loadNotes($0.item.id) }
            case .agenda(let agenda): .loadMeeting(agenda.meetingID)
            case .concerns: .loadConcerns
            default: nil
            }
            if let effect, !effects.contains(effect) { effects.append(effect) }
        }
        return effects
    }

    /// `a`, `f`, `e`, `d`, `s` and `F`, wherever papers are shown.
    mutating func noteAction(_ action: Action) -> [Effect] {
        guard let member else {
            notice = Self.whoAreYou
            return []
        }
        if action == .concerns {
            if case .concerns = current { return [] }
            stack.append(.concerns(ConcernsScreen()))
            return [.loadConcerns]
        }
        if action == .addNote {
            let spots = spotsHere()
            guard let first = spots.first else { return [] }
            stack.append(.noteEditor(NoteEditorScreen(draft: NoteDraft(target: first.target), spots: spots)))
            return []
        }
        if action == .flag && selectedNote == nil {
            return spotsHere().first.map { [.findOwnNote($0)] } ?? []
        }
        guard let listing = selectedNote else {
            notice = "Select a note first: Tab moves to the notes."
            return []
        }
        let note = listing.note
        guard note.author == member else {
            notice = "This note is \(note.author)'s; only they can change it."
            return []
        }
        switch action {
        case .flag:
            overlay = .flags(FlagPicker(chosen: note.flags, purpose: .quick(NoteSpot(note.target, listing.targetLabel), existing: note)))
        case .editNote:
            stack.append(.noteEditor(NoteEditorScreen(draft: NoteDraft(note), spots: [NoteSpot(note.target, listing.targetLabel)])))
        case .deleteNote:
            let text = note.text.isEmpty ? "a note with flags only" : "“\(NoteTarget.quote(note.text, limit: 60))”"
            overlay = .confirm(Confirmation(dialog: Dialog(title: "Delete this note?", message: "\(text) on \(listing.targetLabel). There is no undo.",
                                                           choices: ["Delete", "Keep"], selected: 1),
                                            consequence: .deleteNote(note.id)))
        case .cycleStatus:
            var draft = NoteDraft(note)
            let all = Note.Status.allCases
            draft.status = all[(all.firstIndex(of: note.status)! + 1) % all.count]
            return [.saveNote(draft)]
        default:
            break
        }
        return []
    }

    /// What a new note can be on, from where the member is.
    func spotsHere() -> [NoteSpot] {
        switch current {
        case .meetings:
            guard case .meeting(let listing)? = meetings.rows[safe: meetings.cursor.selected] else { return [] }
            return [NoteSpots.meeting(listing)]
        case .agenda(let screen):
            guard let detail = screen.detail, let listing = detail.items[safe: screen.cursor.selected] else { return [] }
            let meeting = MeetingListing(meeting: detail.meeting, committeeName: detail.committee.name, itemCount: detail.items.count)
            return [NoteSpots.item(listing.item), NoteSpots.meeting(meeting)]
        case .item(let screen):
            guard let detail = screen.detail else { return [] }
            return NoteSpots.onPage(detail, lines: screen.lines(width: ItemView.pageWidth(self)), top: screen.pager.top,
                                    height: bodyHeight)
        case .reader(let screen):
            guard let detail = screen.context else { return [] }
            return NoteSpots.onPage(detail, lines: screen.lines(width: width), top: screen.pager.top, height: bodyHeight)
        default:
            return []
        }
    }

    /// The note the keys act on: the one selected in a focused notes pane or concerns list.
    var selectedNote: NoteListing? {
        switch current {
        case .item(let screen) where screen.notesPane.focused:
            screen.notesPane.selected
        case .concerns(let screen) where screen.notesFocused:
            screen.notes[safe: screen.noteCursor.selected]
        default:
            nil
        }
    }

    /// Keys while a flag list or a question is open.
    mutating func handleOverlay(_ key: Key) -> [Effect] {
        switch overlay {
        case .flags(var picker):
            guard let action = Keymaps.picker.action(for: key) else { return [] }
            switch action {
            case .up, .down:
                picker.cursor.apply(action, count: flags.count, page: 1) { _ in true }
            case .toggle:
                guard let flag = flags[safe: picker.cursor.selected] else { break }
                if let index = picker.chosen.firstIndex(of: flag.id) { picker.chosen.remove(at: index) } else { picker.chosen.append(flag.id) }
            case .back:
                overlay = nil
                return []
            case .save:
                overlay = nil
                return pick(picker)
            default:
                break
            }
            overlay = .flags(picker)
        case .confirm(var confirmation):
            switch Keymaps.confirm.action(for: key) {
            case .nextValue:
                confirmation.dialog.selected = (confirmation.dialog.selected + 1) % confirmation.dialog.choices.count
                overlay = .confirm(confirmation)
            case .open where confirmation.dialog.selected == 0, .yes:
                overlay = nil
                return confirmed(confirmation.consequence)
            case .open, .no:
                overlay = nil
            default:
                break
            }
        case .votes(let dialog):
            return handleVotes(key, dialog)
        case nil:
            break
        }
        return []
    }

    private mutating func confirmed(_ consequence: Confirmation.Consequence) -> [Effect] {
        switch consequence {
        case .deleteNote(let id):
            return [.deleteNote(id)]
        case .discardEditor:
            if case .noteEditor = current { stack.removeLast() }
            return []
        case .removeResolution(let id, let meetingID):
            return [.removeResolution(id, meetingID: meetingID)]
        case .removeDeclaration(let id, let meetingID):
            return [.removeDeclaration(id, meetingID: meetingID)]
        }
    }

    /// The flags ticked: into the note being edited, or saved at once for a quick flag.
    private mutating func pick(_ picker: FlagPicker) -> [Effect] {
        switch picker.purpose {
        case .editor:
            guard case .noteEditor(var editor) = current else { return [] }
            editor.draft.flags = picker.chosen
            stack[stack.count - 1] = .noteEditor(editor)
            return []
        case .quick(let spot, let existing):
            guard let existing else {
                return picker.chosen.isEmpty ? [] : [.saveNote(NoteDraft(target: spot.target, flags: picker.chosen))]
            }
            guard existing.flags != picker.chosen else { return [] }
            // A note that was only its flags goes when the last flag does: nothing typed is lost.
            if picker.chosen.isEmpty && existing.text.allSatisfy(\.isWhitespace) { return [.deleteNote(existing.id)] }
            var draft = NoteDraft(existing)
            draft.flags = picker.chosen
            return [.saveNote(draft)]
        }
    }
}
