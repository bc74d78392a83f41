import Foundation
import ScrutinyModel
import ScrutinyStore
import ScrutinyUI

/// One `make bench` run at one archive size: every figure of ours beside the tool a member
/// would otherwise use, on the same data in the same run.
struct BenchRun {
    struct Compared: Encodable {
        var name: String
        var ours: Timings
        var baseline: String
        var theirs: Timings
        /// Our p95 over theirs.
        var ratio: Double

        init(name: String, ours: Timings, baseline: String, theirs: Timings) {
            (self.name, self.ours, self.baseline, self.theirs) = (name, ours, baseline, theirs)
            ratio = ours.p95 / max(theirs.p95, 0.000_1)
        }
    }

    struct Size: Encodable {
        var documents: Int
        var archive: ArchiveGenerator.Manifest
        var importSeconds: Double
        var importDocumentsPerSecond: Double
        var importPeakKiB: Int
        /// SQLite's own bulk load of the rows the import wrote, into the same schema; nil when
        /// the disk had no room for a second store as large.
        var importLimit: ImportLimit.Result?
        var storeBytes: Int
        var firstFrame: Compared
        var firstFramePeakKiB: Int
        var search: [SearchBench.Result]
        var searchPeakKiB: Int
        var searchBaselines: [Compared]
        var keys: [String: [KeystrokeBench.Result]]
        var keysPeakKiB: Int
        /// The peak memory of the process running the benchmark: no child's figure is below it.
        var launcherPeakKiB: Int
    }

    let documents: Int
    let seed: UInt64
    let work: String
    let tools: String  // the folder holding the release `scrutiny` and `scrutiny-bench`
    let member = "Cllr Bench Reader"

    var archive: String { "\(work)/archive-\(documents)-\(seed)" }
    var store: String { "\(work)/store-\(documents).sqlite" }
    var notebook: String { "\(work)/notebook-\(documents).sqlite" }

