import ScrutinyModel
import TerminalCore

/// The one dispatch point: a message goes to the app's own state, to the overlay, or through
/// `ScreenModule` to the screens; no screen is named here.
extension AppState {
    /// The next state, and the store reads it needs, after `message`.
    public mutating func update(_ message: Message) -> [Effect] {
        var effects: [Effect] = []
        switch message {
        case .key(let key):
            effects = handle(key)
        case .resized(let width, let height):
            self.width = width
            self.height = height
        case .flagsLoaded(let flags):
            self.flags = flags
        case .ownNoteFound(let spot, let note):
            overlay = .flags(FlagPicker(chosen: note?.flags ?? [], purpose: .quick(spot, existing: note)))
        case .storeChanged:
            effects = reloads
        default:
            effects = deliver(message)
        }
        return effects + updateCurrent { $0.relayout(&$1) }
    }

    /// A store answer: the status line says what the member must know of it, then every screen
    /// in the stack, top first, takes what concerns it; a note saved or deleted reloads what
    /// every screen shows of notes.
    private mutating func deliver(_ message: Message) -> [Effect] {
        switch message {
        case .failed(let failure): notice = failure.notice
        case .draftSaved(let warning): notice = warning  // a write that failed before has now gone through whole
        case .noteSaved: notice = "Note saved."
        case .exported(let path, let what): notice = "\(what) written to \(path)."
        case .noteDraftFound(let kept):
            let text = kept.draft.text.allSatisfy(\.isWhitespace) ? "" : ": “\(NoteTarget.quote(kept.draft.text, limit: 60))”"
            overlay = .confirm(Confirmation(
                dialog: Dialog(title: "A note was not saved",
                               message: "When Scrutiny stopped you were writing a note on \(kept.label)\(text). Open it again?",
                               choices: ["Open it", "Discard"], selected: 0),
                consequence: .reopenNoteDraft(kept)))
        case .noteDeleted: notice = "Note deleted."
        case .recorded(let what): notice = what
        default: break
        }
        var effects: [Effect] = []
        for index in stack.indices.reversed() where index < stack.count {
            let onTop = index == stack.count - 1
            effects += update(screenAt: index) { $0.receive(message, onTop: onTop, &$1) }
        }
        switch message {
        case .noteSaved, .noteDeleted, .recorded: return effects + reloads
        default: return effects
        }
    }

    /// What to read again when the store or the member's notebook changed (this process or
    /// another): what every open screen shows, and the flags the flag list offers.
    var reloads: [Effect] {
        var effects: [Effect] = []
        for (index, screen) in stack.enumerated() {
            for effect in screen.reloads(onTop: index == stack.count - 1) where !effects.contains(effect) {
                effects.append(effect)
            }
        }
        return effects + [.loadFlags]
    }

    /// What the open screens hold that is not yet in the store, to write before the program ends.
    public var leaving: [Effect] { stack.flatMap { $0.whenLeaving() } }

    private mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        // Ctrl+C quits from anywhere, an editor included: what it holds is saved on the way out.
        if key == .control("c") {
            quit = true
            return []
        }
        // On a terminal too small to show anything, Q quits (as the screen says) and no other
        // key reaches a screen it cannot see: nothing is typed into an editor blind.
        if isTooSmall {
            if key == .character("Q") { quit = true }
            return []
        }
        if overlay != nil { return handleOverlay(key) }
        if current.takesText, let effects = updateCurrent({ $0.type(key, &$1) }) { return effects }
        if case .mouse(let event) = key { return handle(event) }
        guard let action = current.keymaps(self).lazy.compactMap({ $0.action(for: key) }).first else { return [] }
        notice = nil
        return updateCurrent { $0.perform(action, &$1) } ?? everywhere(action, key: key)
    }

    /// What an action does on any screen that does not do it itself.
    private mutating func everywhere(_ action: Action, key: Key) -> [Effect] {
        switch action {
        case .help:
            // The key reference opens at the keys of the screen it was asked from.
            guard !(current is HelpScreen) else { break }
            var help = HelpScreen()
            let lines = HelpView.lines(width: width)
            if let title = current.keymaps(self).first?.title, let line = lines.firstIndex(where: { $0 == (title, .heading) }) {
                help.pager.scroll(to: line, lines: lines.count, height: bodyHeight)
            }
            open(help)
        case .search:
            open(SearchScreen())
        case .quit:
            quit = true
        case .back:
            if stack.count > 1 { stack.removeLast() } else if key == .character("q") { quit = true }
        case .live:
            return current.meetingHere.map { openLive($0) } ?? []
        case .meetingRecord:
            guard let meeting = current.meetingHere, !(current is MeetingRecordScreen) else { return [] }
            open(MeetingRecordScreen(meetingID: meeting))
            return [.loadMeeting(meeting)]
        case .programme:
            guard !(current is ProgrammeScreen) else { return [] }
            let committee = current.meetingHere.flatMap { id in meetings.listings.first { $0.meeting.id == id }?.meeting.committeeID }
            open(ProgrammeScreen(committeeID: committee, year: MunicipalYear(containing: today)))
            return [.loadProgramme]
        case .tracker:
            guard !(current is TrackerScreen) else { return [] }
            open(TrackerScreen())
            return [.loadRecommendations]
        case .news:
            guard !(current is NewsScreen) else { return [] }
            open(NewsScreen())
            return [.loadNews(after: nil)]
        case .concerns, .addNote, .flag, .editNote, .deleteNote, .cycleStatus, .readNote:
            return noteAction(action)
        default:
            break
        }
        return []
    }

    /// A wheel step scrolls; a click goes to the screen, as a row of its body.
    private mutating func handle(_ event: MouseEvent) -> [Effect] {
        switch event.kind {
        case .wheelUp: updateCurrent { $0.perform(.up, &$1) } ?? []
        case .wheelDown: updateCurrent { $0.perform(.down, &$1) } ?? []
        case .click: updateCurrent { $0.click(row: event.y - 1, &$1) }
        }
    }

    mutating func openMeeting(_ id: String) -> [Effect] {
        open(AgendaScreen(meetingID: id))
        return [.loadMeeting(id)]
    }

    mutating func openItem(_ id: String, jumpTo anchor: ItemPage.Anchor? = nil, marks: Set<String> = []) -> [Effect] {
        var item = ItemScreen(itemID: id, jumpTo: anchor)
        item.marks = marks
        open(item)
        return [.loadItem(id), .loadNotes(id)]
    }

    /// Opens the live console on a meeting.
    public mutating func openLive(_ meetingID: String) -> [Effect] {
        open(LiveScreen(meetingID: meetingID))
        return [.loadLive(meetingID)]
    }
}
