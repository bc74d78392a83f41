import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// The live console: golden screens of the console, its attendance list, the resolution
/// editor and the vote dialog, and scripted sessions proving each keystroke is in the store
/// before the next key and that a restart reopens the editor where it was.
@Suite struct LiveScreenTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let meeting = "resources-scrutiny-2027-01-19"
    let item = "resources-scrutiny-2027-01-19-item-4"
    /// 19 January 2027, 18:30 UTC.
    static let start = 1_800_383_400

    init() throws {
        store = try SampleStore.make(in: folder)
    }

    static func typing(_ text: String) -> [Key] {
        text.map { $0 == "\n" ? .enter : .character($0) }
    }

    static let attendance: [Key] = [.character("A"), .character("p"), .down, .character("p"), .down, .character("s"),
                                    .down, .character("p"), .down, .character("p"), .down, .character("l")]
    static let declaration: [Key] = [.character("D"), .right, .tab, .right, .tab, .right, .tab] + typing("Governor of Northbridge Academy")
        + [.enter]
    static let resolution: [Key] = [.character("r")]
        + typing("That the Committee notes the thirty-one hour restore;\nand asks for quarterly reports — über-checked.")
        + [.tab, .right, .right, .tab, .character(" ")]
    static let votes: [Key] = [.character("v"), .right, .right, .down, .character("3"), .down, .character("1"), .down, .character("0")]
    static let console: [Key] = attendance + [.character("A"), .character("n")] + declaration + resolution + [.escape]
        + votes + [.enter, .up]

    /// Opens the meeting's console as `member` and types `keys`, ten seconds apart.
    func session(_ keys: [Key], as member: String = "Cllr Priya Shah", width: Int = 80, height: Int = 24,
                 on store: PapersStore? = nil) -> AppState {
        let store = store ?? self.store
        var state = AppState(width: width, height: height, today: CalendarDate(iso: "2027-01-19")!, member: member)
        state.now = Self.start
        AppRunner.perform([.loadMeetings, .loadFlags] + state.openLive(meeting), on: &state, store: store)
        for key in keys {
            state.now += 10
            AppRunner.perform(state.update(.key(key)), on: &state, store: store)
        }
        return state
    }

    /// Each size starts from the sample papers afresh, so the ids and times are the same.
    func check(_ name: String, _ keys: [Key]) throws {
        for (width, height) in ScreenTests.sizes {
            let scratch = TemporaryFolder()
            var buffer = ScreenBuffer(width: width, height: height)
            let state = session(keys, width: width, height: height, on: try SampleStore.make(in: scratch))
            #expect(state.unmarkedHints.isEmpty, "\(name): the status bar names \(state.unmarkedHints) with no hint on its binding")
            state.render(into: &buffer)
            #expect(Snapshot.mismatch(buffer.golden(theme: state.theme), named: "\(name)-\(width)x\(height)", in: Snapshot.folder()) == nil)
        }
    }

    @Test func liveConsole() throws { try check("live-console", Self.console) }

    @Test func liveAttendance() throws { try check("live-attendance", Self.attendance) }

    @Test func resolutionEditor() throws { try check("resolution-editor", Self.attendance + [.character("A"), .character("n")] + Self.resolution) }

    @Test func voteDialog() throws {
        try check("vote-dialog", Self.attendance + [.character("A"), .character("n")] + Self.resolution + [.escape] + Self.votes)
    }

    @Test func everyKeystrokeIsInTheStoreBeforeTheNextKey() throws {
        var state = session([.character("n"), .character("r"), .character("y")])
        let text = "Qu’il soit résolu —\n多言語 🙂 e\u{301}"
        for key in Self.typing(text) + [.left, .left, .backspace] {
            state.now += 1
            AppRunner.perform(state.update(.key(key)), on: &state, store: store)
            guard let editor = state.current as? ResolutionEditorScreen else { Issue.record("the editor closed"); return }
            let live = try store.liveMeeting(id: meeting, member: "Cllr Priya Shah")
            let stored = live.resolutions[item]?.first { $0.id == live.draft?.resolutionID }
            #expect(stored?.text == editor.editor.text)
            #expect(live.draft?.cursor == editor.editor.cursor)
        }
    }

    @Test func aRestartReopensTheEditorWhereTheCursorWas() throws {
        let killed = ConsoleSession(id: "killed", host: ConsoleSession.current().host, pid: try endedProcessID(), terminal: "pts/1")
        _ = session([.character("n"), .character("r"), .character("y")] + Self.typing("That the report be noted.") + [.left, .left, .left],
                    on: try PapersStore(path: store.path, commonTermThreshold: 5_000, session: killed))
        // The process died here; a new one opens the same meeting.
        let again = session([])
        guard let editor = again.current as? ResolutionEditorScreen else { Issue.record("no editor after restart"); return }
        #expect(editor.editor.text == "That the report be noted.")
        #expect(editor.editor.cursor == 22)
        // Another member sees the draft being written and cannot take it over.
        let other = session([.character("e")], as: "Cllr Gareth Owen", on: try PapersStore(path: store.path))
        guard let console = other.current as? LiveScreen else { Issue.record("not on the console"); return }
        #expect(console.live?.writers.values.first?.hasPrefix("Cllr Priya Shah is writing it on ") == true)
        #expect(other.notice?.hasPrefix("Cllr Priya Shah is writing it on ") == true)
    }

    @Test func theClockRunsOnTheItemBeingTaken() throws {
        let state = session([.character("n"), .character("n"), .character("p")])
        guard let screen = state.current as? LiveScreen, let live = screen.live else { Issue.record("no console"); return }
        #expect(live.currentItemID == item)
        #expect(live.seconds(on: item, now: state.now) == 10)
        #expect(live.seconds(on: "resources-scrutiny-2027-01-19-item-5", now: state.now) == 10)
    }

    @Test func aShowOfHandsLargerThanTheRoomIsRefused() {
        let state = session(Self.attendance + [.character("A"), .character("n"), .character("r"), .character("T"), .escape,
                                               .character("v"), .right, .right, .down, .character("9"), .enter])
        guard case .votes(let dialog)? = state.overlay else { Issue.record("the dialog closed"); return }
        #expect(dialog.problem == "9 votes, but 5 members are in the room for this item.")
    }

    @Test func aMemberWhoLeftForAnInterestIsOutOfTheCount() {
        // Four present; one declares and leaves: three, still quorate; a second leaves the meeting: not.
        let keys: [Key] = [.character("A"), .character("p"), .down, .character("p"), .down, .character("p"), .down, .character("p"),
                           .character("A"), .character("n"), .character("D"), .tab, .tab, .right, .enter]
        var state = session(keys)
        guard let screen = state.current as? LiveScreen, let live = screen.live else { Issue.record("no console"); return }
        #expect(live.inTheRoom(for: item).count == 3)
        #expect(live.isQuorate(for: item))
        for key: Key in [.character("A"), .character("x")] { AppRunner.perform(state.update(.key(key)), on: &state, store: store) }
        guard let after = state.current as? LiveScreen, let now = after.live else { Issue.record("no console"); return }
        #expect(now.inTheRoom(for: item).count == 2)
        #expect(!now.isQuorate(for: item))
    }

    @Test func anotherProcessesChangesAreReloaded() throws {
        var state = session([.character("n")])
        try store.record(Attendance(meetingID: meeting, person: "Cllr Sam Ortiz", status: .present))
        let effects = state.update(.storeChanged)
        #expect(effects == [.loadLive(meeting), .loadFlags])
        AppRunner.perform(effects, on: &state, store: store)
        guard let screen = state.current as? LiveScreen else { Issue.record("no console"); return }
        #expect(screen.live?.attendance(of: "Cllr Sam Ortiz")?.status == .present)
    }

    @Test func aFullDiskKeepsTheTextInTheEditorAndTheNextKeyWritesItAll() throws {
        var state = session([.character("n"), .character("r"), .character("y")])
        let pages = try #require(try store.scalar("PRAGMA page_count"))
        try store.executeUnchecked("PRAGMA max_page_count = \(pages)")
        var typed = ""
        for index in 0..<3_000 where state.notice == nil {
            let character: Character = index % 9 == 8 ? " " : "ż"
            typed.append(character)
            AppRunner.perform(state.update(.key(.character(character))), on: &state, store: store)
        }
        let notice = try #require(state.notice, "the store never filled")
        #expect(notice.contains("full"))
        guard let editor = state.current as? ResolutionEditorScreen else { Issue.record("the editor closed"); return }
        #expect(editor.editor.text == typed)
        #expect(try draftText() != typed)

        try store.executeUnchecked("PRAGMA max_page_count = 1073741823")
        AppRunner.perform(state.update(.key(.character("!"))), on: &state, store: store)
        #expect(try draftText() == typed + "!")
        #expect(state.notice == nil)
    }

    func draftText() throws -> String? {
        let live = try store.liveMeeting(id: meeting, member: "Cllr Priya Shah")
        return live.resolutions[item]?.first { $0.id == live.draft?.resolutionID }?.text
    }
}