    func run(runs: Int, log: (String) -> Void) throws -> Size {
        let manifest: ArchiveGenerator.Manifest
        if let made = try? decodeJSON(ArchiveGenerator.Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: "\(archive)/archive.json"))),
           made.seed == seed, made.version == ArchiveGenerator.version {
            log("using the archive generated before in \(archive)")
            manifest = made
        } else {
            // In a process of its own, as is all the heavy work: Linux counts a child's peak memory
            // from the memory of the process that started it.
            log("generating \(documents) documents (seed \(seed))")
            let made = try ChildProcess.succeeding(["\(tools)/scrutiny-bench", "generate", "--documents", "\(documents)",
                                                    "--seed", "\(seed)", "--out", archive])
            manifest = try decodeJSON(ArchiveGenerator.Manifest.self, from: Data(made.output.utf8))
        }

        log("importing with scrutiny import")
        for file in [store, notebook] {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        }
        let imported = try ChildProcess.succeeding(["\(tools)/scrutiny", "import", "--store", store, "\(archive)/pack"], keeping: 4096)
        let limitStore = "\(work)/limit-\(documents).sqlite"
        var limit: ImportLimit.Result?
        let free = (try? FileManager.default.attributesOfFileSystem(forPath: work)[.systemFreeSize] as? Int) ?? 0
        let written = (try? FileManager.default.attributesOfItem(atPath: store)[.size] as? Int) ?? 0
        if free > written * 3 {  // the store again, its log in one transaction, and room to spare
            log("SQLite's own bulk load of the same rows, the limit")
            limit = try decodeJSON(ImportLimit.Result.self, from: Data(try ChildProcess.succeeding(
                ["\(tools)/scrutiny-bench", "import-limit", "--source", store, "--target", limitStore]).output.utf8))
            for suffix in ["", "-wal", "-shm", "-sessions"] { try? FileManager.default.removeItem(atPath: limitStore + suffix) }
        } else {
            log("no room on the disk for a second store of \(written >> 20) MiB: the limit is not measured")
        }
        _ = try ChildProcess.succeeding(["\(tools)/scrutiny-bench", "add-notes"] + storeOptions)
        let storeBytes = ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: store + suffix)[.size] as? Int) ?? 0)
        }

        log("first frame, and less on the longest document")
        let environment = ["TERM": "xterm-256color", "LINES": "40", "COLUMNS": "120", "XDG_CONFIG_HOME": "\(work)/config",
                           "LESSHISTFILE": "-", "LESS": ""]
        // Both timed to the end of their first frame (scrutiny marks it with `AppRunner.firstFrameMarker`).
        let frames = try (0..<runs).map { _ in
            try ChildProcess.run(["\(tools)/scrutiny", "open", "--store", store, "--member", member, "--notebook", notebook,
                                  "--first-frame-only"], environment: environment, terminal: (120, 40), marker: AppRunner.firstFrameMarker)
        }
        let frameTimes = try frames.map { frame in
            guard let at = frame.markerMilliseconds else {
                throw ChildProcess.Failure(description: "scrutiny drew no first frame: \(frame.output.suffix(500))")
            }
            return at
        }
        let marker = "SCRUTINY-BENCH-READY"
        let lesses = try (0..<runs).map { _ in
            try ChildProcess.run(["less", "-Ps\(marker)", "\(archive)/\(manifest.longestDocument)"], environment: environment,
                                 terminal: (120, 40), marker: marker, reply: "q")
        }

        log("search, in a process of its own")
        let searched = try ChildProcess.succeeding(["\(tools)/scrutiny-bench", "search", "--runs", "\(runs * 5)"] + storeOptions)
        let search = try decodeJSON([SearchBench.Result].self, from: Data(searched.output.utf8))
        var baselines: [Compared] = []
        for result in search {
            log("  sqlite3 and ripgrep: \(result.name)")
            let search = result.statements.map { $0 + ";\n" }.joined()
            // The rows are formatted and dropped (`.output /dev/null`); the timings still come.
            let shell = try ChildProcess.run(["sqlite3", store], input: ".output /dev/null\n.timer on\n" + String(repeating: search, count: runs * 5))
            // "Run Time: real 0.002 user 0.002039 sys 0.000000": real is in whole milliseconds, so
            // the CPU time (user + sys, in microseconds) stands for the query's time.
            let shellTimes = shell.output.split(separator: "\n").compactMap { line -> Double? in
                let words = line.split(separator: " ")
                guard line.hasPrefix("Run Time: real "), words.count >= 8, let user = Double(words[5]), let sys = Double(words[7])
                else { return nil }
                return (user + sys) * 1000
            }
            let perSearch = result.statements.count
            guard perSearch > 0, shellTimes.count == runs * 5 * perSearch else {
                throw ChildProcess.Failure(description: "sqlite3: \(shell.output.suffix(500))")
            }
            // A search's time is that of all its statements.
            let searches = stride(from: 0, to: shellTimes.count, by: perSearch).map { shellTimes[$0..<($0 + perSearch)].reduce(0, +) }
            baselines.append(Compared(name: "\(result.name), the papers alone", ours: result.papersTimings,
                                      baseline: "sqlite3 shell, the same \(perSearch) statements (CPU)", theirs: Timings(searches)))
            let phrase = result.text.replacingOccurrences(of: "\"", with: "")
            let greps = try (0..<runs).map { _ in
                try ChildProcess.run(["rg", "--ignore-case", "--fixed-strings", "--files-with-matches", phrase, "\(archive)/text"],
                                     keeping: 0)
            }
            baselines.append(Compared(name: "\(result.name), as the UI searches (notes too)", ours: result.timings,
                                      baseline: "ripgrep over the text files",
                                      theirs: Timings(greps.map(\.milliseconds))))
        }

        log("keystroke to frame, in a process of its own")
        var keys: [String: [KeystrokeBench.Result]] = [:]
        var keysPeak = 0
        for (width, height) in [(120, 40), (80, 24)] {
            let run = try ChildProcess.succeeding(["\(tools)/scrutiny-bench", "keys", "--width", "\(width)", "--height", "\(height)"]
                                           + storeOptions)
            keys["\(width)x\(height)"] = try decodeJSON([KeystrokeBench.Result].self, from: Data(run.output.utf8))
            keysPeak = max(keysPeak, run.peakKiB)
        }

        return Size(documents: documents, archive: manifest,
                    importSeconds: imported.milliseconds / 1000,
                    importDocumentsPerSecond: Double(manifest.documents) / (imported.milliseconds / 1000),
                    importPeakKiB: imported.peakKiB, importLimit: limit, storeBytes: storeBytes,
                    firstFrame: Compared(name: "cold start to first frame", ours: Timings(frameTimes),
                                         baseline: "less, longest document to its first screen",
                                         theirs: Timings(lesses.compactMap(\.markerMilliseconds))),
                    firstFramePeakKiB: frames.map(\.peakKiB).max() ?? 0,
                    search: search, searchPeakKiB: searched.peakKiB, searchBaselines: baselines,
                    keys: keys, keysPeakKiB: keysPeak, launcherPeakKiB: ChildProcess.ownPeakKiB)
    }

    var storeOptions: [String] { ["--store", store, "--notebook", notebook, "--member", member, "--archive", archive] }
}
