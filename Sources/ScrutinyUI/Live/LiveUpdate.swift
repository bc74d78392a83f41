import ScrutinyModel
import TerminalCore

extension AppState {
    /// Opens the live console on a meeting.
    public mutating func openLive(_ meetingID: String) -> [Effect] {
        stack.append(.live(LiveScreen(meetingID: meetingID)))
        return [.loadLive(meetingID)]
    }

    /// `L`: the live console for the meeting selected or shown.
    mutating func openLiveHere() -> [Effect] {
        switch current {
        case .meetings:
            guard case .meeting(let listing)? = meetings.rows[safe: meetings.cursor.selected] else { return [] }
            return openLive(listing.meeting.id)
        case .agenda(let screen): return openLive(screen.meetingID)
        case .item(let screen): return screen.detail.map { openLive($0.meeting.meeting.id) } ?? []
        default: return []
        }
    }

    mutating func liveUpdate(_ message: Message) -> [Effect] {
        switch message {
        case .liveLoaded(let live):
            guard let index = stack.lastIndex(where: { if case .live(let screen) = $0 { screen.meetingID == live.detail.meeting.id } else { false } }),
                  case .live(var screen) = stack[index] else { return [] }
            screen.live = live
            screen.recordCursor.clamp(count: screen.records.count, height: LiveView.visibleRecords(self)) { _ in true }
            screen.memberCursor.clamp(count: live.members.count, height: LiveView.visibleMembers(self)) { _ in true }
            let restore = screen.restoreDraft
            screen.restoreDraft = false
            stack[index] = .live(screen)
            if restore, index == stack.count - 1, let draft = live.draft,
               let resolution = live.resolutions.values.joined().first(where: { $0.id == draft.resolutionID }) {
                openResolutionEditor(resolution, live: live, cursor: draft.cursor)
            }
            return []
        case .draftOpened(let resolution, let meetingID, let cursor):
            guard let screen = liveScreen, screen.meetingID == meetingID, let live = screen.live else { return [] }
            openResolutionEditor(resolution, live: live, cursor: cursor)
            return []
        case .draftSaved:
            notice = nil  // a write that failed before (a full disk) has now gone through whole
            return []
        case .storeChanged:
            return reloads
        default:
            return []
        }
    }

    /// The live console in the stack, if any (beneath an editor or a form).
    var liveScreen: LiveScreen? {
        for screen in stack.reversed() { if case .live(let live) = screen { return live } }
        return nil
    }

    private mutating func openResolutionEditor(_ resolution: Resolution, live: LiveMeeting, cursor: Int) {
        let heading = live.detail.items.first { $0.item.id == resolution.itemID }.map { ItemView.heading($0.item) } ?? ""
        stack.append(.resolutionEditor(ResolutionEditorScreen(resolution: resolution, meetingID: live.detail.meeting.id,
                                                              itemHeading: heading, cursor: cursor)))
    }

    /// Keys on the console, and on its attendance list.
    mutating func performLive(_ action: Action, _ screen: LiveScreen) -> [Effect] {
        var screen = screen
        defer { if case .live = current { stack[stack.count - 1] = .live(screen) } }
        guard let live = screen.live else { return [] }
        let meetingID = screen.meetingID
        if screen.showingAttendance {
            return attendanceAction(action, &screen, live)
        }
        let itemID = live.currentItemID
        switch action {
        case .nextItem, .previousItem:
            let items = live.detail.items
            guard !items.isEmpty else { return [] }
            let target = live.currentItem.map { $0.index + (action == .nextItem ? 1 : -1) } ?? 0
            guard let next = items[safe: target] else { return [] }
            screen.recordCursor = ListCursor()
            return [.takeUp(itemID: next.item.id, meetingID: meetingID)]
        case .up, .down:
            screen.recordCursor.apply(action, count: screen.records.count, page: 1) { _ in true }
        case .attendance:
            screen.showingAttendance = true
        case .newResolution:
            guard let itemID else { notice = Self.noItemYet; return [] }
            guard member != nil else { notice = AppState.whoAreYou; return [] }
            return [.startResolution(itemID: itemID, meetingID: meetingID)]
        case .declare:
            guard let itemID else { notice = Self.noItemYet; return [] }
            let declaration = Declaration(id: "d" + Note.newID().dropFirst(), meetingID: meetingID, itemID: itemID,
                                          person: live.inTheRoom(for: nil).first ?? live.members.first ?? "",
                                          kind: .otherRegistrable, detail: "", action: .remained)
            stack.append(.declaration(DeclarationForm(declaration: declaration, members: live.members)))
        case .open:
            switch screen.selectedRecord {
            case .resolution(let resolution)?:
                if let writer = live.writers[resolution.id] { notice = "\(writer) is writing this resolution."; return [] }
                guard member != nil else { notice = AppState.whoAreYou; return [] }
                return [.openDraft(resolution, meetingID: meetingID)]
            case .declaration(let declaration)?:
                stack.append(.declaration(DeclarationForm(declaration: declaration, members: live.members)))
            case nil:
                break
            }
        case .votes:
            guard case .resolution(let resolution)? = screen.selectedRecord else { return [] }
            overlay = .votes(VoteDialog(resolution: resolution, voters: live.inTheRoom(for: resolution.itemID)))
        case .unanimous, .cycleOutcome, .markFinal:
            guard case .resolution(var resolution)? = screen.selectedRecord else { return [] }
            switch action {
            case .unanimous:
                resolution.unanimous = true
                resolution.votes = nil
                resolution.namedVotes = []
            case .cycleOutcome:
                resolution.outcome = resolution.outcome.cycled(by: 1)
            default:
                resolution.isFinal.toggle()
            }
            return [.saveResolution(resolution, meetingID: meetingID)]
        case .remove:
            let consequence: Confirmation.Consequence
            let what: String
            switch screen.selectedRecord {
            case .resolution(let resolution)?:
                consequence = .removeResolution(resolution.id, meetingID: meetingID)
                what = "resolution \(resolution.label)"
            case .declaration(let declaration)?:
                consequence = .removeDeclaration(declaration.id, meetingID: meetingID)
                what = "\(declaration.person)'s declaration"
            case nil:
                return []
            }
            overlay = .confirm(Confirmation(dialog: Dialog(title: "Remove \(what)?", message: "It goes from the record of this meeting.",
                                                           choices: ["Remove", "Keep"], selected: 1),
                                            consequence: consequence))
        default:
            break
        }
        return []
    }

