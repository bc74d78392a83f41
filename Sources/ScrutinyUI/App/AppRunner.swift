import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore

/// Runs the reviewer's UI on a terminal: shows a frame, reads a key, updates, performs the
/// store reads the update asked for, until the member quits or a signal arrives.
public struct AppRunner {
    /// The store as the UI's effects use it: papers to read, a meeting to record.
    public typealias Store = PapersReading & LiveRecording & RecommendationKeeping

    let terminal: Terminal
    let store: any Store
    /// The member's notes; nil when who they are is not known.
    let notes: (any NotesKeeping)?

    public init(terminal: Terminal, store: any Store, notes: (any NotesKeeping)?) {
        self.terminal = terminal
        self.store = store
        self.notes = notes
    }

    /// Written after the first frame when only that frame is asked for: a window title (nothing
    /// on the screen) by which `scrutiny-bench` sees the frame end, as it sees `less`'s by its prompt.
    public static let firstFrameMarker = "\u{1B}]2;scrutiny: first frame\u{07}"

    /// Runs until quit. `opening` is what to read first beyond the meetings and flags (the
    /// live console's meeting, when started on one). `firstFrameOnly` returns once the first
    /// frame is on the terminal, for timing a cold start. `afterFirstFrame` is work that can
    /// wait until the member sees the screen (the store's check, which reads the whole file).
    public func run(_ initial: AppState, opening: [Effect] = [], firstFrameOnly: Bool = false, afterFirstFrame: () -> Void = {}) {
        var state = initial
        var pendingSearch: Effect?
        Self.tick(&state)
        perform(state.update(.resized(width: terminal.size.width, height: terminal.size.height)), on: &state, pendingSearch: &pendingSearch)
        // The first frame reads only the committees it shows; the rest, and the calendar's
        // deadlines, once it is on the terminal (`Message.firstFrameShown`).
        perform([.loadFirstMeetings(rows: state.height), .loadRecommendations, .loadFlags, .loadNoteDraft] + opening,
                on: &state, pendingSearch: &pendingSearch)
        // Another process's commits show within a second: the store and the member's notebook
        // (notes written from the command line) are checked whenever no key has come for half a second.
        func changes() -> [Int?] { [try? store.changeCount(), try? notes?.changeCount()] }
        var seen = changes()
        // For a screen reader the clock moves only with a key or a change: nothing redraws by itself.
        var eventful = true
        var startedAfterFirstFrame = false
        while !state.quit && !terminal.shouldQuit {
            Self.tick(&state)
            if state.screenReader && (eventful || state.heldNow == nil) { state.heldNow = state.now }
            eventful = true
            let size = terminal.size
            if size.width != state.width || size.height != state.height {
                perform(state.update(.resized(width: size.width, height: size.height)), on: &state, pendingSearch: &pendingSearch)
            }
            var frame = ScreenBuffer(width: state.width, height: state.height)
            state.render(into: &frame)
            terminal.show(frame)
            if firstFrameOnly {
                FileHandle.standardOutput.write(Data(Self.firstFrameMarker.utf8))
                return
            }
            if !startedAfterFirstFrame {
                startedAfterFirstFrame = true
                perform(state.update(.firstFrameShown), on: &state, pendingSearch: &pendingSearch)
                afterFirstFrame()
            }
            // A search waits until the keys stop coming: a key already typed outdates it, and
            // one typed while it runs stops it.
            if let search = pendingSearch {
                if let key = terminal.nextKey(timeoutMilliseconds: 0) {
                    perform(state.update(.key(key)), on: &state, pendingSearch: &pendingSearch)
                    continue
                }
                pendingSearch = nil
                if case .search(let query, let generation, let limit) = search {
                    runSearch(query, generation: generation, limit: limit, on: &state, pendingSearch: &pendingSearch)
                }
                continue
            }
            guard let key = terminal.nextKey(timeoutMilliseconds: 500) else {
                let count = changes()
                if count != seen {
                    seen = count
                    perform(state.update(.storeChanged), on: &state, pendingSearch: &pendingSearch)
                    if state.screenReader && state.notice == nil { state.notice = "Updated: another member's change is shown." }
                } else {
                    eventful = false
                }
                perform(state.update(.idle), on: &state, pendingSearch: &pendingSearch)
                continue
            }
            perform(burst(from: key, &state), on: &state, pendingSearch: &pendingSearch)
        }
        // However the run ends, what the screens hold is written first.
        Self.perform(state.leaving, on: &state, store: store, notes: notes)
    }

