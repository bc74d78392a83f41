import Foundation
import ScrutinyModel

/// Writes a set of files as a new folder, all or nothing: the files go into a hidden folder
/// beside the destination, which is renamed into place once every file is written. An
/// existing destination must be empty, so that nothing already there is overwritten.
struct FolderWriter {
    let destination: String
    /// 0o700/0o600 for papers that include exempt material; 0o755/0o644 for public ones.
    let privateFiles: Bool

    func write(_ files: [(path: String, text: String)]) throws {
        // Two files on one path (or on paths one disk or another takes for the same) would leave one.
        var seen = Set<String>()
        for file in files where !seen.insert(file.path.lowercased()).inserted {
            throw CommandError("two files of the export would both be \(file.path); nothing was written")
        }
        let manager = FileManager.default
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isFolder) {
            guard isFolder.boolValue, (try? manager.contentsOfDirectory(atPath: target.path))?.isEmpty == true else {
                throw CommandError("\(destination) already exists and is not an empty folder; choose a new folder for the export")
            }
        }
        let parent = target.deletingLastPathComponent()
        guard manager.fileExists(atPath: parent.path) else { throw CommandError("no folder at \(parent.path)") }
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(getpid())")
        let folderMode = privateFiles ? 0o700 : 0o755
        let fileMode = privateFiles ? 0o600 : 0o644
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false,
                                        attributes: [.posixPermissions: folderMode])
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: folderMode])
                guard manager.createFile(atPath: url.path, contents: Data(file.text.withoutControls.utf8),
                                         attributes: [.posixPermissions: fileMode]) else {
                    throw CommandError("cannot write \(file.path): permission denied or disk full")
                }
            }
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.removeItem(at: staging)
            if let error = error as? CommandError { throw error }
            throw CommandError("cannot write the export to \(destination): \(error.localizedDescription)")
        }
    }
}