/// The chair's smaller needs: declarations offered to members who are there (or may come), and
/// the key reference opening at the keys of the screen it was asked from.
@Suite struct LiveConsoleHelpTests {
    let live: LiveScreenTests

    init() throws {
        live = try LiveScreenTests()
    }

    @Test func aMemberWhoSentApologiesIsNotOfferedForADeclaration() throws {
        let state = live.session(LiveScreenTests.attendance + [.character("A"), .character("n"), .character("D")])
        let form = try #require(state.current as? DeclarationForm)
        #expect(!form.members.contains("Cllr Helen Marsh"))
        #expect(form.members.contains("Cllr Priya Shah"))
    }

    @Test func helpOpensAtTheKeysOfTheScreenItWasAskedFrom() throws {
        let state = live.session([.character("?")])
        let help = try #require(state.current as? HelpScreen)
        #expect(HelpView.lines(width: state.width)[help.pager.top] == ("Live meeting", .heading))
        var onMeetings = AppState(width: 80, height: 24, today: CalendarDate(iso: "2026-11-22")!)
        _ = onMeetings.update(.key(.character("?")))
        let fromMeetings = try #require(onMeetings.current as? HelpScreen)
        #expect(HelpView.lines(width: 80)[fromMeetings.pager.top].0 == "Meetings")
    }
}

