import Foundation
import ScrutinyModel
import ScrutinyStore
import TerminalCore
import Testing
import TestSupport
@testable import ScrutinyUI

/// The runner itself, in process, on a scripted terminal: keys, change polling, resizes and
/// signals, without tmux.
@Suite struct AppRunnerTests {
    let folder = TemporaryFolder()
    let store: PapersStore

    init() throws {
        store = try SampleStore.make(in: folder)
    }

    func run(_ terminal: FakeTerminal) {
        let state = AppState(width: terminal.size.width, height: terminal.size.height, today: CalendarDate(iso: "2026-11-22")!)
        AppRunner(terminal: terminal, store: store, notes: nil).run(state)
    }

    @Test func keysDriveTheScreensAndQQuits() {
        let terminal = FakeTerminal(width: 80, height: 24, [.key(.down), .key(.enter), .quiet, .key(.character("Q"))])
        run(terminal)
        #expect(terminal.frames.first?.text.contains("Scrutiny › Meetings") == true)
        #expect(terminal.screen.contains("5 Customer Access Strategy"))
        #expect(!terminal.shouldQuit) // it left on Q, not for want of keys
    }

    @Test func anotherProcessesImportShowsAtTheNextQuietRead() throws {
        let other = try PapersStore(path: store.path)
        var bundle = PaperBundle()
        bundle.meetings = [Meeting(id: "cabinet-2025-01-07", committeeID: "cabinet", start: MeetingTime(date: CalendarDate(iso: "2025-01-07")!),
                                   location: "Old Town Hall", status: .held)]
        let terminal = FakeTerminal(width: 100, height: 30, [
            .quiet,
            .meanwhile { _ = try? other.importBundle(bundle, name: "old.md", format: "pack", checksum: "old") },
            .quiet, .key(.character("Q")),
        ])
        run(terminal)
        #expect(terminal.frames.first?.text.contains("Tue 7 Jan 2025") == false)
        #expect(terminal.screen.contains("Tue 7 Jan 2025"))
        #expect(terminal.quietReads == 2)
    }

    @Test func aResizeRedrawsAtTheNewSizeAndATinyTerminalIsSaid() {
        let terminal = FakeTerminal(width: 80, height: 24, [.resize(width: 120, height: 40), .quiet, .resize(width: 30, height: 8), .quiet,
                                                            .key(.character("Q"))])
        run(terminal)
        #expect(terminal.frames.contains { $0.width == 120 && $0.height == 40 })
        #expect(terminal.screen.contains("Terminal too small"))
    }

    @Test func aSignalEndsTheRunWithoutAKey() {
        let terminal = FakeTerminal(width: 80, height: 24, [.quiet, .signal, .key(.down), .key(.down)])
        run(terminal)
        #expect(terminal.shouldQuit)
        // The keys after the signal were never read.
        #expect(terminal.frames.last?.text.contains("Scrutiny › Meetings") == true)
    }
}
