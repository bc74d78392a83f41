import Foundation
import ScrutinyModel
import TerminalCore

extension LiveScreen: ScreenModule {
    func breadcrumb(_ app: AppState) -> String { live.map { "Live: \($0.detail.committee.name)" } ?? meetingID }

    static let keymapChains = [[Keymaps.live, Keymaps.global], [Keymaps.attendance, Keymaps.global]]
    func keymaps(_ app: AppState) -> [Keymap<Action>] { Self.keymapChains[showingAttendance ? 1 : 0] }

    func hints(_ app: AppState) -> Hints {
        showingAttendance ? Hints([.up, .down, .present, .apologies, .arrived, .left, .addAttendee, .back])
            : Hints([.nextItem, .previousItem, .newResolution, .newAction, .open, .votes, .markFinal, .declare, .attendance, .help])
    }

    /// Seconds between looks at whether another console writing a resolution is still there.
    static let writersRecheck = 5

    static let noItemYet = "Take up an item first: n for the next item."

    /// Keys on the console, and on its attendance list.
    mutating func perform(_ action: Action, _ app: inout AppState) -> [Effect]? {
        if action == .back, showingAttendance {
            showingAttendance = false
            return []
        }
        guard let live else { return nil }
        // A meeting that has ended is looked at freely; changing its record asks first.
        if live.state == .ended || (live.state == .notStarted && live.detail.meeting.status == .held), Self.changing.contains(action) {
            app.overlay = .confirm(Self.amendQuestion(meetingID))
            return []
        }
        if showingAttendance { return attendanceAction(action, live, &app) }
        let itemID = live.currentItemID
        let heading = live.currentItem.map { ItemView.heading($0.listing.item) } ?? ""
        if action == .markFinal, case .action(var recorded)? = selectedRecord {
            recorded.status = recorded.status == .open ? .done : .open
            return [.saveAction(recorded), .loadLive(meetingID)]
        }
        switch action {
        case .nextItem, .previousItem:
            let items = live.detail.items
            guard !items.isEmpty else { return [] }
            let target = live.currentItem.map { $0.index + (action == .nextItem ? 1 : -1) } ?? 0
            guard let next = items[safe: target] else { return [] }
            recordCursor = ListCursor()
            return [.takeUp(itemID: next.item.id, meetingID: meetingID)]
        case .up, .down:
            recordCursor.apply(action, count: records.count, page: 1) { _ in true }
        case .attendance:
            showingAttendance = true
        case .newResolution, .excludePublic:
            guard let current = live.currentItem else { app.notice = Self.noItemYet; return [] }
            guard app.member != nil else { app.notice = AppState.whoAreYou; return [] }
            return startResolution(on: current.listing.item, excluding: action == .excludePublic, live, &app)
        case .draftMinutes:
            app.overlay = .confirm(Confirmation(dialog: Dialog(title: "Draft the minutes", message: "From what is recorded now, to a new file "
                                                               + "in \(app.exportFolder), readable by you alone. As:",
                                                               choices: MinutesExport.forms.map(\.title), selected: 0),
                                                consequence: .draftMinutes(meetingID: meetingID)))
        case .startMeeting, .adjourn, .endMeeting:
            return courseStep(action, live, &app)
        case .declare:
            guard let itemID else { app.notice = Self.noItemYet; return [] }
            let declaration = Declaration(id: "d" + Note.newID().dropFirst(), meetingID: meetingID, itemID: itemID,
                                          person: live.inTheRoom(for: nil).first ?? live.mayDeclare.first ?? "",
                                          kind: .otherRegistrable, detail: "", action: .remained)
            app.open(DeclarationForm(declaration: declaration, members: live.mayDeclare, itemHeading: heading))
        case .open:
            switch selectedRecord {
            case .resolution(let resolution)?:
                // The store decides: a holder shown as writing may since have gone.
                guard app.member != nil else { app.notice = AppState.whoAreYou; return [] }
                return [.openDraft(resolution, meetingID: meetingID)]
            case .declaration(let declaration)?:
                // A declaration made before its member left stays theirs to correct.
                let members = live.mayDeclare.contains(declaration.person) ? live.mayDeclare : [declaration.person] + live.mayDeclare
                app.open(DeclarationForm(declaration: declaration, members: members, itemHeading: heading))
            case .action(let recorded)?:
                app.open(ActionEditorScreen(action: recorded, itemHeading: heading))
            case nil:
                break
            }
        case .newAction:
            guard let itemID else { app.notice = Self.noItemYet; return [] }
            app.open(ActionEditorScreen(action: MeetingAction(id: "a" + Note.newID().dropFirst(), meetingID: meetingID, itemID: itemID,
                                                               recordedBy: app.member, recordedAt: app.isoNow), itemHeading: heading))
        case .votes:
            guard case .resolution(var resolution)? = selectedRecord else { return [] }
            if live.isQuorate(for: resolution.itemID) {
                app.overlay = .votes(VoteDialog(resolution: resolution, meetingID: meetingID, voters: live.inTheRoom(for: resolution.itemID)))
            } else {
                resolution.inquorate = true
                let dialog = VoteDialog(resolution: resolution, meetingID: meetingID, voters: live.inTheRoom(for: resolution.itemID))
                app.overlay = .confirm(Self.inquorateQuestion(live, itemID: resolution.itemID, recording: "a vote", .openVotes(dialog)))
            }
        case .unanimous, .cycleOutcome, .markFinal:
            guard case .resolution(var resolution)? = selectedRecord else { return [] }
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
            if action == .unanimous, !live.isQuorate(for: resolution.itemID) {
                resolution.inquorate = true
                app.overlay = .confirm(Self.inquorateQuestion(live, itemID: resolution.itemID, recording: "a unanimous vote",
                                                              .perform([.saveResolution(resolution, meetingID: meetingID)])))
                return []
            }
            return [.saveResolution(resolution, meetingID: meetingID)]
        case .remove:
            let (what, effect): (String, Effect)
            switch selectedRecord {
            case .resolution(let resolution)?: (what, effect) = ("resolution \(resolution.label)", .removeResolution(resolution.id, meetingID: meetingID))
            case .declaration(let declaration)?:
                (what, effect) = ("\(declaration.person)'s declaration", .removeDeclaration(declaration.id, meetingID: meetingID))
            case .action(let recorded)?: (what, effect) = ("the action", .removeAction(recorded.id, meetingID: meetingID))
            case nil: return []
            }
            app.overlay = .confirm(Confirmation(dialog: Dialog(title: "Remove \(what)?", message: "It goes from the record of this meeting.",
                                                           choices: ["Remove", "Keep"], selected: 1),
                                            consequence: .perform([effect])))
        default:
            return nil
        }
        return []
    }