extension LiveScreenTests {
    /// A member who leaves and comes back twice keeps every movement, and a substitute and an
    /// officer added from the attendance list are recorded apart.
    @Test func leavingAndReturningTwiceAndOthersPresentFromTheAttendanceList() throws {
        let keys: [Key] = [.character("A"), .character("p"), .character("x"), .character("p"), .character("x"), .character("l"),
                           .down, .character("s"), .character("a")] + Self.typing("Cllr Ann Lee")
            + [.tab, .tab, .right, .enter, .character("a")] + Self.typing("Jo Ray")
            + [.tab, .right, .right, .right, .tab] + Self.typing("Head of Finance") + [.enter]
        let state = session(keys)
        let live = try store.liveMeeting(id: meeting, member: nil)
        let first = try #require(live.attendance(of: live.committeeMembers[0]))
        #expect(first.movements.map(\.kind) == [.left, .arrived, .left, .arrived])
        #expect(first.movementsText == "left 18:30, returned 18:30, left 18:30, returned 18:31")
        let substitute = try #require(live.attendance(of: "Cllr Ann Lee"))
        #expect(substitute.role == .substitute && substitute.standingInFor == live.committeeMembers[2])
        #expect(live.attendance(of: live.committeeMembers[1])?.status == .apologies)
        #expect(live.attendance(of: live.committeeMembers[2])?.status == .apologies)  // the member a substitute stands in for
        #expect(live.attendance(of: "Jo Ray") == Attendance(meetingID: meeting, person: "Jo Ray", status: .present, role: .officer,
                                                            title: "Head of Finance"))
        #expect(live.inTheRoom(for: nil) == [live.committeeMembers[0], "Cllr Ann Lee"])
        let text = state.current.describe(state).joined(separator: "\n")
        #expect(text.contains("Cllr Ann Lee, substitute for \(live.committeeMembers[2]), present"), "\(text)")
        #expect(text.contains("Jo Ray, officer (Head of Finance), present"), "\(text)")
    }
}

