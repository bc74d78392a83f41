import Foundation
import ScrutinyModel

extension PaperReader {
    /// A PDF paper. One that reads as a council report or decision record is placed by its own
    /// fields, as the same text copied from the page would be; another goes to the committee
    /// and meeting day the member gives. Either way the document is the whole PDF, each
    /// paragraph with its page.
    public static func parsePDF(path: String, name: String, context: PageContext = PageContext()) throws -> ParsedFile {
        let paper = try PDFPaper(path: path, name: name)
        var notes = ["\(paper.pages) page\(paper.pages == 1 ? "" : "s") of PDF: each paragraph cites its page (p. 2, ¶5)"]
        let source = SourceText(file: name, text: paper.text)
        var bundle: PaperBundle
        if ModernGovPageReader.recognises(source),
           let read = try? ModernGovPageReader.read(source, context: context, fallbackTitle: fallbackTitle(name), notes: &notes),
           let main = read.documents.firstIndex(where: { !$0.paragraphs.isEmpty }) {
            bundle = read
            bundle.documents[main].paragraphs = paper.paragraphs
        } else if let committee = context.committee, let date = context.date {
            let title = context.title ?? paper.paragraphs.first { $0.kind == .heading }?.text ?? fallbackTitle(name)
            bundle = placed(paper, title: title, committee: committee, date: date, today: context.today, source: name)
        } else {
            throw FormatError(file: name, line: nil, "a PDF whose text does not say which committee and meeting it is for: give them, as in scrutiny import \(name) --committee NAME --date YYYY-MM-DD [--title TITLE]")
        }
        return ParsedFile(name: name, format: .pdf, checksum: try checksum(ofFile: path), bundle: bundle, notes: notes)
    }

    /// The paper as the one item of its committee's meeting on `date`.
    private static func placed(_ paper: PDFPaper, title: String, committee name: String, date: CalendarDate,
                               today: CalendarDate?, source: String) -> PaperBundle {
        let committee = Committee(id: Slug.make(name), name: name, kind: ModernGovPageReader.kind(of: name))
        let meeting = Meeting(id: "\(committee.id)-\(date.iso)", committeeID: committee.id, start: MeetingTime(date: date),
                              status: today.map { date < $0 } == true ? .held : .scheduled)
        let item = AgendaItem(id: "\(meeting.id)-\(Slug.make(title))", meetingID: meeting.id, number: "", position: 1, title: title)
        let kind = ModernGovPageReader.documentKind(title)
        var bundle = PaperBundle()
        bundle.committees = [committee]
        bundle.meetings = [meeting]
        bundle.items = [item]
        bundle.documents = [Document(id: "\(item.id)-\(kind.rawValue)", itemID: item.id, kind: kind, title: title,
                                     source: source, paragraphs: paper.paragraphs)]
        return bundle
    }

    /// The checksum of a file's bytes, read a piece at a time.
    static func checksum(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw FormatError(file: path, line: nil, "cannot be read") }
        defer { try? handle.close() }
        var hash = FNV1a()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            for byte in chunk { hash.add(byte) }
        }
        return hash.hex
    }
}
