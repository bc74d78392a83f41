import Foundation
import ScrutinyFormats
import ScrutinyModel
import TestSupport

/// The sync rate — `scrutiny sync moderngov` against a stand-in council on loopback serving
/// meetings whose items link PDF papers — and the PDF text rate: reading a long PDF into
/// paragraphs with their pages beside `pdftotext` alone on the same file.
struct SyncBench {
    struct Result: Encodable {
        var meetings: Int
        var papers: Int
        var pagesPerPaper: Int
        var bytes: Int
        var syncSeconds: Double
        /// Meetings with their papers, fetched and imported, each second.
        var papersPerSecond: Double
        var meetingsPerSecond: Double
        var megabytesPerSecond: Double
        /// The same sync again, nothing changed on the server.
        var againSeconds: Double
        var pdfPages: Int
        var pdfText: BenchRun.Compared
        var pdfPagesPerSecond: Double
        var pdftotextPagesPerSecond: Double
        var syncPeakKiB: Int
    }

    let work: String
    let tools: String
    var meetings = 40
    var papersPerMeeting = 3
    var pagesPerPaper = 12
    var longPDFPages = 300

    func run(runs: Int, log: (String) -> Void) throws -> Result {
        let folder = "\(work)/sync-council"
        try? FileManager.default.removeItem(atPath: folder)
        let council = try StandInCouncil(folder: folder)
        var random = SeededRandom(state: 7)
        let words = CouncilWords(tail: 2000, random: &random)
        log("sync: \(meetings) meetings of \(papersPerMeeting) PDF papers of \(pagesPerPaper) pages on a stand-in council")
        council.write("committees.xml", Self.committees)
        council.write("meetings-1.xml", Self.meetingList(count: meetings))
        for meeting in 0..<meetings {
            council.write("meeting-\(5000 + meeting).xml", Self.meeting(5000 + meeting, papers: papersPerMeeting))
            for paper in 0..<papersPerMeeting {
                let pages = (0..<pagesPerPaper).map { _ in Self.page(words, &random) }
                council.write("paper-\((5000 + meeting) * 10 + paper).pdf", Data(PDFMaker.make(pages: pages)))
            }
        }
        let store = "\(work)/sync-store.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        try? FileManager.default.removeItem(atPath: "\(work)/sync")
        let sync = ["\(tools)/scrutiny", "sync", "moderngov", council.address, "--pause", "0", "--store", store, "--json",
                    "--from", "2026-01-01", "--to", "2027-12-31"]
        let first = try ChildProcess.succeeding(sync)
        let summary = try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any]
        let server = (summary?["servers"] as? [[String: Any]])?.first ?? [:]
        guard server["papers_read"] as? Int == meetings * papersPerMeeting else {
            throw ChildProcess.Failure(description: "the sync read \(server["papers_read"] ?? "no") papers: \(first.output.prefix(800))")
        }
        let again = try ChildProcess.succeeding(sync)
        let seconds = first.milliseconds / 1000, bytes = server["bytes"] as? Int ?? 0