    /// A key and the keys already waiting behind it while an editor has them (a paste, or keys
    /// typed faster than a frame): handled in order, their saves of what is typed made once for
    /// the burst, before the frame that shows them. Any other effect ends the burst.
    private func burst(from key: Key, _ state: inout AppState) -> [Effect] {
        if key == .pasteStart { return paste(&state) }
        var effects = state.update(.key(key))
        var count = 1
        while count < Self.longestBurst, !state.quit, state.current.takesText, state.overlay == nil, effects.allSatisfy(\.savesTyping),
              let next = terminal.nextKey(timeoutMilliseconds: 0) {
            effects = Self.lastOfEach(effects + state.update(.key(next)))
            count += 1
        }
        return effects
    }

    /// A bracketed paste: typed as text where the screen takes text — a line break as a new
    /// line, a tab as a space, never a command — with its saves made once for each
    /// `longestBurst` keys; elsewhere left out, and said so. It ends at the terminal's end mark,
    /// or after a second with no key (a mark lost on the line).
    private func paste(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = [], count = 0, leftOut = false
        while let key = terminal.nextKey(timeoutMilliseconds: 1_000), key != .pasteEnd, !terminal.shouldQuit {
            guard !state.quit, state.current.takesText, state.overlay == nil else {
                leftOut = true
                continue
            }
            let typed: Key = switch key {
            case .enter: .character("\n")
            case .tab: .character(" ")
            default: key
            }
            effects = Self.lastOfEach(effects + state.update(.key(typed)))
            count += 1
            if count % Self.longestBurst == 0 {
                Self.perform(effects, on: &state, store: store, notes: notes)
                effects = []
            }
        }
        if leftOut { state.notice = Self.pasteLeftOut }
        return effects
    }

    static let pasteLeftOut = "Pasted text is typed only into a text field: what was pasted here was left out."

    /// Keys handled as one burst at most: a long paste is saved every so often, not only at its end.
    static let longestBurst = 512

    /// The effects with only the last save of typing of each kind (a later save holds everything
    /// an earlier one did); every other effect kept, in order.
    static func lastOfEach(_ effects: [Effect]) -> [Effect] {
        var seen: Set<String> = []
        return effects.reversed().filter { !$0.savesTyping || seen.insert($0.savedKind).inserted }.reversed()
    }

    /// Runs a search beside the loop, reading keys meanwhile: a key stops it (its answer is
    /// dropped, as that key outdates it) and is handled at once.
    private func runSearch(_ query: String, generation: Int, limit: Int, on state: inout AppState, pendingSearch: inout Effect?) {
        let job = SearchJob(store: store, notes: notes)
        job.start(query, generation: generation, limit: limit)
        while true {
            // The keyboard is looked at every 2 ms: a key typed meanwhile waits no longer than that.
            if let answer = job.result(within: 2) {
                perform(state.update(answer), on: &state, pendingSearch: &pendingSearch)
                return
            }
            if let key = terminal.nextKey(timeoutMilliseconds: 0) {
                job.stop()
                perform(state.update(.key(key)), on: &state, pendingSearch: &pendingSearch)
                return
            }
            if terminal.shouldQuit {
                job.stop()
                return
            }
        }
    }

    private static func tick(_ state: inout AppState) {
        state.now = Int(Date().timeIntervalSince1970)
    }

    /// Performs reads at once, but holds back the latest search (dropping older ones).
    private func perform(_ effects: [Effect], on state: inout AppState, pendingSearch: inout Effect?) {
        for effect in effects {
            if case .search = effect { pendingSearch = effect } else { Self.perform([effect], on: &state, store: store, notes: notes) }
        }
    }

