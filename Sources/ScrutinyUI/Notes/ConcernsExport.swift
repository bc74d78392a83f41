import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// The concerns report written from the UI, in the same formats as `notes export`: to a new
/// file, readable by the member alone, in the folder Scrutiny was started in.
enum ConcernsExport {
    /// Writes the report and says where: "concerns-cllr-priya-shah-2026-11-22.md", or "-2", "-3" …
    /// beside one that exists, which is never replaced.
    static func write(_ report: ConcernsReport, as format: ConcernsReport.Format, flagNames: [String: String],
                      in folder: String) throws -> String {
        let data = Data(try report.text(format, flagNames: flagNames).utf8)
        let stem = "\(folder)/concerns-\(Slug.make(report.member))-\(report.date.iso)"
        for attempt in 1...1_000 {
            let path = stem + (attempt == 1 ? "" : "-\(attempt)") + "." + format.rawValue
            guard !FileManager.default.fileExists(atPath: path) else { continue }
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError("cannot write \(path): the folder is not writable or the disk is full", kind: .failed)
            }
            return path
        }
        throw StoreError("cannot write a concerns report in \(folder): it holds a thousand already", kind: .failed)
    }
}
