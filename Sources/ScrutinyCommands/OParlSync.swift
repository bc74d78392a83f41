import Foundation
import ScrutinyFormats
import ScrutinyModel
import ScrutinyStore

/// One sync from an OParl server: the System object, its bodies, and each body's
/// organizations, people, meetings and papers, every list followed through its `links.next`
/// pages. A later sync asks each list only for what was modified since the last one finished
/// (`modified_since`). Each meeting is imported with its papers and their PDFs in one
/// transaction, read from the objects kept beside the store; a run cut short leaves every
/// meeting as it was or wholly updated, and the next run carries on from the last finished one.
struct OParlSync {
    typealias Object = [String: Any]
    let store: PapersStore
    let server: any CouncilFetching
    /// The System's address (or a Body's).
    let url: String
    let from: CalendarDate?
    let to: CalendarDate?
    let storePath: String
    let quiet: Bool

    struct Summary: Encodable {
        var server: String
        var bodies = 0
        var meetingsListed = 0
        var meetingsChanged = 0
        var papersListed = 0
        var added = 0
        var replaced = 0
        var unchanged = 0
        var failed: [String] = []
        var papersFetched = 0
        var papersRead = 0
        var papersUnread: [String] = []
        /// Whether lists were asked only for what changed since this day and time.
        var modifiedSince: String?
        var requests = 0
        var bytes = 0

        var line: String {
            "\(server): \(bodies) \(bodies == 1 ? "body" : "bodies"), \(meetingsListed) meetings and \(papersListed) papers listed"
                + (modifiedSince.map { " (modified since \($0))" } ?? "") + "; \(meetingsChanged) meetings to read; " + counted
        }
    }

