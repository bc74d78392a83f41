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
    let sync: SyncBench.Result
    let load: LoadBench.Result
    let targets: [Target]

    init(machine: Machine, sizes: [BenchRun.Size], sync: SyncBench.Result, load: LoadBench.Result) {
        self.machine = machine
        self.sizes = sizes
        self.sync = sync
        self.load = load
        targets = Self.targets(at: sizes.last)
    }

    static func targets(at size: BenchRun.Size?) -> [Target] {
        guard let size else { return [] }
        let searchP95 = size.search.map(\.timings.p95).max() ?? 0
        let worstShellRatio = size.searchBaselines.filter { $0.baseline.hasPrefix("sqlite3") }.map(\.ratio).max() ?? 0
        let keyP99 = size.keys.values.flatMap { $0 }.filter { !$0.scenario.hasPrefix("typing") }.map(\.timings.p99).max() ?? 0
        let peak = max(size.importPeakKiB, size.firstFramePeakKiB, size.searchPeakKiB, size.keysPeakKiB)
        let at = "at \(size.documents.formatted()) documents"
        return [
            Target(name: "search p95 \(at)", goal: "≤ 25 ms", measured: ms(searchP95), met: searchP95 <= 25),
            Target(name: "search p95 over the sqlite3 shell's", goal: "≤ 2×", measured: ratio(worstShellRatio), met: worstShellRatio <= 2),
            Target(name: "cold start to first frame p95 \(at)", goal: "≤ 150 ms", measured: ms(size.firstFrame.ours.p95),
                   met: size.firstFrame.ours.p95 <= 150),
            Target(name: "keystroke to frame p99", goal: "≤ 5 ms", measured: ms(keyP99), met: keyP99 <= 5),
            Target(name: "import", goal: "≥ 3,000 documents/s", measured: "\(Int(size.importDocumentsPerSecond).formatted())/s",
                   met: size.importDocumentsPerSecond >= 3000),
            Target(name: "peak resident memory, any run", goal: "≤ 64 MiB", measured: mib(peak), met: peak <= 64 * 1024),
        ]
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
                      "| import (`scrutiny import`) | \(Int(size.importDocumentsPerSecond).formatted()) documents/s "
                      + "(\(String(format: "%.1f", size.importSeconds)) s), store \(mib(size.storeBytes / 1024)) | | | |",
                      row(size.firstFrame, "p50 / p95")]
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
        let s = sync
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
        let l = load
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
