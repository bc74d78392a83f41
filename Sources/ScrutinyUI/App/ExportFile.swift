import Foundation
import ScrutinyStore

/// A file written out from the UI (a concerns report, a minutes draft): always a new one,
/// readable by its owner alone, in the folder given.
enum ExportFile {
    /// Writes `text` to "STEM.EXT", or "STEM-2.EXT", "STEM-3.EXT" … beside one that exists,
    /// which is never replaced; answers the path.
    static func write(_ text: String, stem: String, ext: String, in folder: String) throws -> String {
        let data = Data(text.utf8)
        for attempt in 1...1_000 {
            let path = "\(folder)/\(stem)" + (attempt == 1 ? "" : "-\(attempt)") + "." + ext
            guard !FileManager.default.fileExists(atPath: path) else { continue }
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError("cannot write \(path): the folder is not writable or the disk is full", kind: .failed)
            }
            return path
        }
        throw StoreError("cannot write \(stem).\(ext) in \(folder): it holds a thousand of them already", kind: .failed)
    }
}
