import Foundation
import ScrutinyModel

/// What the UI reads of the papers: the narrow face of the store its effects run against, so
/// that tests can put a fake in its place.
public protocol PapersReading: Sendable {
    func meetings() throws -> [MeetingListing]
    /// The meetings list, whole or (given `recentPast`) as its first screen needs it; given
    /// `rows`, only the committees' that fill so many rows around the next meeting to come.
    func meetingList(today: CalendarDate, recentPast: Int?, filling rows: Int?) throws -> MeetingList
    func meeting(id: String) throws -> MeetingDetail
    func item(id: String) throws -> ItemDetail
    func search(_ text: String, limit: Int, asYouType: Bool) throws -> [SearchHit]
    /// Stops a search running on another thread: it ends at once with an error.
    func interruptSearch()
    func flags(includingRetired: Bool) throws -> [Flag]
    func recommendations(committeeID: String?) throws -> [Recommendation]
    func committeeNames() throws -> [String: String]
    /// Call-in periods running or to come on `today`, for the Upcoming calendar.
    func deadlines(from today: CalendarDate) throws -> [Deadline]
    func topics(committeeID: String?, year: MunicipalYear?) throws -> [ProgrammeTopic]
    func programmeCriteria(committeeID: String) throws -> ProgrammeCriteria?
    /// Changes whenever another process commits.
    func changeCount() throws -> Int
}

/// What the chair's console records.
public protocol LiveRecording: Sendable {
    func liveMeeting(id: String, member: String?) throws -> LiveMeeting
    func takeUp(itemID: String?, meetingID: String, now: Int) throws
    /// The meeting's next step: started, adjourned, resumed, ended, or opened again to amend.
    func record(_ step: CourseEvent.Kind, meetingID: String, now: Int, member: String?) throws
    func record(_ attendance: Attendance) throws
    func record(_ movement: Attendance.Movement, of person: String, meetingID: String) throws
    func record(_ declaration: Declaration) throws
    func deleteDeclaration(id: String) throws
    func startResolution(itemID: String, member: String, now: Date) throws -> Resolution
    func openDraft(resolutionID: String, member: String, cursor: Int) throws
    func saveDraft(resolutionID: String, text: String, cursor: Int, member: String) throws
    /// Makes sure what was written is in the store's file when its journal (-wal) has been
    /// removed underneath it; true when it had to.
    func secureJournal() throws -> Bool
    func closeDraft(meetingID: String, member: String) throws
    /// Keeps this console's hold on the resolution it is writing while nothing is typed.
    func keepDraftAlive(resolutionID: String) throws
    func save(_ resolution: Resolution, by member: String?) throws
    func deleteResolution(id: String, by member: String?) throws
    /// An action as typed, written at each keystroke.
    func save(_ action: MeetingAction, by member: String?) throws
    func deleteAction(id: String) throws
}

/// What the scrutiny officer records from the screens: resolutions confirmed as recommendations
/// or set aside, the day a recommendation is sent, a decision called in and its hearing, a
/// work-programme topic moved on.
public protocol RecommendationKeeping: Sendable {
    func recommendationProposals() throws -> [RecommendationProposal]
    func addRecommendation(_ draft: Recommendation, today: CalendarDate) throws -> Recommendation
    func dismissProposal(resolutionID: String) throws
    func sendRecommendation(_ key: String, on day: CalendarDate) throws -> Recommendation
    func callIn(_ draft: CallInRequest) throws -> CallInRequest
    func hearCallIn(itemID: String, at meetingID: String, outcome: CallInRequest.Outcome, note: String?) throws -> CallInRequest
    func updateTopic(_ changed: ProgrammeTopic) throws -> ProgrammeTopic
}

/// The notes a member keeps: their own and the shared ones.
public protocol NotesKeeping: Sendable {
    func noteCounts(meetingID: String) throws -> [String: Int]
    /// Notes on each meeting the member can see: of the meetings named, or (nil) of every one.
    func meetingNoteCounts(of meetingIDs: [String]?) throws -> [String: Int]
    func searchAll(_ text: String, limit: Int, asYouType: Bool) throws -> [SearchHit]
    /// Stops a `searchAll` running on another thread.
    func interruptSearch()
    func listings(_ filter: NoteFilter) throws -> [NoteListing]
    func note(id: String) throws -> Note?
    func ownNote(on target: NoteTarget) throws -> Note?
    func save(_ changed: Note) throws -> Note
    func add(on target: NoteTarget, text: String, flags: [String], priority: Int, status: Note.Status,
             followUp: CalendarDate?, visibility: Note.Visibility) throws -> Note
    func delete(id: String) throws
    /// The note being written, kept at each keystroke; offered back at the next start.
    func keepDraft(_ draft: NoteDraft, label: String) throws
    func keptDraft() throws -> KeptNoteDraft?
    func dropDraft() throws
    /// Changes whenever another process commits to the member's notebook.
    func changeCount() throws -> Int
    /// What is new for the member (see `MemberNotes.newsReport`).
    func newsReport(today: CalendarDate, after: Int64?, foundSince: Int?) throws -> (report: NewsReport, after: Int64)
    /// Marks news read: the ones given, or all of it.
    func markRead(_ ids: [Int64]?) throws
}

extension PapersStore: PapersReading, LiveRecording, RecommendationKeeping {
    public func interruptSearch() { pool.interrupt() }
}

extension MemberNotes: NotesKeeping {
    public func changeCount() throws -> Int { try notebook.changeCount() }

    public func interruptSearch() {
        papers.interruptSearch()
        notebook.pool.interrupt()
    }
}

extension PapersReading {
    public func meetingList(today: CalendarDate, recentPast: Int?, filling rows: Int?) throws -> MeetingList {
        let all = try meetings()
        guard let recentPast else { return MeetingList(listings: all) }
        return MeetingList(whole: all, today: today, recentPast: recentPast)
    }
}
