import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// Imports files and folders: each file in its own transaction, council files first, so a
/// bad file is reported and skipped while the others go in.
struct Importer {
    struct FileResult {
        var name: String
        var format: String?
        /// "added", "replaced", "unchanged", "would import" or "failed".
        var outcome: String
        var summary: String
        var error: String?
        /// On a dry run, what was recognised: a line per meeting and item.
        var recognised: [String]? = nil
    }

    struct Report {
        var files: [FileResult] = []
        var added: Int { files.filter { $0.outcome == "added" }.count }
        var failed: Int { files.filter { $0.outcome == "failed" }.count }
    }

    let store: PapersStore?
    let context: PageContext

    /// Folders are read for `.md`, `.txt`, `.xml` and `.json` files, hidden ones skipped.
    static let extensions: Set<String> = ["md", "markdown", "txt", "xml", "json"]

    func importPaths(_ paths: [String], dryRun: Bool = false) throws -> Report {
        var files: [(String, [UInt8])] = []
        var oparlSets: [(String, [(name: String, bytes: [UInt8])])] = []
        for path in paths {
            var json: [(name: String, bytes: [UInt8])] = []
            for file in try Self.expand(path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandError("cannot read \(file)")
                }
                if file.lowercased().hasSuffix(".json") { json.append((file, [UInt8](data))) } else { files.append((file, [UInt8](data))) }
            }
            // OParl objects refer to each other across the files of a folder: they go in together.
            if !json.isEmpty { oparlSets.append((path, json)) }
        }
        files.sort { lhs, rhs in
            let (l, r) = (PaperReader.isCouncilFile(lhs.1), PaperReader.isCouncilFile(rhs.1))
            return l != r ? l : lhs.0 < rhs.0
        }
        var report = Report()
        for (name, bytes) in files {
            report.files.append(importFile(name: name, dryRun: dryRun) {
                try PaperReader.parse(name: name, bytes: bytes, context: context)
            })
        }
        for (name, set) in oparlSets {
            report.files.append(importFile(name: name, dryRun: dryRun) { try PaperReader.parseOParl(name: name, files: set) })
        }
        return report
    }

    private func importFile(name: String, dryRun: Bool, parse: () throws -> ParsedFile) -> FileResult {
        do {
            let parsed = try parse()
            let summary = parsed.bundle.summary
            guard !dryRun, let store else {
                return FileResult(name: name, format: parsed.format.rawValue, outcome: "would import", summary: summary,
                                  recognised: parsed.bundle.outline)
            }
            let outcome = try store.importBundle(parsed.bundle, name: name, format: parsed.format.rawValue,
                                                 checksum: parsed.checksum)
            switch outcome {
            case .added(let text): return FileResult(name: name, format: parsed.format.rawValue, outcome: "added", summary: text)
            case .replaced(let text): return FileResult(name: name, format: parsed.format.rawValue, outcome: "replaced", summary: text)
            case .unchanged: return FileResult(name: name, format: parsed.format.rawValue, outcome: "unchanged", summary: "")
            }
        } catch {
            return FileResult(name: name, format: nil, outcome: "failed", summary: "", error: "\(error)")
        }
    }

    /// A file stands for itself; a folder for the paper files under it, sorted.
    static func expand(_ path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandError("no file or folder at \(path)")
        }
        guard isFolder.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { throw CommandError("cannot read the folder \(path)") }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            if extensions.contains((name as NSString).pathExtension.lowercased()) && name != "README.md" {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }
}
