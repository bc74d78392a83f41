import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// Imports files and folders, council files first: each file goes in whole or not at all, so a
/// bad file is reported and skipped while the others go in.
struct Importer {
    struct FileResult {
        var name: String
        var format: String? = nil
        /// "added", "replaced", "unchanged", "would import" or "failed".
        var outcome: String
        var summary = ""
        var error: String? = nil
        /// On a dry run, what was recognised: a line per meeting and item.
        var recognised: [String]? = nil
        /// What the reader says of the file: its encoding, text that looked like structure, guesses.
        var notes: [String] = []
        /// Documents read, for the progress line.
        var documents = 0
    }

    /// How many files went in and failed: each file's result goes to `onResult` as it comes,
    /// not held for the end (an archive's import is hundreds of thousands of files).
    struct Report {
        var added = 0
        var failed = 0
    }

    let store: PapersStore?
    let context: PageContext
    /// The line shown on a terminal as files go in, or nil.
    var progress: ((_ files: Int) -> ImportProgress?)? = nil
    /// Given each file's result once it is in (its batch committed) or has failed, in order.
    var onResult: (FileResult) -> Void = { _ in }

    /// Folders are read for `.md`, `.txt`, `.xml`, `.json`, `.html` and `.pdf` files, hidden ones skipped.
    static let extensions: Set<String> = ["md", "markdown", "txt", "xml", "json", "html", "htm", "pdf"]

    /// A file (or OParl set) to import, read only when its turn comes: for each of an archive's
    /// hundreds of thousands of files, no more than its folder (one string shared by the folder's
    /// files) and its own name (short enough to be held inline) until then.
    private struct Unit: Sendable {
        var folder: String?
        var file: String
        /// Its files' size in bytes, for the progress line.
        var size: Int
        /// The JSON files of an OParl set, which go in together; nil for a file.
        var oparlFiles: [String]? = nil

        /// The file `file` in `folder` (nil: `file` is the path as given).
        init(folder: String?, file: String, oparlFiles: [String]? = nil) {
            (self.folder, self.file, self.oparlFiles, size) = (folder, file, oparlFiles, 0)
            size = oparlFiles.map { $0.map(Importer.size).reduce(0, +) } ?? Importer.size(of: name)
        }

        /// The path as it was found, which names the file in the store and in what is said.
        var name: String { folder.map { ($0 as NSString).appendingPathComponent(file) } ?? file }

        func parse(_ context: PageContext) throws -> ParsedFile {
            if let oparlFiles {
                return try PaperReader.parseOParl(name: name, files: try oparlFiles.map { ($0, try Importer.read($0)) }, context: context)
            }
            // A PDF is read by pdftotext from the file, never whole into memory.
            if PDFText.isPDF(Importer.opening(of: name)) { return try PaperReader.parsePDF(path: name, name: name, context: context) }
            return try PaperReader.parse(name: name, bytes: try Importer.read(name), context: context)
        }
    }

    /// Files go in batches of this many, one commit a batch, or of as many as take this long to
    /// write: briefly while a member has the store open on a screen, so their writes wait a
    /// moment at most, else longer, as SQLite builds the full-text index faster in large
    /// transactions (a second's batches import a third faster than 50 ms ones).
    static let batchSize = 256
    static func batchSeconds(othersInSession: Bool) -> Double { othersInSession ? 0.05 : 1.0 }

