import ArgumentParser
import Foundation
import ScrutinyStore

extension LoadBench {
    /// The load run on the store `BenchRun` imported (copied, so the size's figures stand):
    /// alone first, then everyone at once, each member, the chair and the clerk a process of its own.
    static func run(store original: String, archive: String, work: String, tools: String, members count: Int = 20,
                    log: (String) -> Void) throws -> Result {
        let store = "\(work)/load-store.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        try FileManager.default.copyItem(atPath: original, toPath: store)
        // A meeting still to come, for the chair: the sample papers' Cabinet of 8 December 2026.
        _ = try ChildProcess.succeeding(["\(tools)/scrutiny", "import", "--store", store, "data/cabinet/2026-12-08.md"])
        let clerkArchive = "\(work)/archive-clerk"
        if !FileManager.default.fileExists(atPath: "\(clerkArchive)/archive.json") {
            log("load: generating the clerk's papers")
            _ = try ChildProcess.succeeding(["\(tools)/scrutiny-bench", "generate", "--documents", "30000", "--seed", "77", "--out", clerkArchive])
        }
        // Meetings the store has not got (a meeting's file is named by its committee and day).
        let files = try FileManager.default.subpathsOfDirectory(atPath: "\(clerkArchive)/pack").filter {
            $0.hasSuffix(".md") && $0.contains("/") && !FileManager.default.fileExists(atPath: "\(archive)/pack/\($0)")
        }.sorted()
        let clerkFolder = "\(work)/clerk-1000"
        try? FileManager.default.removeItem(atPath: clerkFolder)
        // The clerk's council file too, for the committees the store has not got.
        try FileManager.default.createDirectory(atPath: clerkFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(clerkArchive)/pack/council.md", toPath: "\(clerkFolder)/council.md")
        for file in files.prefix(999) {
            let target = "\(clerkFolder)/\(file)"
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: "\(clerkArchive)/pack/\(file)", toPath: target)
        }
        func member(_ index: Int, seconds: Double) -> [String] {
            ["\(tools)/scrutiny-bench", "load-member", "--store", store, "--notebook", "\(work)/load-notebook-\(index).sqlite",
             "--member", "Cllr Member \(index)", "--archive", archive, "--seconds", "\(seconds)", "--seed", "\(index)"]
        }
        let chair = ["\(tools)/scrutiny-bench", "load-chair", "--store", store, "--notebook", "\(work)/load-notebook-chair.sqlite",
                     "--member", "Cllr Chair", "--archive", archive, "--meeting", "cabinet-2026-12-08"]
        log("load: the chair typing alone, one member searching alone")
        let chairAlone = try decodeJSON(Chair.self, from: Data(try ChildProcess.succeeding(chair).output.utf8))
        let searchAlone = try decodeJSON(Member.self, from: Data(try ChildProcess.succeeding(member(0, seconds: 10)).output.utf8))

        log("load: \(count) members, the chair and a clerk importing \(min(999, files.count) + 1) files, at once")
        let started = Date()
        var processes: [(Process, Pipe)] = []
        let complaints = "\(work)/load-errors.log"
        _ = FileManager.default.createFile(atPath: complaints, contents: nil)
        func launch(_ arguments: [String]) throws {
            let process = Process(), output = Pipe()
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
            process.standardOutput = output
            process.standardError = FileHandle(forWritingAtPath: complaints)
            try process.run()
            processes.append((process, output))
        }
        for index in stride(from: 1, through: count, by: 1) { try launch(member(index, seconds: 25)) }
        try launch(["\(tools)/scrutiny", "import", "--store", store, clerkFolder])
        try launch(chair)
        // Each process's answer is read as it comes, so no pipe fills; the WAL watched meanwhile.
        let answers = Answers(count: processes.count)
        let done = DispatchGroup()
        for (index, entry) in processes.enumerated() {
            done.enter()
            let handle = entry.1.fileHandleForReading
            Thread {
                answers.set(index, handle.readDataToEndOfFile())
                done.leave()
            }.start()
        }
        var largestWAL = 0
        while processes.contains(where: { $0.0.isRunning }) {
            let size = (try? FileManager.default.attributesOfItem(atPath: store + "-wal")[.size] as? Int) ?? 0
            largestWAL = max(largestWAL, size)
            Thread.sleep(forTimeInterval: 0.02)
        }
        done.wait()
        let members = try (0..<count).map { try decodeJSON(Member.self, from: answers.get($0)) }
        let imported = processes[count].0.terminationStatus == 0
        let chairLoaded = try decodeJSON(Chair.self, from: answers.get(count + 1))
        return Result(members: count, files: min(999, files.count) + 1, chairAlone: chairAlone.timings, chairUnderLoad: chairLoaded.timings,
                      chairStoredEveryKey: chairLoaded.stored && chairAlone.stored,
                      searchAlone: Timings(searchAlone.samples), searchUnderLoad: Timings(members.flatMap(\.samples)),
                      lockErrors: members.map(\.lockErrors).reduce(0, +) + chairLoaded.lockErrors,
                      otherErrors: members.flatMap(\.otherErrors), importSucceeded: imported, largestWALBytes: largestWAL,
                      notesWritten: members.map(\.notes).reduce(0, +), seconds: Date().timeIntervalSince(started))
    }

    /// What each process printed, as the threads reading them set it.
    private final class Answers: @unchecked Sendable {
        private var data: [Data]
        private let lock = NSLock()

        init(count: Int) { data = Array(repeating: Data(), count: count) }
        func set(_ index: Int, _ value: Data) { lock.withLock { data[index] = value } }
        func get(_ index: Int) -> Data { lock.withLock { data[index] } }
    }
}

extension ScrutinyBench {
    struct LoadMember: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "load-member", abstract: "One member's load: search, read, write notes (JSON).")
        @OptionGroup var options: StoreOptions
        @Option var seconds = 20.0
        @Option var seed = 0

        func run() throws {
            let (notes, manifest) = try options.open()
            try printJSON(LoadBench.member(notes, queries: manifest.queries.map(\.text), seconds: seconds, seed: seed))
        }
    }

    struct LoadChair: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "load-chair", abstract: "The chair typing a resolution in the live console (JSON).")
        @OptionGroup var options: StoreOptions
        @Option var meeting: String
        @Option var keys = 400
        @Option var pause = 0.05

        func run() throws {
            let (notes, _) = try options.open()
            let output = NSTemporaryDirectory() + "scrutiny-bench-chair-\(getpid()).out"
            defer { unlink(output) }
            try printJSON(try LoadBench.chair(notes, meetingID: meeting, keys: keys, pause: pause, output: output))
        }
    }
}
