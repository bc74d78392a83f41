import Foundation

/// Everything one `make bench` measured, and the table docs/performance.md shows.
struct BenchReport: Encodable {
    struct Machine: Encodable {
        var cpu: String
        var cores: Int
        var memoryGiB: Double
        var system: String
        var date: String

        static var current: Machine {
            func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
            func field(_ text: String, _ key: String) -> String? {
                text.split(separator: "\n").first { $0.hasPrefix(key) }.map {
                    $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                }
            }
            let os = read("/etc/os-release").split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
            let kib = Double(field(read("/proc/meminfo"), "MemTotal")?.split(separator: " ").first ?? "") ?? 0
            return Machine(cpu: field(read("/proc/cpuinfo"), "model name") ?? "unknown",
                           cores: ProcessInfo.processInfo.activeProcessorCount,
                           memoryGiB: (kib / 1_048_576 * 10).rounded() / 10,
                           system: os.map { $0.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? "Linux",
                           date: ISO8601DateFormatter().string(from: Date()))
        }
    }

    /// DESIGN.md's targets, checked at the largest size measured.
    struct Target: Encodable {
        var name: String
        var goal: String
        var measured: String
        var met: Bool
    }

    let machine: Machine
    let sizes: [BenchRun.Size]
    let sync: SyncBench.Result?
    let load: LoadBench.Result?
    let targets: [Target]

    init(machine: Machine, sizes: [BenchRun.Size], sync: SyncBench.Result?, load: LoadBench.Result?) {
        self.machine = machine
        self.sizes = sizes
        self.sync = sync
        self.load = load
        targets = Self.targets(at: sizes.last)
    }

    static func targets(at size: BenchRun.Size?) -> [Target] {
        guard let size else { return [] }
        let searchP95 = size.search.map(\.timings.p95).max() ?? 0
        let shell = size.searchBaselines.filter { $0.baseline.hasPrefix("sqlite3") }
        let worstShellRatio = shell.map(\.ratio).max() ?? 0
        let rareShellRatio = shell.first { $0.name.hasPrefix("rare") }?.ratio ?? 0
        // Every key's frame, typing a search with searches running beside included; a search's
        // own time, waited for key by key, is the search figures' business.
        let keyP99 = size.keys.values.flatMap { $0 }.filter { !$0.scenario.hasPrefix("a search per key") }.map(\.timings.p99).max() ?? 0
        let peak = max(size.importPeakKiB, size.firstFramePeakKiB, size.searchPeakKiB, size.keysPeakKiB)
        let at = "at \(size.documents.formatted()) documents"
        let searchGoal: Double = size.documents >= 1_000_000 ? 60 : 25
        let importRatio = size.importLimit.map { size.importSeconds / max($0.seconds, 0.001) }
        return [
            Target(name: "search p95 \(at)", goal: "≤ \(Int(searchGoal)) ms", measured: ms(searchP95), met: searchP95 <= searchGoal),
            Target(name: "rare-word search p95 over the sqlite3 shell's", goal: "≤ 1.5×", measured: ratio(rareShellRatio), met: rareShellRatio <= 1.5),
            Target(name: "any search p95 over the sqlite3 shell's", goal: "≤ 2×", measured: ratio(worstShellRatio), met: worstShellRatio <= 2),
            Target(name: "cold start to first frame p95 \(at)", goal: "≤ 20 ms", measured: ms(size.firstFrame.ours.p95),
                   met: size.firstFrame.ours.p95 <= 20),
            Target(name: "keystroke to frame p99, typing while searches run included", goal: "≤ 5 ms", measured: ms(keyP99), met: keyP99 <= 5),
            Target(name: "import time over SQLite's own bulk load of the same rows", goal: "≤ 1.3×",
                   measured: importRatio.map(ratio) ?? "not measured (disk)", met: importRatio.map { $0 <= 1.3 } ?? false),
            Target(name: "import", goal: "≥ 3,000 documents/s", measured: "\(Int(size.importDocumentsPerSecond).formatted())/s",
                   met: size.importDocumentsPerSecond >= 3000),
            Target(name: "peak resident memory, any run", goal: "≤ 64 MiB", measured: mib(peak), met: peak <= 64 * 1024),
        ]
    }