        log("PDF text: a paper of \(longPDFPages) pages, and pdftotext alone")
        let long = "\(work)/long-paper.pdf"
        PDFMaker.write(long, pages: (0..<longPDFPages).map { _ in Self.page(words, &random) })
        let ours = try ChildProcess.succeeding(["\(tools)/scrutiny-bench", "pdf-text", "--file", long, "--runs", "\(runs)"])
        let oursTimings = try decodeJSON(Timings.self, from: Data(ours.output.utf8))
        let theirs = try (0..<runs).map { _ in try ChildProcess.run(["pdftotext", "-q", "-enc", "UTF-8", long, "/dev/null"]) }
        let theirTimings = Timings(theirs.map(\.milliseconds))
        return Result(meetings: meetings, papers: meetings * papersPerMeeting, pagesPerPaper: pagesPerPaper, bytes: bytes,
                      syncSeconds: seconds, papersPerSecond: Double(meetings * papersPerMeeting) / seconds,
                      meetingsPerSecond: Double(meetings) / seconds, megabytesPerSecond: Double(bytes) / 1_048_576 / seconds,
                      againSeconds: again.milliseconds / 1000, pdfPages: longPDFPages,
                      pdfText: BenchRun.Compared(name: "PDF text, \(longPDFPages) pages to paragraphs with their pages", ours: oursTimings,
                                                 baseline: "pdftotext alone, same file", theirs: theirTimings),
                      pdfPagesPerSecond: Double(longPDFPages) / (oursTimings.p50 / 1000),
                      pdftotextPagesPerSecond: Double(longPDFPages) / (theirTimings.p50 / 1000), syncPeakKiB: first.peakKiB)
    }

    /// A page of a report: a heading now and then, paragraphs wrapped at about 90 characters.
    static func page(_ words: CouncilWords, _ random: inout SeededRandom) -> [String]? {
        var lines: [String] = []
        while lines.count < 40 {
            if random.chance(0.2) { lines += ["\(random.between(1...12)). " + words.sentence(&random).split(separator: " ").prefix(4).joined(separator: " ")] }
            var line = ""
            for word in words.paragraph(&random).split(separator: " ") {
                if line.count + word.count > 90 {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines += [line, ""]
        }
        return lines
    }

    static let committees = """
        <?xml version="1.0" encoding="utf-8"?>
        <committees>
          <committee><committeeid>1</committeeid><committeetitle>Overview and Scrutiny Committee</committeetitle><committeedeleted>False</committeedeleted></committee>
        </committees>
        """

    static func meetingList(count: Int) -> String {
        let meetings = (0..<count).map { index in
            "      <meeting><meetingid>\(5000 + index)</meetingid><meetingdate>\(day(index))</meetingdate><meetingstatus>Confirmed</meetingstatus></meeting>"
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <getmeetings>
              <committee>
                <committeeid>1</committeeid>
                <committeetitle>Overview and Scrutiny Committee</committeetitle>
                <committeemeetings>
            \(meetings.joined(separator: "\n"))
                </committeemeetings>
              </committee>
            </getmeetings>
            """
    }

    /// Meetings a week apart through 2026 and 2027, as the web service writes days.
    static func day(_ index: Int) -> String {
        let date = CalendarDate(dayNumber: CalendarDate(year: 2026, month: 1, day: 6)!.dayNumber + 7 * index)
        return String(format: "%02d/%02d/%04d", date.day, date.month, date.year)
    }

    static func meeting(_ id: Int, papers: Int) -> String {
        let items = (0..<papers).map { paper in
            """
                <agendaitem>
                  <agendaitemid>\(id * 10 + paper)</agendaitemid>
                  <agendaitemtitle>Report \(paper + 1) of meeting \(id)</agendaitemtitle>
                  <agendatext>&lt;p&gt;To consider the report.&lt;/p&gt;</agendatext>
                  <fulldisplaynumberformat>\(paper + 4).</fulldisplaynumberformat>
                  <isrestricted>False</isrestricted>
                  <linkeddocuments>
                    <linkeddoc>
                      <attachmentid>\(id * 10 + paper)</attachmentid>
                      <title>Report of the Director, part \(paper + 1)</title>
                      <isurl>False</isurl>
                      <url>{server}/mgConvert2PDF.aspx?ID=\(id * 10 + paper)</url>
                      <isrestricted>False</isrestricted>
                      <publicationdate>\(day(id - 5000))</publicationdate>
                    </linkeddoc>
                  </linkeddocuments>
                </agendaitem>
            """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <meeting>
              <meetingid>\(id)</meetingid>
              <meetingdate>\(day(id - 5000))</meetingdate>
              <meetingstatus>Confirmed</meetingstatus>
              <meetingtime>6.30 pm</meetingtime>
              <meetinglocation>Council Chamber</meetinglocation>
              <agendaitems>
            \(items.joined(separator: "\n"))
              </agendaitems>
            </meeting>
            """
    }
}
