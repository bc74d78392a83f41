import Foundation
import ScrutinyModel
import ScrutinyStore

/// Performs the live console's writes; each answers with the meeting as it now stands, except
/// a keystroke in the editor, which answers only that it was written.
struct LiveEffects {
    let store: any LiveRecording
    let member: String?
    let now: Int

    func answer(_ effect: Effect) throws -> Message? {
        switch effect {
        case .loadLive(let meetingID):
            return try loaded(meetingID)
        case .takeUp(let itemID, let meetingID):
            try store.takeUp(itemID: itemID, meetingID: meetingID, now: now)
            return try loaded(meetingID)
        case .recordAttendance(let attendance):
            try store.record(attendance)
            return try loaded(attendance.meetingID)
        case .recordMovement(let movement, let person, let meetingID):
            try store.record(movement, of: person, meetingID: meetingID)
            return try loaded(meetingID)
        case .recordDeclaration(let declaration):
            try store.record(declaration)
            return try loaded(declaration.meetingID)
        case .removeDeclaration(let id, let meetingID):
            try store.deleteDeclaration(id: id)
            return try loaded(meetingID)
        case .recordCourse(let step, let meetingID):
            try store.record(step, meetingID: meetingID, now: now, member: member)
            return try loaded(meetingID)
        case .startResolution(let itemID, let meetingID, let inquorate, let exclusion):
            var resolution = try store.startResolution(itemID: itemID, member: try writer(), now: Date())
            if inquorate || exclusion != nil {
                resolution.inquorate = inquorate
                resolution.excludesPublic = exclusion != nil
                resolution.text = exclusion ?? ""
                try store.save(resolution, by: member)
                return .draftOpened(resolution, meetingID: meetingID, cursor: resolution.text.count)
            }
            return .draftOpened(resolution, meetingID: meetingID, cursor: 0)
        case .openDraft(let resolution, let meetingID, let cursor):
            let cursor = min(cursor ?? resolution.text.count, resolution.text.count)
            try store.openDraft(resolutionID: resolution.id, member: try writer(), cursor: cursor)
            return .draftOpened(resolution, meetingID: meetingID, cursor: cursor)
        case .saveDraft(let id, let text, let cursor):
            try store.saveDraft(resolutionID: id, text: text, cursor: cursor, member: try writer())
            let rescued = try store.secureJournal()
            return .draftSaved(warning: rescued ? Self.journalRemoved : nil)
        case .saveResolution(let resolution, let meetingID):
            try store.save(resolution, by: member)
            return try loaded(meetingID)
        case .removeResolution(let id, let meetingID):
            try store.deleteResolution(id: id, by: member)
            return try loaded(meetingID)
        case .keepDraftAlive(let id):
            try store.keepDraftAlive(resolutionID: id)
            return .draftSaved(warning: nil)
        case .saveAction(let action):
            try store.save(action, by: member)
            let rescued = try store.secureJournal()
            return .draftSaved(warning: rescued ? Self.journalRemoved : nil)
        case .removeAction(let id, let meetingID):
            try store.deleteAction(id: id)
            return try loaded(meetingID)
        case .closeDraft(let meetingID):
            try store.closeDraft(meetingID: meetingID, member: try writer())
            return try loaded(meetingID)
        default:
            return nil
        }
    }

    static let journalRemoved = "Another program removed the store's journal file (-wal): what you typed has been written "
        + "into the store itself, and each key will be until Scrutiny is restarted. Tell whoever looks after this machine."

    private func loaded(_ meetingID: String) throws -> Message {
        .liveLoaded(try store.liveMeeting(id: meetingID, member: member))
    }

    private func writer() throws -> String {
        guard let member else { throw StoreError(AppState.whoAreYou) }
        return member
    }
}
