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
        try ExportFile.write(try report.text(format, flagNames: flagNames), stem: "concerns-\(Slug.make(report.member))-\(report.date.iso)",
                             ext: format.rawValue, in: folder)
    }
}