    /// How each figure changed from the smallest archive measured to the largest: a figure that
    /// grows with the archive shows here.
    func growth() -> [String] {
        guard let small = sizes.first, let large = sizes.last, sizes.count > 1 else { return [] }
        /// A figure not measured (NaN: the limit, where the disk had no room) is said so.
        func line(_ name: String, _ a: Double, _ b: Double, _ show: (Double) -> String) -> String {
            func shown(_ x: Double) -> String { x.isNaN ? "not measured" : show(x) }
            return "| \(name) | \(shown(a)) | \(shown(b)) | \(a.isNaN || b.isNaN ? "" : ratio(b / max(a, 0.000_1))) |"
        }
        var lines = ["### Cost as the archive grows", "",
                     "| measure | \(small.documents.formatted()) documents | \(large.documents.formatted()) documents | growth |",
                     "| --- | ---: | ---: | ---: |",
                     line("import, documents/s", small.importDocumentsPerSecond, large.importDocumentsPerSecond) { Int($0).formatted() },
                     line("import time over SQLite's bulk load", small.importSeconds / (small.importLimit?.seconds ?? .nan),
                          large.importSeconds / (large.importLimit?.seconds ?? .nan), ratio),
                     line("store MiB per MiB of text", Double(small.storeBytes) / Double(small.archive.textBytes),
                          Double(large.storeBytes) / Double(large.archive.textBytes)) { String(format: "%.2f", $0) },
                     line("cold start to first frame p95 ms", small.firstFrame.ours.p95, large.firstFrame.ours.p95, fixed)]
        for (a, b) in zip(small.search, large.search) {
            lines.append(line("search p95 ms, \(a.name)", a.timings.p95, b.timings.p95, fixed))
        }
        for (screen, results) in small.keys.sorted(by: { $0.key > $1.key }) {
            for (a, b) in zip(results, large.keys[screen] ?? []) {
                let scenario = a.scenario.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? a.scenario
                lines.append(line("\(screen) \(scenario) p99 ms", a.timings.p99, b.timings.p99, fixed))
            }
        }
        lines += [line("peak memory MiB, import", Double(small.importPeakKiB) / 1024, Double(large.importPeakKiB) / 1024, fixed),
                  line("peak memory MiB, first frame", Double(small.firstFramePeakKiB) / 1024, Double(large.firstFramePeakKiB) / 1024, fixed),
                  line("peak memory MiB, search", Double(small.searchPeakKiB) / 1024, Double(large.searchPeakKiB) / 1024, fixed),
                  line("peak memory MiB, keys", Double(small.keysPeakKiB) / 1024, Double(large.keysPeakKiB) / 1024, fixed), ""]
        return lines
    }

