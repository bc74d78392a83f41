import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// An exempt item in the console: its paragraph shown, the resolution excluding the press and
/// public offered worded, and in the minutes that part of the meeting recorded as private.
@Suite struct LivePrivatePartTests {
    let folder = TemporaryFolder()
    let store: PapersStore
    let meeting = "cabinet-2026-12-08"
    let exempt = "cabinet-2026-12-08-item-6"

    init() throws {
        store = try SampleStore.make(in: folder)
    }

    func session(_ keys: [Key]) -> AppState {
        var state = AppState(width: 100, height: 30, today: CalendarDate(iso: "2026-12-08")!, member: "Cllr Joan Hale")
        state.now = 1_796_752_800  // 8 December 2026, 18:00 UTC
        state.exportFolder = folder.path
        AppRunner.perform([.loadMeetings, .loadFlags] + state.openLive(meeting), on: &state, store: store)
        for key in keys {
            state.now += 30
            AppRunner.perform(state.update(.key(key)), on: &state, store: store)
        }
        return state
    }

    @Test func theExclusionIsOfferedWordedAndTheMinutesKeepThePrivatePartPrivate() throws {
        var state = session([.character("n"), .character("X")])
        #expect(state.notice?.contains("is not exempt") == true)
        state = session([.character("n")])
        #expect(state.current.describe(state).contains("EXEMPT (paragraph 3) — X: exclude press and public"))

        state = session([.character("X"), .character("y")])  // not quorate: record it anyway
        let editor = try #require(state.current as? ResolutionEditorScreen)
        #expect(editor.editor.text.hasPrefix("That under section 100A(4) of the Local Government Act 1972 the press and public be excluded"))
        #expect(editor.editor.text.contains("item 6 (Award of the contact centre telephony contract)"))
        #expect(editor.editor.text.contains("paragraph 3 of Part 1 of Schedule 12A to the Act"))
        state = session([.escape, .character("r"), .character("y")] + "That the contract be awarded.".map { .character($0) } + [.escape])
        #expect(state.current.describe(state).contains { $0.hasPrefix("Private (paragraph 3): press and public excluded by") })
        state = session([.character("X")])
        #expect(state.notice?.hasPrefix("The press and public are already excluded") == true)

        let detail = try store.meeting(id: meeting)
        let items = try detail.items.map { try store.item(id: $0.item.id) }
        let publicMinutes = MinutesDraft(meeting: detail, items: items).markdown
        #expect(publicMinutes.contains("The press and public were excluded from the meeting for this item. RESOLVED:\n\n- (a) That under section 100A(4)"))
        #expect(!publicMinutes.contains("That the contract be awarded."))
        #expect(publicMinutes.contains("The meeting started at 18:00."))
        let full = MinutesDraft(meeting: detail, items: items, includeExempt: true).markdown
        #expect(full.contains("That the contract be awarded."))

        // M drafts the same minutes from the console, to new files only the chair can read.
        state = session([.character("M"), .enter])
        let path = folder.file("minutes-\(meeting).md")
        #expect(state.notice == "Minutes draft written to \(path).")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == publicMinutes)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        state = session([.character("M"), .right, .right, .enter])
        #expect(try String(contentsOfFile: folder.file("minutes-\(meeting)-confidential.md"), encoding: .utf8) == full)
        _ = session([.character("M"), .enter])
        #expect(FileManager.default.fileExists(atPath: folder.file("minutes-\(meeting)-2.md")))
    }
}