    /// Performs effects against the store and feeds their answers back, until none are left.
    /// Tests drive the UI through this without a terminal.
    package static func perform(_ effects: [Effect], on state: inout AppState, store: any Store, notes: (any NotesKeeping)? = nil) {
        for effect in effects {
            let message: Message
            do {
                message = try answer(effect, store: store, notes: notes, state: state)
            } catch {
                message = .failed(Failure(error))
            }
            perform(state.update(message), on: &state, store: store, notes: notes)
        }
    }

    private static func answer(_ effect: Effect, store: any Store, notes: (any NotesKeeping)?, state: AppState) throws -> Message {
        if let message = try LiveEffects(store: store, member: state.member, now: state.now).answer(effect) { return message }
        if let message = try NotesEffects(store: store, notes: notes, today: state.today).answer(effect) { return message }
        if let message = try TrackerEffects(store: store, today: state.today).answer(effect) { return message }
        switch effect {
        case .loadMeetings, .loadAllMeetings, .loadFirstMeetings:
            var rows: Int?
            if case .loadFirstMeetings(let height) = effect { rows = height }
            var list = try store.meetingList(today: state.today, recentPast: effect == .loadAllMeetings ? nil : MeetingRows.recentPast,
                                             filling: rows)
            if let counts = try notes?.meetingNoteCounts(of: list.isWhole ? nil : list.listings.map(\.meeting.id)) {
                for index in list.listings.indices { list.listings[index].noteCount = counts[list.listings[index].meeting.id] ?? 0 }
            }
            return .meetingsLoaded(list)
        case .loadMeeting(let id):
            var detail = try store.meeting(id: id)
            // The store counts shared notes; the member's private ones are in their notebook.
            if let counts = try notes?.noteCounts(meetingID: id) {
                for index in detail.items.indices { detail.items[index].noteCount = counts[detail.items[index].item.id] ?? 0 }
            }
            return .meetingLoaded(detail)
        case .loadItem(let id): return .itemLoaded(try store.item(id: id))
        case .loadPreview(let id): return .previewLoaded(try store.item(id: id))
        case .search(let query, let generation, let limit):
            return .searched(generation: generation, hits: try SearchJob.hits(query, limit: limit, store: store, notes: notes))
        case .loadFlags: return .flagsLoaded(try store.flags(includingRetired: false))
        case .loadDeadlines: return .deadlinesLoaded(try store.deadlines(from: state.today))
        case .loadProgramme:
            let names = try store.committeeNames()
            var criteria: [String: ProgrammeCriteria] = [:]
            for id in names.keys { criteria[id] = try store.programmeCriteria(committeeID: id) }
            return .programmeLoaded(try store.topics(committeeID: nil, year: nil), criteria: criteria, committeeNames: names)
        case .loadRecommendations:
            return .recommendationsLoaded(try store.recommendations(committeeID: nil), committeeNames: try store.committeeNames())
        case .draftMinutes(let meetingID, let html, let includeExempt, let folder):
            return .exported(path: try MinutesExport.write(meetingID: meetingID, html: html, includeExempt: includeExempt, in: folder, store: store),
                             what: includeExempt ? "Minutes draft, with the exempt items (confidential)," : "Minutes draft")
        case .loadNotes, .loadConcerns, .saveNote, .keepNoteDraft, .dropNoteDraft, .loadNoteDraft, .findOwnNote, .deleteNote, .exportConcerns, .loadNews, .markNewsRead,
             .loadLive, .takeUp, .recordCourse, .recordAttendance, .recordMovement, .recordDeclaration, .removeDeclaration, .startResolution, .openDraft,
             .saveDraft, .saveResolution, .removeResolution, .closeDraft, .keepDraftAlive, .saveAction, .removeAction,
             .loadProposals, .confirmProposal, .dismissProposal, .sendRecommendation, .callIn, .hearCallIn, .saveTopic:
            // NotesEffects, LiveEffects and TrackerEffects answer these; should one slip past, the screen says so rather than stopping.
            throw StoreError("could not carry out \(effect)", kind: .failed)
        }
    }
}