extension LiveScreenTests {
    /// A resolution started with too few in the room asks first and is marked; ending the
    /// meeting asks first; a held meeting opened again asks before its record changes.
    @Test func theConsoleAsksBeforeRecordingInquorateAndBeforeChangingAHeldMeeting() throws {
        var state = session([.character("n"), .character("r")])
        guard case .confirm(let question)? = state.overlay else { Issue.record("no question while inquorate"); return }
        #expect(question.dialog.title == "The meeting is not quorate")
        state = session([.character("r"), .character("y")])
        let marked = try #require(state.current as? ResolutionEditorScreen)
        #expect(try store.item(id: marked.resolution.itemID).resolutions.first { $0.id == marked.resolution.id }?.inquorate == true)

        state = session([.escape, .character("E"), .character("y")])
        let screen = try #require(state.current as? LiveScreen)
        #expect(screen.live?.state == .ended && screen.live?.detail.meeting.status == .held)
        state = session([])
        guard case .confirm(let amend)? = state.overlay else { Issue.record("a held meeting opened without a question"); return }
        #expect(amend.dialog.title == "This meeting has been held")
        state = session([.escape, .character("r")])
        #expect(state.overlay != nil && (state.current as? LiveScreen) != nil)
        state = session([.character("y"), .character("A"), .character("s")])
        let amended = try store.liveMeeting(id: meeting, member: nil)
        #expect(amended.state == .amending)
        #expect(amended.detail.amendments.map(\.what) == ["attendance of \(amended.committeeMembers[0]): apologies"])
    }
}

extension LiveScreenTests {
    /// `c` records an action on the item, each key in the store before the next; `m` marks it done.
    @Test func anActionIsWrittenAsTypedAndMarkedDone() throws {
        let keys: [Key] = [.character("n"), .character("c")] + Self.typing("Circulate the break clauses") + [.tab]
            + Self.typing("Head of Finance") + [.tab] + Self.typing("31 Jan 2027")
        var state = session(keys)
        let editor = try #require(state.current as? ActionEditorScreen)
        let stored = try #require(try store.actions(meetingID: meeting).first?.action)
        #expect(stored == editor.current)
        #expect(stored.text == "Circulate the break clauses" && stored.owner == "Head of Finance")
        #expect(stored.due == CalendarDate(iso: "2027-01-31"))
        #expect(editor.describe(state).contains("> By when:  31 Jan 2027 (Sun 31 Jan 2027)"))

        state = session([.character("m")])
        let console = try #require(state.current as? LiveScreen)
        #expect(try store.actions(meetingID: meeting).first?.action.status == .done)
        #expect(console.describe(state).joined().contains("Action: Circulate the break clauses"))
        #expect(try store.actions(openOnly: true).isEmpty)
    }
}

extension LiveScreenTests {
    /// A scrutiny committee's resolution that recommends, closed in the console, says that the
    /// tracker offers it; the tracker's proposals then hold it.
    @Test func aResolutionThatRecommendsIsOfferedFromTheConsole() throws {
        var state = session([.character("n"), .character("r"), .character("y")]
                            + Self.typing("That the Committee recommends to Cabinet that restores be tested quarterly.") + [.escape])
        #expect(state.notice == "This recommends to Cabinet: R, then P, records it as a recommendation to follow.")
        for key in [Key.character("R"), .character("P")] { AppRunner.perform(state.update(.key(key)), on: &state, store: store) }
        #expect(state.current.describe(state).contains { $0.hasSuffix("That the Committee recommends to Cabinet that restores be tested quarterly.") })
    }
}