    static let noItemYet = "Take up an item first: n for the next item."

    private mutating func attendanceAction(_ action: Action, _ screen: inout LiveScreen, _ live: LiveMeeting) -> [Effect] {
        if action == .up || action == .down {
            screen.memberCursor.apply(action, count: live.members.count, page: 1) { _ in true }
            return []
        }
        guard let person = screen.selectedMember else { return [] }
        let before = live.attendance(of: person)
        var record = Attendance(meetingID: screen.meetingID, person: person, status: .present, arrived: before?.arrived)
        switch action {
        case .present: break
        case .apologies: record = Attendance(meetingID: screen.meetingID, person: person, status: .apologies)
        case .arrived: record.arrived = clock
        case .left: record.left = clock
        default: return []
        }
        return [.recordAttendance(record)]
    }

    /// The local time of day, "18:42".
    var clock: String {
        MeetingTime.clock(minutes: ((now + utcOffset) % 86_400 + 86_400) % 86_400 / 60)
    }

    /// Keys in the resolution editor: every change of text or cursor is written at once.
    mutating func handleResolutionEditor(_ key: Key, _ screen: ResolutionEditorScreen) -> [Effect] {
        var screen = screen
        let action = Keymaps.resolutionEditor.action(for: key)
        var effects: [Effect] = []
        switch (action, screen.field) {
        case (.back, _):
            stack.removeLast()
            return [.closeDraft(meetingID: screen.meetingID)]
        case (.quit, _):
            quit = true
            return []
        case (.nextField, _), (.previousField, _):
            screen.field = screen.field.cycled(by: action == .nextField ? 1 : -1)
        case (_, .text):
            if screen.editor.handle(key, width: NoteEditorView.textWidth(self)) != .ignored {
                effects = [.saveDraft(resolutionID: screen.resolution.id, text: screen.editor.text, cursor: screen.editor.cursor)]
            }
        case (.nextValue, .outcome), (.previousValue, .outcome):
            screen.resolution.outcome = screen.resolution.outcome.cycled(by: action == .nextValue ? 1 : -1)
            effects = [.saveResolution(screen.current, meetingID: screen.meetingID)]
        case (.nextValue, .final), (.previousValue, .final):
            screen.resolution.isFinal.toggle()
            effects = [.saveResolution(screen.current, meetingID: screen.meetingID)]
        default:
            break
        }
        stack[stack.count - 1] = .resolutionEditor(screen)
        return effects
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
                return [.saveResolution(resolution, meetingID: liveScreen?.meetingID ?? "")]
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

    /// Keys in the declaration form: the details take typing; the other fields choose.
    mutating func handleDeclaration(_ key: Key, _ form: DeclarationForm) -> [Effect] {
        var form = form
        form.problem = nil
        let action = Keymaps.declaration.action(for: key)
        if form.field == .detail, action == nil || key == .character(" ") {
            switch key {
            case .character(let character): form.declaration.detail.append(character)
            case .backspace: if !form.declaration.detail.isEmpty { form.declaration.detail.removeLast() }
            case .control("u"): form.declaration.detail = ""
            default: break
            }
            stack[stack.count - 1] = .declaration(form)
            return []
        }
        switch action {
        case .nextField, .previousField:
            form.field = form.field.cycled(by: action == .nextField ? 1 : -1)
        case .nextValue, .previousValue:
            let step = action == .nextValue ? 1 : -1
            switch form.field {
            case .member:
                guard !form.members.isEmpty else { break }
                form.declaration.person = form.members.stepping(from: form.declaration.person, by: step)
            case .kind: form.declaration.kind = form.declaration.kind.cycled(by: step)
            case .action: form.declaration.action = form.declaration.action.cycled(by: step)
            case .detail: break
            }
        case .save:
            guard !form.declaration.person.isEmpty else {
                form.problem = "Choose the member who declared."
                break
            }
            stack.removeLast()
            return [.recordDeclaration(form.declaration)]
        case .back:
            stack.removeLast()
            return []
        default:
            break
        }
        stack[stack.count - 1] = .declaration(form)
        return []
    }
}

extension Array where Element: Equatable {
    /// The element `step` places on from `value`, wrapping round; the first when `value` is
    /// not in the array (which must not be empty).
    func stepping(from value: Element, by step: Int) -> Element {
        guard let index = firstIndex(of: value) else { return self[0] }
        return self[((index + step) % count + count) % count]
    }
}

extension CaseIterable where Self: Equatable, AllCases == [Self] {
    /// The case `step` places on, wrapping round.
    func cycled(by step: Int) -> Self {
        Self.allCases.stepping(from: self, by: step)
    }
}
