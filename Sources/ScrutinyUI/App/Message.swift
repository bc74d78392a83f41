import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore
import TerminalCore

/// What can happen to the UI: a key, a resize, or the answer to an effect.
public enum Message: Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    case meetingsLoaded(MeetingList)
    /// The first frame is on the terminal: what it left unread can be read now.
    case firstFrameShown
    case meetingLoaded(MeetingDetail)
    /// Every recommendation, with the committees' names by id.
    case recommendationsLoaded([Recommendation], committeeNames: [String: String])
    case proposalsLoaded([RecommendationProposal])
    /// What is new for the member, and the arrival its list starts after.
    case newsLoaded(NewsReport, after: Int64)
    case deadlinesLoaded([Deadline])
    /// Every work-programme topic, with each committee's criteria and name by id.
    case programmeLoaded([ProgrammeTopic], criteria: [String: ProgrammeCriteria], committeeNames: [String: String])
    /// A record made from a screen (a recommendation made, set aside or sent; a call-in or its
    /// hearing): what to tell the clerk.
    case recorded(String)
    case itemLoaded(ItemDetail)
    case searched(generation: Int, hits: [SearchHit])
    case previewLoaded(ItemDetail)
    case flagsLoaded([Flag])
    case notesLoaded(itemID: String, [NoteListing])
    case concernsLoaded([NoteListing], flags: [Flag])
    case noteSaved(Note)
    case noteDeleted(String)
    /// The note editor's draft is in the member's notebook, as it stood.
    case noteDraftKept(NoteDraft)
    /// A note that was being written when the program last stopped, to offer back.
    case noteDraftFound(KeptNoteDraft)
    /// A concerns report is written, to this file.
    /// A file is written from the UI: what it holds ("Concerns report of 3 notes"), and where.
    case exported(path: String, what: String)
    /// The member's own note on a spot (if any), for the flag list `f` opens.
    case ownNoteFound(NoteSpot, Note?)
    case liveLoaded(LiveMeeting)
    /// A resolution opened for this member to write, with the cursor's place.
    case draftOpened(Resolution, meetingID: String, cursor: Int)
    /// A keystroke of a resolution (or an action) is in the store; `warning` says what the chair must know
    /// of how it got there (the store's journal file was removed, say).
    case draftSaved(warning: String?)
    /// Another process has committed to the store: what is shown may be out of date.
    case storeChanged
    /// No key for half a second: a write the store refused may be tried again.
    case idle
    case failed(Failure)
}

/// An effect the store could not carry out, kept with its kind so the UI can say what it means
/// for the member: nothing typed is dropped on a failure, and the status line says so.
public struct Failure: Sendable, Equatable {
    public var error: StoreError

    public init(_ error: any Error) {
        self.error = error as? StoreError ?? StoreError("\(error)", kind: .failed)
    }

    /// The status line's words for it.
    var notice: String {
        let said = error.description.prefix(1).uppercased() + error.description.dropFirst()
        // Refusals that are sentences already keep their own full stop.
        let what = said.hasSuffix(".") ? String(said.dropLast()) : said
        return switch error.kind {
        case .diskFull: "\(what). Nothing typed is lost: it stays on screen; free some space and save again."
        case .busy: "\(what). Nothing was changed; try again in a moment."
        case .readOnly: "\(what). Reading still works; changes cannot be saved to this store."
        case .notFound: "\(what): another process may have removed it."
        case .conflict, .constraint, .corrupt, .newerSchema, .cannotOpen, .refused, .failed: "\(what)."
        }
    }
}