    private mutating func attendanceAction(_ action: Action, _ live: LiveMeeting, _ app: inout AppState) -> [Effect]? {
        if action == .up || action == .down {
            memberCursor.apply(action, count: live.members.count, page: 1) { _ in true }
            return []
        }
        if action == .addAttendee {
            let away = live.committeeMembers.filter { live.attendance(of: $0)?.isInTheRoom != true }
            app.open(AttendeeForm(meetingID: meetingID, members: away, unrecorded: Set(away.filter { live.attendance(of: $0) == nil })))
            return []
        }
        guard [.present, .apologies, .arrived, .left].contains(action) else { return nil }
        guard let person = selectedMember else { return [] }
        var record = live.attendance(of: person) ?? Attendance(meetingID: meetingID, person: person, status: .present)
        switch action {
        case .present where record.status == .present && !record.isInTheRoom, .arrived:
            return [.recordMovement(.init(.arrived, at: app.clock), person: person, meetingID: meetingID)]
        case .left:
            return [.recordMovement(.init(.left, at: app.clock), person: person, meetingID: meetingID)]
        case .present:
            record.status = .present
        default:
            record.status = .apologies
            record.movements = []
        }
        return [.recordAttendance(record)]
    }

    mutating func receive(_ message: Message, onTop: Bool, _ app: inout AppState) -> [Effect] {
        switch message {
        case .liveLoaded(let live) where live.detail.meeting.id == meetingID:
            // A meeting already held asks, as it opens, whether its record is to be amended.
            if self.live == nil, onTop, app.overlay == nil, live.detail.meeting.status == .held,
               live.state == .ended || live.state == .notStarted {
                app.overlay = .confirm(Self.amendQuestion(meetingID))
            }
            self.live = live
            loadedAt = app.now
            // The first load takes back a resolution this member left open (a crash, a dropped line).
            defer { restoreDraft = false }
            if restoreDraft, onTop, let draft = live.draft,
               let resolution = live.resolutions.values.joined().first(where: { $0.id == draft.resolutionID }) {
                return [.openDraft(resolution, meetingID: meetingID, cursor: draft.cursor)]
            }
        case .draftOpened(let resolution, let meetingID, let cursor) where meetingID == self.meetingID && live != nil:
            openEditor(resolution, cursor: cursor, &app)
        case .idle where onTop && live?.writers.isEmpty == false && app.now - loadedAt >= Self.writersRecheck:
            // A console killed mid-resolution writes nothing more: looking again shows it gone.
            loadedAt = app.now
            return [.loadLive(meetingID)]
        default:
            break
        }
        return []
    }