    func markdown() -> String {
        var lines = ["Machine: \(machine.cpu), \(machine.cores) cores, \(machine.memoryGiB) GiB, \(machine.system); \(machine.date).", ""]
        for size in sizes {
            let a = size.archive
            lines += ["### \(size.documents.formatted()) documents", "",
                      "\(a.committees) committees, \(a.meetings.formatted()) meetings, \(a.items.formatted()) items, "
                      + "\(a.paragraphs.formatted()) paragraphs, \(a.words.formatted()) words (\(mib(a.textBytes / 1024)) of text), "
                      + "\(a.questions.formatted()) questions, \(a.resolutions.formatted()) resolutions, \(a.notes.formatted()) notes; "
                      + "generated in \(String(format: "%.1f", a.generateSeconds)) s.", "",
                      "| measure | Scrutiny | baseline | baseline figure | ratio |", "| --- | ---: | --- | ---: | ---: |",
                      "| import (`scrutiny import`) | \(Int(size.importDocumentsPerSecond).formatted()) documents/s, "
                      + "\(String(format: "%.1f", Double(a.textBytes) / 1_048_576 / size.importSeconds)) MiB/s "
                      + "(\(String(format: "%.1f", size.importSeconds)) s); store \(mib(size.storeBytes / 1024)), "
                      + "\(String(format: "%.2f", Double(size.storeBytes) / Double(a.textBytes))) MiB per MiB of text "
                      + "| SQLite's own bulk load of the same rows into the same schema, one transaction, stemming included "
                      + "| \(size.importLimit.map { "\(Int(Double(a.documents) / $0.seconds).formatted()) documents/s (\(String(format: "%.1f", $0.seconds)) s)" } ?? "not measured: no room on the disk") "
                      + "| \(size.importLimit.map { ratio(size.importSeconds / $0.seconds) } ?? "") |",
                      row(size.firstFrame, "p50 / p95")]
            if let limit = size.importLimit {
                lines.insert("| full-text index segments after the import (plain / stemmed) | \(limit.importSegments.map(String.init).joined(separator: " / ")) "
                             + "| after the bulk load | \(limit.limitSegments.map(String.init).joined(separator: " / ")) | |", at: lines.count - 1)
            }
            for (ours, baselines) in zip(size.search, size.searchBaselines.chunked(2)) {
                for compared in baselines {
                    lines.append(row(compared, "p50 / p95", label: "search, \(compared.name): `\(ours.text)` (\(ours.hits) hits; "
                                     + "in \(queryDocuments(ours.name, a)) documents)"))
                }
            }
            lines += ["", "Keystroke to frame (update, store reads, render, ncurses):", "",
                      "| screen | scenario | keys | p50 ms | p99 ms | max ms | bytes/key |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
            for (screen, results) in size.keys.sorted(by: { $0.key > $1.key }) {
                for r in results {
                    lines.append("| \(screen) | \(r.scenario) | \(r.keys) | \(fixed(r.timings.p50)) | \(fixed(r.timings.p99)) | "
                                 + "\(fixed(r.timings.max)) | \(Int(r.bytesPerKey.rounded())) |")
                }
            }
            lines += ["", "Peak resident memory: import \(mib(size.importPeakKiB)), first frame \(mib(size.firstFramePeakKiB)), "
                      + "search \(mib(size.searchPeakKiB)), keys \(mib(size.keysPeakKiB)) (none can read below the "
                      + "\(mib(size.launcherPeakKiB)) of the process that starts them).", ""]
        }
        lines += growth()
        if let s = sync {
            lines += ["### Sync and PDF papers", "",
                      "`scrutiny sync moderngov` against a stand-in council on loopback (no pause between requests): \(s.meetings) meetings, "
                      + "each with \(s.papers / max(1, s.meetings)) PDF papers of \(s.pagesPerPaper) pages, \(mib(s.bytes / 1024)) in all.", "",
                      "| measure | Scrutiny | baseline | baseline figure | ratio |", "| --- | ---: | --- | ---: | ---: |",
                      "| sync, every meeting and paper fetched, read and imported | \(String(format: "%.1f", s.papersPerSecond)) papers/s, "
                      + "\(String(format: "%.1f", s.meetingsPerSecond)) meetings/s, \(String(format: "%.2f", s.megabytesPerSecond)) MB/s "
                      + "(\(String(format: "%.1f", s.syncSeconds)) s, peak \(mib(s.syncPeakKiB))) | | | |",
                      "| sync again, nothing changed | \(String(format: "%.2f", s.againSeconds)) s | | | |",
                      row(s.pdfText, "p50 / p95"),
                      "| PDF text rate | \(Int(s.pdfPagesPerSecond).formatted()) pages/s | pdftotext alone | \(Int(s.pdftotextPagesPerSecond).formatted()) pages/s | |",
                      ""]
        }
        if let l = load {
            lines += ["### Many members at once", "",
                      "On a copy of the \(sizes.first?.documents.formatted() ?? "") documents' store: \(l.members) member processes searching, reading items and "
                      + "writing notes (a private one every 5th round, a shared one every 10th) for 25 s, while the chair types a resolution in the "
                      + "live console (400 keys, one every 50 ms, each saved as typed) and a clerk imports \(l.files) files; beside the chair typing "
                      + "alone and one member searching alone. \(String(format: "%.0f", l.seconds)) s in all.", "",
                      "| measure | alone | under load | |", "| --- | ---: | ---: | ---: |",
                      "| chair, keystroke to frame p50 / p99 ms (a durable write each) | \(fixed(l.chairAlone.p50)) / \(fixed(l.chairAlone.p99)) "
                      + "| \(fixed(l.chairUnderLoad.p50)) / \(fixed(l.chairUnderLoad.p99)) | \(ratio(l.chairUnderLoad.p99 / max(l.chairAlone.p99, 0.001))) |",
                      "| member's search p50 / p95 ms | \(fixed(l.searchAlone.p50)) / \(fixed(l.searchAlone.p95)) "
                      + "| \(fixed(l.searchUnderLoad.p50)) / \(fixed(l.searchUnderLoad.p95)) | \(ratio(l.searchUnderLoad.p95 / max(l.searchAlone.p95, 0.001))) |",
                      "", "Every key the chair typed is in the store: \(l.chairStoredEveryKey ? "yes" : "NO"). \"Database is locked\" (a writer "
                      + "waiting past the 10 s busy timeout): \(l.lockErrors). The clerk's import: \(l.importSucceeded ? "whole" : "FAILED"). "
                      + "Notes written: \(l.notesWritten). The WAL's largest size: \(mib(l.largestWALBytes / 1024)).", ""]
        }
        lines += ["### Targets", "", "| target | goal | measured | |", "| --- | --- | ---: | --- |"]
        lines += targets.map { "| \($0.name) | \($0.goal) | \($0.measured) | \($0.met ? "met" : "MISSED") |" }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ c: BenchRun.Compared, _ what: String, label: String? = nil) -> String {
        "| \(label ?? c.name), \(what) ms | \(fixed(c.ours.p50)) / \(fixed(c.ours.p95)) | \(c.baseline) | "
            + "\(fixed(c.theirs.p50)) / \(fixed(c.theirs.p95)) | \(ratio(c.ratio)) |"
    }

    private func queryDocuments(_ name: String, _ manifest: ArchiveGenerator.Manifest) -> String {
        (manifest.queries.first { $0.name == name }?.documents ?? 0).formatted()
    }
}

private func fixed(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
private func ms(_ value: Double) -> String { fixed(value) + " ms" }
private func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
private func mib(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }

private extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min(count, $0 + size)] }
    }
}