/// Work for the runtime: reads of the store, whose answers come back as messages.
public enum Effect: Sendable, Equatable {
    /// The meetings list as its first screen needs it (`loadAllMeetings`: whole; `loadFirstMeetings`:
    /// the committees' that fill so many rows around the next meeting, for the first frame).
    case loadMeetings
    case loadAllMeetings
    case loadFirstMeetings(rows: Int)
    case loadMeeting(String)
    case loadItem(String)
    /// The item beside the agenda.
    case loadPreview(String)
    /// Search as you type, for at most `limit` results; the runtime may drop a search overtaken
    /// by the next key.
    case search(String, generation: Int, limit: Int)
    case loadFlags
    /// The notes on an item, for its notes pane.
    case loadNotes(String)
    /// Every note and flag, for the concerns view.
    case loadConcerns
    case saveNote(NoteDraft)
    /// The note being written, kept at each change until it is saved or discarded.
    case keepNoteDraft(NoteDraft, label: String)
    case dropNoteDraft
    /// A note left unsaved when the program last stopped.
    case loadNoteDraft
    case deleteNote(String)
    case findOwnNote(NoteSpot)
    /// Writes the report to a new file in the folder.
    case exportConcerns(ConcernsReport.Format, ConcernsReport, folder: String)
    /// The meeting's minutes drafted to a new file in `folder`.
    case draftMinutes(meetingID: String, html: Bool, includeExempt: Bool, folder: String)
    case loadRecommendations
    /// What the Upcoming calendar shows between meetings: call-ins, hearings, programme topics.
    case loadDeadlines
    case loadProgramme
    /// A work-programme topic changed (its status moved on).
    case saveTopic(ProgrammeTopic)
    /// Resolutions that read as recommendations and are neither made one nor set aside.
    case loadProposals
    /// What is new for the member: since they last looked (nil, which counts as looking), or after an arrival.
    case loadNews(after: Int64?)
    case markNewsRead([Int64]?, after: Int64?)
    case confirmProposal(RecommendationProposal)
    case dismissProposal(resolutionID: String)
    /// Records that it was sent today: the response clock starts.
    case sendRecommendation(String)
    /// A decision called in, checked against the council's rules; and the committee's hearing of it.
    case callIn(CallInRequest)
    case hearCallIn(itemID: String, meetingID: String, outcome: CallInRequest.Outcome, note: String?)
    /// The live console's meeting; each write below answers with it again.
    case loadLive(String)
    case takeUp(itemID: String?, meetingID: String)
    case recordCourse(CourseEvent.Kind, meetingID: String)
    case recordAttendance(Attendance)
    /// Someone came in or went out, now.
    case recordMovement(Attendance.Movement, person: String, meetingID: String)
    case recordDeclaration(Declaration)
    case removeDeclaration(String, meetingID: String)
    /// A new resolution; `inquorate` when the chair chose to record it with the meeting not quorate;
    /// `exclusion` the worded resolution excluding the press and public from an exempt item.
    case startResolution(itemID: String, meetingID: String, inquorate: Bool = false, exclusion: String? = nil)
    /// Takes a resolution to write, the cursor at `cursor` (nil: the end of its text).
    case openDraft(Resolution, meetingID: String, cursor: Int? = nil)
    /// One keystroke of a resolution: its text and the cursor, written before the next key.
    case saveDraft(resolutionID: String, text: String, cursor: Int)
    case saveResolution(Resolution, meetingID: String)
    case removeResolution(String, meetingID: String)
    case closeDraft(meetingID: String)
    /// An editor open with nothing typed says its console still holds the resolution.
    case keepDraftAlive(resolutionID: String)
    /// One keystroke of an action: all of it, written before the next key.
    case saveAction(MeetingAction)
    case removeAction(String, meetingID: String)
}

extension Effect {
    /// A save of what is being typed, which a later one of its kind replaces whole.
    var savesTyping: Bool { !savedKind.isEmpty }

    /// What a save of typing is of ("resolution r1", "note"), or "" for any other effect.
    var savedKind: String {
        switch self {
        case .saveDraft(let id, _, _): "resolution \(id)"
        case .keepNoteDraft: "note"
        case .saveAction(let action): "action \(action.id)"
        default: ""
        }
    }
}
