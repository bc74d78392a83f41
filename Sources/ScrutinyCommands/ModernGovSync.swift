import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// One sync from a Modern.gov web service. Each answer is written whole to a file beside the
/// store before it is imported (in its own transaction), and recorded as fetched only once
/// imported: a run cut short leaves every meeting either in the store as it was or wholly
/// updated, and the next run carries on. A meeting fetched before and held more than 30 days
/// before that fetch is settled and not asked for again; the importer skips an answer whose
/// bytes it has seen.
struct ModernGovSync {
    let store: PapersStore
    let server: any CouncilFetching
    let base: String
    let committees: [String]
    let from: CalendarDate?
    let to: CalendarDate?
    let storePath: String
    /// No progress line (JSON asked for, or standard error is not a terminal).
    let quiet: Bool

    struct Summary: Encodable {
        var server: String
        var committees = 0
        var meetingsListed = 0
        var meetingsFetched = 0
        var meetingsSettled = 0
        var added = 0
        var replaced = 0
        var unchanged = 0
        var failed: [String] = []
        var papersFetched = 0
        var papersRead = 0
        /// Papers listed by title only, and why.
        var papersUnread: [String] = []
        var requests = 0
        var bytes = 0

        var line: String {
            "\(server): \(committees) committees, \(meetingsListed) meetings listed, \(meetingsFetched) fetched (\(meetingsSettled) settled, not asked again); "
                + counted
        }
    }

    /// "https://democracy.example.gov.uk/mgWebService.asmx/" → "https://democracy.example.gov.uk"; nil for what is not http(s).
    static func base(_ text: String) -> String? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.lowercased().hasSuffix("/mgwebservice.asmx") { trimmed.removeLast("/mgWebService.asmx".count) }
        guard let url = URL(string: trimmed), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else { return nil }
        return trimmed
    }

    func run() throws -> Summary {
        let today = Today.date()
        let first = from ?? CalendarDate(dayNumber: today.dayNumber - 365), last = to ?? CalendarDate(dayNumber: today.dayNumber + 365)
        var summary = Summary(server: base)
        let source = PapersStore.SyncSource(kind: "moderngov", url: base, committees: committees, from: from, to: to,
                                            lastRun: try store.syncSources().first { $0.kind == "moderngov" && $0.url == base }?.lastRun)
        let listed: [ModernGovIndex.Committee]
        do {
            listed = try ModernGovIndex.committees(try server.fetch(call("GetCommittees", ["lDays": "0"])), file: "GetCommittees")
        } catch {
            throw CommandError("\(error); is \(base) the council's Modern.gov address? Nothing was changed.")
        }
        let chosen = committees.isEmpty ? listed : listed.filter { committee in
            committees.contains { $0 == committee.id || committee.title.lowercased().contains($0.lowercased()) }
        }
        if chosen.isEmpty && !committees.isEmpty {
            throw CommandError("no committee of \(base) is \(committees.joined(separator: " or ")); it lists " + listed.map(\.title).joined(separator: ", "))
        }
        summary.committees = chosen.count
        // Kept at once, so that a run cut short is carried on by `scrutiny sync` alone.
        try store.remember(source)
        let folder = try cacheFolder()
        for committee in chosen {
            // One committee's list failing leaves the others to sync.
            let meetings: [ModernGovIndex.MeetingEntry]
            do {
                let answer = try server.fetch(call("GetMeetings", ["lCommitteeId": committee.id, "sFromDate": Self.day(first), "sToDate": Self.day(last)]))
                meetings = try ModernGovIndex.meetings(answer, file: "GetMeetings \(committee.title)")
            } catch let failure as FetchFailure {
                summary.failed.append("\(committee.title): \(failure.description)")
                continue
            } catch let failure as FormatError {
                summary.failed.append("\(committee.title): \(failure)")
                continue
            }
            summary.meetingsListed += meetings.count
            for meeting in meetings {
                let url = call("GetMeeting", ["lMeetingId": meeting.id])
                let before = try store.lastFetch(of: url.absoluteString)
                if let before, let day = meeting.date, day.dayNumber < before.at / 86_400 - 30 {
                    summary.meetingsSettled += 1
                    continue
                }
                progress(committee.title, meeting.id, summary)
                do {
                    let body = try server.fetch(url)
                    summary.meetingsFetched += 1
                    let checksum = FNV1a.hex(of: body)
                    // The same answer as last time, its papers read then: nothing to import.
                    guard checksum != before?.checksum else {
                        summary.unchanged += 1
                        try store.recordFetch(of: url.absoluteString, at: Int(Date().timeIntervalSince1970), checksum: checksum)
                        continue
                    }
                    try ModernGovIndex.refuseHTML(body, file: "GetMeeting \(meeting.id)")
                    let file = folder.appendingPathComponent("meeting-\(meeting.id).xml")
                    try Data(body).write(to: file, options: .atomic)
                    var parsed = try PaperReader.parse(name: file.path, bytes: body, context: PageContext(committee: committee.title, today: today))
                    let papers = try LinkedPapers(server: server, folder: folder).fill(&parsed)
                    summary.count(papers)
                    summary.count(try store.importBundle(parsed.bundle, name: parsed.name, format: parsed.format.rawValue, checksum: parsed.checksum))
                    if !papers.refused { try store.recordFetch(of: url.absoluteString, at: Int(Date().timeIntervalSince1970), checksum: checksum) }
                } catch let failure as FetchFailure {
                    summary.failed.append(failure.description)
                } catch let failure as FormatError {
                    summary.failed.append("meeting \(meeting.id): \(failure)")
                }
            }
        }
        if !quiet { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        summary.requests = server.requests
        summary.bytes = server.bytes
        var finished = source
        finished.lastRun = Int(Date().timeIntervalSince1970)
        try store.remember(finished)
        return summary
    }

    /// The progress line on a terminal: where the sync is, and what it has fetched so far.
    private func progress(_ committee: String, _ meeting: String, _ summary: Summary) {
        guard !quiet else { return }
        let line = "\(committee): meeting \(meeting); \(summary.meetingsFetched) meetings, \(summary.papersFetched) papers, \(ImportProgress.megabytes(server.bytes))"
        FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
    }

    private func call(_ method: String, _ parameters: KeyValuePairs<String, String>) -> URL {
        var parts = URLComponents(string: base + "/mgWebService.asmx/" + method)!
        parts.queryItems = parameters.map { URLQueryItem(name: $0.key, value: $0.value) }
        return parts.url!
    }

    /// The web service's dates: dd/mm/yyyy.
    static func day(_ date: CalendarDate) -> String {
        "\(date.day < 10 ? "0" : "")\(date.day)/\(date.month < 10 ? "0" : "")\(date.month)/\(date.year)"
    }

    /// The folder beside the store where answers are kept as fetched, one per server.
    private func cacheFolder() throws -> URL {
        let host = URL(string: base)?.host ?? "server"
        let folder = URL(fileURLWithPath: storePath).deletingLastPathComponent().appendingPathComponent("sync").appendingPathComponent(host)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return folder
    }
}
