import ArgumentParser
import Foundation
import ScrutinyStore

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the papers store and your notebook: paths, schema version, counts, integrity, file permissions.")

    @OptionGroup var options: StoreOptions
    @OptionGroup var member: MemberOptions

    @Flag(help: "Check a store that members share on one machine: a local disk, the folder setgid and the group's, the store's files the group's, notebooks private; says what it would change, changes nothing.")
    var server = false

    func run() throws {
        if server { return try checkServer() }
        let (store, _) = try options.open(forReading: true)
        let health = try store.health()
        let healthy = health.integrity == "ok" && health.schemaVersion == health.expectedSchemaVersion
        let notebook = try member.open(papers: store).notebook
        let notebookMode = (try? FileManager.default.attributesOfItem(atPath: notebook.path)[.posixPermissions] as? Int) ?? 0
        if options.json {
            var shape = HealthJSON(health)
            shape.member = notebook.member
            shape.notebook = notebook.path
            shape.notebookMode = String(notebookMode, radix: 8)
            shape.privateNotes = try notebook.noteCount()
            shape.access = store.access
            try Output.json(shape)
        } else {
            Output.line("store: \(health.path)")
            Output.line("schema version: \(health.schemaVersion) (this program: \(health.expectedSchemaVersion))")
            Output.line("access: \(store.access)")
            Output.line("journal: \(health.journalMode)")
            Output.line("integrity: \(health.integrity)")
            if health.integrity != "ok" {
                Output.line("  the store is damaged: restore it from a backup, or copy it aside and rebuild what SQLite can read:")
                Output.line("  sqlite3 \(health.path) .recover | sqlite3 recovered.sqlite")
            }
            for (table, rows) in health.counts { Output.line("  \(table): \(rows)") }
            for source in try store.syncSources() {
                let last = source.lastRun.map { " (last synced \(Date(timeIntervalSince1970: TimeInterval($0)).formatted(.iso8601)))" } ?? ""
                Output.line("syncs from: \(source.kind) \(source.url)\(last)")
            }
            for (path, mode) in health.modes {
                let warning = mode & 0o007 != 0 ? "  (readable by anyone on this machine)" : ""
                Output.line("mode \(String(mode, radix: 8)): \(path)\(warning)")
            }
            Output.line("member: \(notebook.member)")
            let count = try notebook.noteCount()
            Output.line("notebook: \(notebook.path) (mode \(String(notebookMode, radix: 8)), \(count) private note\(count == 1 ? "" : "s"))")
        }
        if !healthy {
            throw CommandError(health.integrity != "ok" ? "the papers store is damaged (see integrity above)"
                               : "the papers store's schema is not this program's (see schema version above)")
        }
    }

    /// `--server`: each finding, and what would mend it; refused (status 1) on a network file system.
    private func checkServer() throws {
        let (store, _) = try options.open(forReading: true)
        let notebook = try member.open(papers: store).notebook
        let findings = ServerCheck(store: store.path, notebook: notebook.path).findings()
        if options.json {
            try Output.json(findings)
        } else {
            for finding in findings {
                Output.line("\(finding.verdict == "ok" ? "ok" : finding.verdict == "refuse" ? "REFUSED" : "to change"): \(finding.what)")
                if let change = finding.change { Output.line("    would run: \(change)") }
            }
            let changes = findings.filter { $0.verdict == "change" }.count
            Output.line(changes == 0 ? "Nothing to change." : "\(changes) thing\(changes == 1 ? "" : "s") to change; nothing was changed.")
        }
        if findings.contains(where: { $0.verdict == "refuse" }) {
            throw CommandError("the store must not be shared from a network file system; see docs/deploy.md")
        }
    }

    struct HealthJSON: Encodable {
        var path: String
        var schemaVersion: Int
        var expectedSchemaVersion: Int
        var journalMode: String
        var integrity: String
        var counts: [String: Int]
        var modes: [String: String]
        var member: String?
        var notebook: String?
        var notebookMode: String?
        var privateNotes: Int?
        /// "read and write", or "reading only, " and why.
        var access: String?

        init(_ health: StoreHealth) {
            path = health.path
            schemaVersion = health.schemaVersion
            expectedSchemaVersion = health.expectedSchemaVersion
            journalMode = health.journalMode
            integrity = health.integrity
            counts = Dictionary(uniqueKeysWithValues: health.counts.map { ($0.table, $0.rows) })
            modes = Dictionary(uniqueKeysWithValues: health.modes.map { ($0.path, String($0.mode, radix: 8)) })
        }
    }
}
