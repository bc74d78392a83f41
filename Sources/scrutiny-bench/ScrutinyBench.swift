import ArgumentParser
import Foundation
import ScrutinyFormats
import ScrutinyStore

@main
struct ScrutinyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scrutiny-bench",
        abstract: "Benchmarks on a generated council archive, beside ripgrep, the sqlite3 shell and less.",
        subcommands: [Run.self, Generate.self, AddNotes.self, Search.self, Keys.self, PDFTextRate.self, LoadMember.self, LoadChair.self, Load.self, ImportLimit.self])
}

/// The member's view of a benchmark store, as the child benchmarks open it.
struct StoreOptions: ParsableArguments {
    @Option var store: String
    @Option var notebook: String
    @Option var member: String
    @Option(help: "The archive the store was imported from.") var archive: String

    func open() throws -> (MemberNotes, ArchiveGenerator.Manifest) {
        let manifest = try decodeJSON(ArchiveGenerator.Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: "\(archive)/archive.json")))
        return (MemberNotes(papers: try PapersStore(path: store), notebook: try Notebook(path: notebook, member: member)), manifest)
    }
}

/// JSON between the benchmark processes and in bench/results.json: snake_case keys.
func decodeJSON<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(type, from: data)
}

func encodeJSON(_ value: some Encodable) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return try encoder.encode(value)
}

func printJSON(_ value: some Encodable) throws {
    print(String(decoding: try encodeJSON(value), as: UTF8.self))
}

extension ScrutinyBench {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a council archive: a paper pack, the same text as plain files, notes to add.")
        @Option var documents: Int
        @Option var seed: UInt64 = 1
        @Option var out: String

        func run() throws {
            var generator = ArchiveGenerator(documents: documents, seed: seed, out: out)
            try generator.run()
            try printJSON(generator.manifest)
        }
    }

    struct AddNotes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the archive's notes: shared ones to the store, private ones to the notebook.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            let (notes, _) = try options.open()
            let lines = try String(contentsOfFile: "\(options.archive)/notes.tsv", encoding: .utf8).split(separator: "\n")
            for line in lines {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                try notes.add(on: .item(fields[0]), text: fields[3], flags: [fields[2]],
                              visibility: fields[1] == "shared" ? .shared : .private)
            }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time the archive's queries as the UI runs them (JSON).")
        @OptionGroup var options: StoreOptions
        @Option var runs = 50

        func run() throws {
            let (notes, manifest) = try options.open()
            let bench = SearchBench(notes: notes, runs: runs)
            try printJSON(try manifest.queries.map { try bench.measure($0) })
        }
    }

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time keystroke to frame in the reviewer's UI (JSON).")
        @OptionGroup var options: StoreOptions
        @Option var width = 120
        @Option var height = 40

        func run() throws {
            let (notes, manifest) = try options.open()
            let output = NSTemporaryDirectory() + "scrutiny-bench-\(getpid()).out"
            defer { unlink(output) }
            try printJSON(try KeystrokeBench(width: width, height: height, output: output, notes: notes).scenarios(manifest))
        }
    }

    struct PDFTextRate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pdf-text",
                                                        abstract: "Time reading a PDF into paragraphs with their pages, as import does (JSON).")
        @Option var file: String
        @Option var runs = 20

        func run() throws {
            let samples = try (0..<runs).map { _ in
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try PDFPaper(path: file)
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            }
            try printJSON(Timings(samples))
        }
    }

    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The load run alone, on a store a run made (prints JSON).")
        @Option var documents = 10_000
        @Option var seed: UInt64 = 1
        @Option var work = ".build/bench"
        @Option(help: "Member processes beside the chair and the clerk.") var members = 20

        func run() throws {
            let tools = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
            let result = try LoadBench.run(store: "\(work)/store-\(documents).sqlite", archive: "\(work)/archive-\(documents)-\(seed)",
                                           work: work, tools: tools, members: members) { FileHandle.standardError.write(Data("[load] \($0)\n".utf8)) }
            try printJSON(result)
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate, import and measure at each size; print the table and write the results as JSON.")
        @Option(help: "Archive sizes, in documents (repeat).") var documents: [Int] = [10_000]
        @Option var seed: UInt64 = 1
        @Option(help: "Runs of each timed command.") var runs = 20
        @Option(help: "Where archives and stores go.") var work = ".build/bench"
        @Option var results = "bench/results.json"
        @Option(help: "The table, as Markdown.") var table = "bench/results.md"
        @Flag(help: "Only the archive sizes: no sync, no many members at once (make bench-large).") var sizesOnly = false

        func run() throws {
            let tools = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
            let sizes = try documents.map { count in
                try BenchRun(documents: count, seed: seed, work: work, tools: tools).run(runs: runs) { message in
                    FileHandle.standardError.write(Data("[\(count)] \(message)\n".utf8))
                }
            }
            let sync = try sizesOnly ? nil : SyncBench(work: work, tools: tools).run(runs: runs) { message in
                FileHandle.standardError.write(Data("[sync] \(message)\n".utf8))
            }
            let load = try sizesOnly ? nil : LoadBench.run(store: "\(work)/store-\(documents[0]).sqlite",
                                                           archive: "\(work)/archive-\(documents[0])-\(seed)", work: work, tools: tools) {
                FileHandle.standardError.write(Data("[load] \($0)\n".utf8))
            }
            let report = BenchReport(machine: .current, sizes: sizes, sync: sync, load: load)
            try FileManager.default.createDirectory(atPath: (results as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try encodeJSON(report).write(to: URL(fileURLWithPath: results))
            let markdown = report.markdown()
            try markdown.write(toFile: table, atomically: true, encoding: .utf8)
            print(markdown)
        }
    }
}