    private func openEditor(_ resolution: Resolution, cursor: Int, _ app: inout AppState) {
        let heading = live?.detail.items.first { $0.item.id == resolution.itemID }.map { ItemView.heading($0.item) } ?? ""
        app.open(ResolutionEditorScreen(resolution: resolution, meetingID: meetingID, itemHeading: heading, cursor: cursor,
                                        offersRecommendations: live?.detail.committee.kind == .scrutiny))
    }

    mutating func relayout(_ app: inout AppState) -> [Effect] {
        recordCursor.clamp(count: records.count, height: LiveView.visibleRecords(app)) { _ in true }
        memberCursor.clamp(count: live?.members.count ?? 0, height: LiveView.visibleMembers(app)) { _ in true }
        return []
    }

    func reloads(onTop: Bool) -> [Effect] { [.loadLive(meetingID)] }

    func render(_ app: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        LiveView.render(app, self, in: area, into: &buffer)
    }

    func describe(_ app: AppState) -> [String] {
        guard let live else { return ["Loading the meeting…"] }
        var lines = ["Live: \(live.detail.committee.name). \(LiveView.attendanceSummary(live)). The meeting is \(LiveView.stateText(live)).",
                     LiveView.quorumText(live) + "."]
        if showingAttendance {
            return lines + live.members.enumerated().map { index, person in
                (index == memberCursor.selected ? "> " : "  ") + "Member \(index + 1) of \(live.members.count): \(person), "
                    + LiveView.status(live.attendance(of: person))
            }
        }
        guard let current = live.currentItem else { return lines + ["No item taken up yet."] }
        lines.append("Item \(current.index + 1) of \(live.detail.items.count): \(ItemView.heading(current.listing.item))")
        if let privacy = LiveView.privacyLine(current.listing.item, live) { lines.append(privacy.text) }
        let records = records
        lines += records.enumerated().map { index, record in
            (index == recordCursor.selected ? "> " : "  ") + LiveView.recordLines(record, live: live, width: 10_000).joined(separator: " ")
        }
        return lines
    }

}

extension AppState {
    /// Now, as a timestamp stored with what is recorded: "2027-01-19T18:42:00Z".
    var isoNow: String { ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(now))) }

    /// The council's time of day, "18:42".
    var clock: String { councilTime.clock(now) }
}