    func run() throws -> Summary {
        let started = Date()
        let previous = try store.syncSources().first { $0.kind == "oparl" && $0.url == url }
        // A minute's margin for the server's clock.
        let since = previous?.lastRun.map { Self.dateTime(Date(timeIntervalSince1970: TimeInterval($0 - 60))) }
        var summary = Summary(server: url, modifiedSince: since)
        // Kept at once, so that a run cut short is carried on by `scrutiny sync` alone.
        try store.remember(PapersStore.SyncSource(kind: "oparl", url: url, committees: [], from: from, to: to, lastRun: previous?.lastRun))
        let folder = try syncFolder()
        var mirror = try OParlMirror(folder: folder)
        let lists = OParlLists(server: server)
        let first: Object
        do {
            first = try lists.object(url)
        } catch {
            throw CommandError("\(error); is \(url) the address of the council's OParl System? Nothing was changed.")
        }
        var bodies: [Object] = []
        if (first["type"] as? String)?.hasSuffix("/Body") == true || first["meeting"] != nil {
            bodies = [first]
        } else {
            try lists.all(first["body"], since: nil) { bodies.append($0) }
        }
        summary.bodies = bodies.count
        var complete = true
        for body in bodies {
            var meetings: [Object] = [], changedPapers = Set<String>()
            do {
                for key in ["organization", "person"] { complete = try lists.all(body[key], since: since) { try mirror.keep($0) } && complete }
                complete = try lists.all(body["paper"], since: since) { paper in
                    try mirror.keep(paper)
                    changedPapers.insert(paper["id"] as? String ?? "")
                    // A changed paper's files are fetched again.
                    if since != nil { papers(mirror).forget(Self.fileAddresses(paper)) }
                } && complete
                complete = try lists.all(body["meeting"], since: since) { meeting in
                    try mirror.keep(meeting)
                    meetings.append(meeting)
                } && complete
            } catch let failure as OParlLists.Failure {
                summary.failed.append(failure.description)
                complete = false
                continue
            }
            try mirror.save()
            summary.meetingsListed += meetings.count
            summary.papersListed += changedPapers.count
            // A meeting is read again when it changed, or a paper considered at it did.
            let listed = Set(meetings.compactMap { $0["id"] as? String })
            let touched = mirror.papersOfMeeting.filter { !listed.contains($0.key) && !$0.value.isDisjoint(with: changedPapers) }.keys
            let toRead = (meetings + touched.sorted().compactMap(mirror.object)).filter(inRange)
            summary.meetingsChanged += toRead.count
            for meeting in toRead {
                do {
                    try read(meeting, body: body, mirror: &mirror, lists: lists, into: &summary)
                } catch let failure as FetchFailure {
                    summary.failed.append(failure.description)
                    complete = false
                } catch let failure as OParlLists.Failure {
                    summary.failed.append(failure.description)
                    complete = false
                } catch let failure as FormatError {
                    summary.failed.append("\(meeting["id"] as? String ?? "a meeting"): \(failure)")
                }
            }
        }
        if !quiet { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        summary.requests = server.requests
        summary.bytes = server.bytes
        // The next sync asks for what changed since this one began, unless something was missed.
        try store.remember(PapersStore.SyncSource(kind: "oparl", url: url, committees: [], from: from, to: to,
                                                  lastRun: complete ? Int(started.timeIntervalSince1970) : previous?.lastRun))
        return summary
    }

    /// Reads one meeting with its papers (fetching the meeting itself when the list left its
    /// items out) and imports it whole.
    private func read(_ listed: Object, body: Object, mirror: inout OParlMirror, lists: OParlLists, into summary: inout Summary) throws {
        var meeting = listed
        if meeting["agendaItem"] == nil, let id = meeting["id"] as? String {
            meeting = try lists.object(id)
        }
        try mirror.keep(meeting)
        let id = meeting["id"] as? String ?? ""
        if !quiet {
            let line = "meeting \(summary.added + summary.replaced + summary.unchanged + 1) of \(summary.meetingsChanged); \(summary.papersFetched) papers, \(ImportProgress.megabytes(server.bytes))"
            FileHandle.standardError.write(Data("\r\(line)\u{1B}[K".utf8))
        }
        var parsed = try PaperReader.parseOParl(name: "oparl:" + id, files: try mirror.set(for: meeting, body: body),
                                                context: PageContext(today: Today.date()))
        summary.count(try papers(mirror).fill(&parsed))
        summary.count(try store.importBundle(parsed.bundle, name: parsed.name, format: parsed.format.rawValue, checksum: parsed.checksum))
    }

    private func papers(_ mirror: OParlMirror) -> LinkedPapers {
        LinkedPapers(server: server, folder: mirror.folder.appendingPathComponent("papers"))
    }

    /// The addresses of a Paper's files.
    static func fileAddresses(_ paper: Object) -> [String] {
        let main = (paper["mainFile"] as? Object).map { [$0] } ?? []
        let auxiliary = (paper["auxiliaryFile"] as? [Object]) ?? (paper["auxiliaryFile"] as? Object).map { [$0] } ?? []
        return (main + auxiliary).flatMap { [$0["accessUrl"], $0["downloadUrl"]].compactMap { $0 as? String } }
    }

    /// Whether the meeting starts within the days asked for (a meeting without a start is kept).
    private func inRange(_ meeting: Object) -> Bool {
        guard let start = (meeting["start"] as? String).flatMap({ CalendarDate(iso: $0.prefix(10)) }) else { return true }
        let today = Today.date()
        let first = from ?? CalendarDate(dayNumber: today.dayNumber - 365), last = to ?? CalendarDate(dayNumber: today.dayNumber + 365)
        return first <= start && start <= last
    }

    /// "2026-12-06T23:40:00+00:00", as OParl's filters take it.
    static func dateTime(_ date: Date) -> String {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime]
        return format.string(from: date).replacing("Z", with: "+00:00")
    }

    /// The folder beside the store where the objects and papers are kept, one per server.
    private func syncFolder() throws -> URL {
        let host = URL(string: url)?.host ?? "server"
        let folder = URL(fileURLWithPath: storePath).deletingLastPathComponent().appendingPathComponent("sync").appendingPathComponent("oparl-" + host)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("papers"), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return folder
    }
}
