import ScrutinyFormats
import ScrutinyModel
import TerminalCore

/// Keys while a flag list, a question or the vote dialog is open over a screen.
extension AppState {
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
            case .open where confirmation.isChoice, .yes where confirmation.isChoice:
                overlay = nil
                return chosen(confirmation.consequence, confirmation.dialog.selected)
            case .open where confirmation.dialog.selected == 0, .yes:
                overlay = nil
                return confirmed(confirmation.consequence)
            case .open:
                overlay = nil
                // "Discard" of a note left unsaved drops it; Esc leaves it to be offered next time.
                if case .reopenNoteDraft = confirmation.consequence { return [.dropNoteDraft] }
            case .no:
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
            if current is NoteEditorScreen { stack.removeLast() }
            return [.dropNoteDraft]
        case .reopenNoteDraft(let kept):
            open(NoteEditorScreen(draft: kept.draft, spots: [NoteSpot(kept.draft.target, kept.label)], reopened: true))
            return []
        case .perform(let effects):
            return effects
        case .openVotes(let dialog):
            overlay = .votes(dialog)
            return []
        case .exportConcerns, .draftMinutes:
            return chosen(consequence, 0)
        }
    }

    /// A question whose answers are each a way to go on (Esc alone is "no").
    private mutating func chosen(_ consequence: Confirmation.Consequence, _ choice: Int) -> [Effect] {
        switch consequence {
        case .exportConcerns(let notes, let flags):
            guard let member, let format = ConcernsReport.Format.allCases[safe: choice] else { return [] }
            return [.exportConcerns(format, ConcernsReport(member: member, date: today, flags: flags, notes: notes), folder: exportFolder)]
        case .draftMinutes(let meetingID):
            guard let form = MinutesExport.forms[safe: choice] else { return [] }
            return [.draftMinutes(meetingID: meetingID, html: form.html, includeExempt: form.includeExempt, folder: exportFolder)]
        default:
            return confirmed(consequence)
        }
    }

    /// The flags ticked: into the note being edited, or saved at once for a quick flag.
    private mutating func pick(_ picker: FlagPicker) -> [Effect] {
        switch picker.purpose {
        case .editor:
            guard var editor = current as? NoteEditorScreen else { return [] }
            editor.draft.flags = picker.chosen
            stack[stack.count - 1] = editor
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

    /// Keys in the vote dialog.
    mutating func handleVotes(_ key: Key, _ dialog: VoteDialog) -> [Effect] {
        var dialog = dialog
        dialog.problem = nil
        if dialog.method == .tally, dialog.row > 0 {
            switch key {
            case .character(let digit) where digit.isASCII && digit.isNumber:
                if dialog.counts[dialog.row - 1].count < 4 { dialog.counts[dialog.row - 1].append(digit) }
                overlay = .votes(dialog)
                return []
            case .backspace:
                if !dialog.counts[dialog.row - 1].isEmpty { dialog.counts[dialog.row - 1].removeLast() }
                overlay = .votes(dialog)
                return []
            default: break
            }
        }
        let action = Keymaps.votes.action(for: key)
        switch action {
        case .down: dialog.row = min(dialog.rowCount - 1, dialog.row + 1)
        case .up: dialog.row = max(0, dialog.row - 1)
        case .nextValue, .previousValue:
            let step = action == .nextValue ? 1 : -1
            if dialog.row == 0 {
                dialog.method = dialog.method.cycled(by: step)
            } else if dialog.method == .named, let person = dialog.voters[safe: dialog.row - 1] {
                dialog.votes[person] = ([nil] + NamedVote.Vote.allCases).stepping(from: dialog.votes[person], by: step)
            }
        case .save:
            switch dialog.voted() {
            case .success(let resolution):
                overlay = nil
                return [.saveResolution(resolution, meetingID: dialog.meetingID)]
            case .failure(let problem):
                dialog.problem = problem.text
            }
        case .back:
            overlay = nil
            return []
        default:
            break
        }
        overlay = .votes(dialog)
        return []
    }
}