    func importPaths(_ paths: [String], dryRun: Bool = false) throws -> Report {
        var files: [Unit] = []
        var oparlSets: [Unit] = []
        for path in paths {
            let expanded = try Self.expand(path)
            let isJSON = expanded.map { $0.file.lowercased().hasSuffix(".json") }
            files += zip(expanded, isJSON).filter { !$0.1 }.map(\.0)
            // OParl objects refer to each other across the files of a folder: they go in together.
            let json = zip(expanded, isJSON).filter(\.1).map(\.0.name).sorted()
            if !json.isEmpty { oparlSets.append(Unit(folder: nil, file: path, oparlFiles: json)) }
        }
        // In the order of their paths (a folder's files compared by name alone), council files
        // first, so the committees a meeting names are there.
        files.sort { $0.folder == $1.folder ? $0.file < $1.file : $0.name < $1.name }
        let isCouncil = files.map { PaperReader.isCouncilFile(Self.opening(of: $0.name)) }
        let units = zip(files, isCouncil).filter(\.1).map(\.0) + zip(files, isCouncil).filter { !$0.1 }.map(\.0) + oparlSets
        files = []
        let context = context
        let progress = progress?(units.count)
        defer { progress?.finish() }
        let indexing = !dryRun && store != nil
        let ahead = ReadAhead(sizes: units.map(\.size)) { index in
            let parsed = Result { try units[index].parse(context) }
            let texts = indexing ? ((try? parsed.get()).map { SearchTexts($0.bundle) } ?? SearchTexts()) : SearchTexts()
            return Read(unit: units[index], parsed: parsed, texts: texts)
        }
        defer { ahead.stop() }
        var report = Report()
        func record(_ results: [FileResult]) {
            for result in results {
                report.added += result.outcome == "added" ? 1 : 0
                report.failed += result.outcome == "failed" ? 1 : 0
                progress.map { $0.above { onResult(result) } } ?? onResult(result)
            }
        }
        guard !dryRun, let store else {
            while let read = ahead.next() { record([try result(of: read, progress: progress, write: nil)]) }
            return report
        }
        var checkpointed = Date()
        while ahead.waitUntilFull() {
            // What is read goes in together, one commit for up to batchSize files or a batch's
            // seconds of writing: the lock is held only to write, and other writers (the chair,
            // members' notes) wait at most that long for their turn.
            let began = Date(), seconds = Self.batchSeconds(othersInSession: store.othersInSession)
            // The files of the batch, to be read again should the batch be undone: a batch's
            // papers are not all held in memory.
            var batch: [Unit] = []
            do {
                record(try store.importing { writer in
                    var results: [FileResult] = []
                    while batch.count < Self.batchSize && Date().timeIntervalSince(began) < seconds,
                          let read = batch.isEmpty ? ahead.next() : ahead.poll() {
                        batch.append(read.unit)
                        results.append(try result(of: read, progress: progress) {
                            try writer.importBundle($0.bundle, name: read.unit.name, format: $0.format.rawValue, checksum: $0.checksum, texts: read.texts)
                        })
                    }
                    return results
                })
            } catch {
                // A file was refused and the batch undone: its files go in one at a time, each whole or not at all.
                record(batch.map { unit in
                    let read = Read(unit: unit, parsed: Result { try unit.parse(context) }, texts: SearchTexts())
                    do {
                        return try result(of: read, progress: nil) {
                            try store.importBundle($0.bundle, name: read.unit.name, format: $0.format.rawValue, checksum: $0.checksum, texts: read.texts)
                        }
                    } catch {
                        return FileResult(name: read.unit.name, outcome: "failed", error: "\(error)")
                    }
                })
            }
            // The log copied into the store about once a second, and at the end.
            if Date().timeIntervalSince(checkpointed) >= 1 || !ahead.hasMore {
                store.checkpointAfterBatch()
                checkpointed = Date()
            }
            // A batch cut short by time may have kept others waiting: they look for the lock every
            // 2 ms, so it is left free a little longer than that before the next batch.
            if Date().timeIntervalSince(began) >= seconds { Thread.sleep(forTimeInterval: 0.005) }
        }
        return report
    }

    static func read(_ file: String) throws -> [UInt8] {
        // A file too large to be a paper is not read into memory to find that out.
        try PaperReader.refuseIfTooLarge(name: file, size: size(of: file))
        guard let data = FileManager.default.contents(atPath: file) else { throw CommandError("cannot read \(file)") }
        return [UInt8](data)
    }

    /// A file's size in bytes (0 if it cannot be read): `stat` alone, where Foundation's
    /// attributes would also look up its owner and group in the account databases.
    static func size(of file: String) -> Int {
        var info = stat()
        return stat(file, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The first bytes of a file, enough for its front matter.
    static func opening(of file: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: file) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
    }

    /// A file as read: its papers, or why they could not be read.
    private struct Read: Sendable {
        var unit: Unit
        var parsed: Result<ParsedFile, any Error>
        /// What it puts in the search index, worked out on the reading thread.
        var texts: SearchTexts
    }

    /// Gives a read file's papers to `write` (nil on a dry run). A file that could not be read or
    /// parsed is a failed result; what `write` throws is passed on.
    private func result(of read: Read, progress: ImportProgress?, write: ((ParsedFile) throws -> ImportOutcome)?) throws -> FileResult {
        progress?.reading(read.unit.name, bytes: read.unit.size)
        let result = try outcome(of: read, write)
        progress?.done(read.unit.name, bytes: read.unit.size, documents: result.documents)
        return result
    }

    private func outcome(of read: Read, _ write: ((ParsedFile) throws -> ImportOutcome)?) throws -> FileResult {
        let unit = read.unit
        let parsed: ParsedFile
        switch read.parsed {
        case .success(let file): parsed = file
        case .failure(let error): return FileResult(name: unit.name, outcome: "failed", error: "\(error)")
        }
        let format = parsed.format.rawValue
        let documents = parsed.bundle.documents.count
        guard let write else {
            return FileResult(name: unit.name, format: format, outcome: "would import", summary: parsed.bundle.summary,
                              recognised: parsed.bundle.outline, notes: parsed.notes, documents: documents)
        }
        switch try write(parsed) {
        case .added(let text):
            return FileResult(name: unit.name, format: format, outcome: "added", summary: text, notes: parsed.notes, documents: documents)
        case .replaced(let text):
            return FileResult(name: unit.name, format: format, outcome: "replaced", summary: text, notes: parsed.notes, documents: documents)
        case .unchanged: return FileResult(name: unit.name, format: format, outcome: "unchanged")
        }
    }

    /// A file stands for itself; a folder for the paper files under it, each held as its folder
    /// (one path shared by the folder's files) and its name: an archive's hundred thousand paths
    /// whole would take more memory than the rest of its import.
    private static func expand(_ path: String) throws -> [Unit] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandError("no file or folder at \(path)")
        }
        guard isFolder.boolValue else { return [Unit(folder: nil, file: path)] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { throw CommandError("cannot read the folder \(path)") }
        var files: [Unit] = [], folders: [String: String] = [:]
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) && name != "README.md" else { continue }
            let within = (relative as NSString).deletingLastPathComponent
            let folder = folders[within] ?? (within.isEmpty ? path : (path as NSString).appendingPathComponent(within))
            folders[within] = folder
            files.append(Unit(folder: folder, file: name))
        }
        return files
    }
}
