import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// The minutes drafted from the UI, as `scrutiny export minutes` drafts them.
enum MinutesExport {
    static let forms: [(title: String, html: Bool, includeExempt: Bool)] = [
        ("Markdown", false, false), ("HTML", true, false), ("With exempt items (confidential)", false, true),
    ]

    /// Writes "minutes-MEETING.md" (or .html; "-confidential" with the exempt items) and says where.
    static func write(meetingID: String, html: Bool, includeExempt: Bool, in folder: String, store: any PapersReading) throws -> String {
        let detail = try store.meeting(id: meetingID)
        let draft = MinutesDraft(meeting: detail, items: try detail.items.map { try store.item(id: $0.item.id) }, includeExempt: includeExempt)
        return try ExportFile.write(html ? draft.html : draft.markdown, stem: "minutes-\(meetingID)" + (includeExempt ? "-confidential" : ""),
                                    ext: html ? "html" : "md", in: folder)
    }
}
