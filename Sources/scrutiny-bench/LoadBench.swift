import Foundation
import NcursesTerminal
import ScrutinyModel
import ScrutinyStore
import ScrutinyUI
import TerminalCore

/// Many members on one store: 20 member processes browsing, searching and writing notes while
/// the chair types a resolution in the live console (a key every 50 ms, each saved as typed)
/// and a clerk imports a thousand files — beside the chair typing alone and one member searching
/// alone. Counts "database is locked" errors anywhere, checks every key the chair typed is in the
/// store, and watches the WAL's size.
struct LoadBench {
    struct Member: Codable {
        /// Each search's time, in milliseconds.
        var samples: [Double]
        var lockErrors: Int
        var otherErrors: [String]
        var notes: Int
    }

    struct Chair: Codable {
        var timings: Timings
        var typed: Int
        var stored: Bool
        var lockErrors: Int
    }

    struct Result: Encodable {
        var members: Int
        var files: Int
        var chairAlone: Timings
        var chairUnderLoad: Timings
        var chairStoredEveryKey: Bool
        var searchAlone: Timings
        var searchUnderLoad: Timings
        var lockErrors: Int
        var otherErrors: [String]
        var importSucceeded: Bool
        var largestWALBytes: Int
        var notesWritten: Int
        var seconds: Double
    }

    static let resolution = String(repeating: "That the Committee notes the report and asks for a further report on digital inclusion. ", count: 5)

    /// One member's loop for `seconds`: a search, then the first hit's item read, a private note
    /// every 5th round and a shared one every 10th.
    static func member(_ notes: MemberNotes, queries: [String], seconds: Double, seed: Int) -> Member {
        notes.papers.announceSession()  // as a member's terminal session does
        var samples: [Double] = [], locks = 0, others: [String] = [], written = 0
        let clock = ContinuousClock(), end = clock.now + .milliseconds(Int(seconds * 1000))
        var round = seed
        while clock.now < end {
            round += 1
            do {
                var hits: [SearchHit] = []
                samples.append(try clock.measure { hits = try notes.searchAll(queries[round % queries.count], limit: 50) }.milliseconds)
                if let hit = hits.first { _ = try notes.papers.item(id: hit.itemID) }
                if round % 5 == 0, let hit = hits.first {
                    _ = try notes.add(on: .item(hit.itemID), text: "Load note \(round)", visibility: round % 10 == 0 ? .shared : .private)
                    written += 1
                }
            } catch {
                let text = "\(error)".lowercased()
                if text.contains("locked") || text.contains("busy") || text.contains("another process is using") { locks += 1 } else if others.count < 5 { others.append("\(error)") }
            }
        }
        return Member(samples: samples, lockErrors: locks, otherErrors: others, notes: written)
    }

    /// The chair opens the live console on a meeting still to come (the sample papers' Cabinet
    /// of 8 December, imported for it), takes up its first item and types the resolution a key
    /// every `pause`, each key through update, the store and a headless frame.
    static func chair(_ notes: MemberNotes, meetingID: String, keys count: Int, pause: Double, output: String) throws -> Chair {
        let screen = NcursesScreen(headlessOutput: output, width: 120, height: 40)
        defer { screen.end() }
        var state = AppState(width: 120, height: 40, today: ArchiveGenerator.today, member: notes.member)
        state.now = Int(Date().timeIntervalSince1970)
        let store = notes.papers
        store.announceSession()  // as the chair's terminal session does
        var locks = 0
        func press(_ key: Key) {
            AppRunner.perform(state.update(.key(key)), on: &state, store: store, notes: notes)
            if let notice = state.notice?.lowercased(), notice.contains("locked") || notice.contains("busy") || notice.contains("another process is using") {
                locks += 1
            }
        }
        AppRunner.perform(state.update(.resized(width: 120, height: 40)) + state.openLive(meetingID), on: &state, store: store, notes: notes)
        press(.character("n"))
        press(.character("r"))
        if state.overlay != nil { press(.left); press(.enter) } // not quorate: record anyway
        let typed = String(resolution.prefix(count))
        let clock = ContinuousClock()
        var samples: [Double] = []
        for character in typed {
            samples.append(clock.measure {
                press(.character(character))
                var frame = ScreenBuffer(width: 120, height: 40)
                state.render(into: &frame)
                screen.show(frame)
            }.milliseconds)
            Thread.sleep(forTimeInterval: pause)
        }
        let itemID = (try? store.liveMeeting(id: meetingID, member: notes.member).currentItemID) ?? nil
        let stored = itemID.flatMap { try? store.item(id: $0).resolutions.contains { $0.text.hasPrefix(typed.trimmingCharacters(in: .whitespaces)) } } ?? false
        press(.control("s"))
        return Chair(timings: Timings(samples), typed: typed.count, stored: stored, lockErrors: locks)
    }
}
