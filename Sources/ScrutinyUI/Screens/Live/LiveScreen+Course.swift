import ScrutinyModel
import TerminalCore

/// The meeting's course from the console (start, adjourn, resume, end) and the questions the
/// console asks first: ending, recording while inquorate, changing a held meeting's record.
extension LiveScreen {
    /// Keys that change the meeting's record.
    static let changing: Set<Action> = [.nextItem, .previousItem, .newResolution, .open, .votes, .unanimous, .cycleOutcome,
                                        .markFinal, .declare, .remove, .newAction, .excludePublic, .present, .apologies, .arrived, .left, .addAttendee,
                                        .startMeeting, .adjourn, .endMeeting]

    /// A resolution on the item being taken — or, on an exempt item, the one excluding the press
    /// and public, worded for the chair — asking first when the meeting is not quorate.
    func startResolution(on item: AgendaItem, excluding: Bool, _ live: LiveMeeting, _ app: inout AppState) -> [Effect] {
        var exclusion: String?
        if excluding {
            guard item.isExempt else {
                app.notice = "\(ItemView.heading(item)) is not exempt: it is taken in public."
                return []
            }
            if let passed = live.resolutions[item.id]?.first(where: \.excludesPublic) {
                app.notice = "The press and public are already excluded for this item (resolution \(passed.label))."
                return []
            }
            exclusion = item.exclusionResolutionText
        }
        guard live.isQuorate(for: item.id) else {
            let effect = Effect.startResolution(itemID: item.id, meetingID: meetingID, inquorate: true, exclusion: exclusion)
            app.overlay = .confirm(Self.inquorateQuestion(live, itemID: item.id, recording: "a resolution", .perform([effect])))
            return []
        }
        return [.startResolution(itemID: item.id, meetingID: meetingID, exclusion: exclusion)]
    }

    func courseStep(_ action: Action, _ live: LiveMeeting, _ app: inout AppState) -> [Effect] {
        let step: CourseEvent.Kind = switch action {
        case .startMeeting: .started
        case .endMeeting: .ended
        default: live.state == .adjourned ? .resumed : .adjourned
        }
        guard live.state.next.contains(step) else {
            app.notice = "The meeting is \(LiveView.stateText(live)): it cannot be \(step.rawValue) now."
            return []
        }
        if step == .ended {
            app.overlay = .confirm(Confirmation(
                dialog: Dialog(title: "End the meeting now?", message: "The item clocks stop and the meeting is recorded as held, "
                               + "ending at \(app.clock). Its record can still be amended afterwards.", choices: ["End", "Go on"], selected: 1),
                consequence: .perform([.recordCourse(.ended, meetingID: meetingID)])))
            return []
        }
        return [.recordCourse(step, meetingID: meetingID)]
    }

    static func amendQuestion(_ meetingID: String) -> Confirmation {
        Confirmation(dialog: Dialog(title: "This meeting has been held", message: "Its record is the minutes'. Open it to amend the "
                                    + "record? Each change is kept as an amendment, with when and by whom.",
                                    choices: ["Amend", "Only look"], selected: 1),
                     consequence: .perform([.recordCourse(.reopened, meetingID: meetingID)]))
    }

    static func inquorateQuestion(_ live: LiveMeeting, itemID: String, recording what: String,
                                  _ consequence: Confirmation.Consequence) -> Confirmation {
        let room = live.inTheRoom(for: itemID).count
        return Confirmation(dialog: Dialog(title: "The meeting is not quorate", message: "\(room) in the room, quorum \(live.quorum). "
                                           + "Record \(what) anyway? It is marked as recorded while not quorate.",
                                           choices: ["Record", "Wait"], selected: 1),
                            consequence: consequence)
    }
}
