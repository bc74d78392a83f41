import Foundation
import ScrutinyModel
import Testing
import TestSupport

/// Every command on damaged stores, as processes: 30 copies of the sample store with bytes
/// changed on random pages, and on each the commands a member and a clerk run. Each ends with
/// a status and a message, never by a signal, and none but an import into a store that passes
/// SQLite's quick check changes the store's file.
@Suite struct CorruptStoreCommandsTests {
    let folder = TemporaryFolder()

    @Test func everyCommandOnADamagedStoreEndsWithAnErrorAndWritesNothing() throws {
        let clean = folder.file("clean.sqlite")
        #expect(try CommandRunner.scrutiny(["import", "--store", clean, PackageRoot.samples], environment: folder.environment).status == 0)
        _ = try CommandRunner.run("/usr/bin/sqlite3", [clean, "PRAGMA wal_checkpoint(TRUNCATE)"])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: clean)))
        let pages = bytes.count / 4096
        folder.write("page.txt", "Agenda item\nLibrary hours\n\nMinutes:\nThe Committee considered the report.\n")
        let seed = UInt64(ProcessInfo.processInfo.environment["SCRUTINY_FUZZ_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
        print("corrupt store commands: seed \(seed)")
        var random = SeededRandom(state: seed)
        var failures = 0
        for round in 0..<30 {
            var damaged = bytes
            for _ in 0..<(1 + random.below(3)) {
                let page = random.chance(0.1) ? 0 : random.below(pages)
                for _ in 0..<(1 + random.below(16)) { damaged[page * 4096 + random.below(4096)] = UInt8(random.below(256)) }
            }
            let store = folder.file("damaged-\(round).sqlite")
            try Data(damaged).write(to: URL(fileURLWithPath: store))
            let commands: [[String]] = [
                ["meetings"], ["show", "meeting", "cabinet-2026-12-08"], ["show", "item", "cabinet-2026-12-08-item-5"],
                ["search", "the"], ["search", "--json", "digital exclusion"], ["notes", "list"],
                ["export", "pack", "--out", folder.file("out-\(round)")], ["export", "minutes", "cabinet-2026-12-08"], ["doctor"],
                ["import", "--committee", "Cabinet", "--date", "2026-12-09", folder.file("page.txt")],
            ]
            for command in commands {
                let before = try Data(contentsOf: URL(fileURLWithPath: store))
                var environment = folder.environment
                environment["SCRUTINY_MEMBER"] = "Cllr Priya Shah"
                let result = try CommandRunner.scrutiny(command + ["--store", store], environment: environment)
                #expect(result.status < 128, "round \(round) (seed \(seed)): \(command[0]) ended by signal \(result.status - 128)")
                if result.status != 0 {
                    failures += 1
                    #expect(!result.stderr.isEmpty || result.stdout.contains("error"), "round \(round): \(command) failed without a word")
                }
                let after = try Data(contentsOf: URL(fileURLWithPath: store))
                // An import into a store that passes SQLite's check may write (and fail later on);
                // one the check refuses writes nothing.
                if command[0] != "import" || result.stderr.contains("so nothing was written") {
                    #expect(after == before, "round \(round) (seed \(seed)): \(command.joined(separator: " ")) changed the store")
                }
            }
        }
        print("corrupt store commands: 300 runs, \(failures) ended with an error")
    }
}
