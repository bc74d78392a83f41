import ScrutinyModel
import TerminalCore

/// An item laid out as lines of a page: its facts, documents with numbered paragraphs,
/// questions with the responses that answer them, and what was resolved.
enum ItemPage {
    struct Line: Equatable {
        var text: String
        var role: Theme.Role = .normal
        var indent = 0
        /// Further indent of wrapped lines, so they align after a label such as "12. ".
        var hang = 0
        /// The thing the line shows, for notes, search hits and the reader.
        var anchor: Anchor?
    }

    /// What a block of the page shows: a paragraph of a document (0 is its title), a question,
    /// a response or a resolution.
    enum Anchor: Hashable, Sendable {
        case paragraph(document: String, position: Int)
        case question(String)
        case response(String)
        case resolution(String)

        /// Where a note's target is drawn; nil for a meeting or a whole item.
        init?(_ target: NoteTarget) {
            switch target {
            case .meeting, .item: return nil
            case .paragraph(let document, let position, _): self = .paragraph(document: document, position: position)
            case .question(let id): self = .question(id)
            case .response(let id): self = .response(id)
            case .resolution(let id): self = .resolution(id)
            }
        }

        var document: String? { if case .paragraph(let document, _) = self { document } else { nil } }
        /// A document's title line, which no note is written on.
        var isTitle: Bool { if case .paragraph(_, 0) = self { true } else { false } }
    }

    /// The words a search hit matched, folded, to mark on the page it opens.
    static func marks(_ snippet: Snippet) -> Set<String> {
        let characters = Array(snippet.text)
        return Set(snippet.highlights.compactMap { range in
            guard range.lowerBound >= 0, range.upperBound <= characters.count else { return nil }
            return fold(String(characters[range]))
        })
    }

    static func fold(_ word: some StringProtocol) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Where notes are drawn on a page.
    static func anchors(of notes: [NoteListing]) -> Set<Anchor> {
        Set(notes.compactMap { Anchor($0.note.target) })
    }

    static func lines(_ detail: ItemDetail, width: Int) -> [Line] {
        var blocks: [Line] = []
        let item = detail.item
        blocks.append(Line(text: ItemView.heading(item), role: .heading))
        let when = detail.meeting.meeting.start.map { $0.date.short } ?? "date not known"
        blocks.append(Line(text: "\(detail.meeting.committeeName), \(when)", role: .muted))
        var facts: [String] = []
        if item.isExempt {
            facts.append("EXEMPT: not for publication, \(item.exemptReference)")
        }
        if item.keyDecision { facts.append("KEY DECISION") }
        if let clock = detail.callInClock { facts.append(clock.summary(today: nil, calendar: detail.callIn.calendar)) }
        for fact in facts { blocks.append(Line(text: fact, role: .badge)) }
        for (name, value) in [("Purpose", item.purpose), ("Decision maker", item.decisionMaker),
                              ("Status", item.decisionStatus), ("Portfolio", item.portfolio),
                              ("Author", item.author), ("Reference", item.reference)] {
            if let value { blocks.append(Line(text: "\(name): \(value)")) }
        }
        if !detail.declarations.isEmpty {
            blocks.append(Line(text: ""))
            blocks.append(Line(text: "Declarations of interest", role: .heading))
            for declaration in detail.declarations {
                blocks.append(Line(text: "\(declaration.person): \(declaration.summary)", indent: 2, hang: 2))
            }
        }
        if !detail.resolutions.isEmpty {
            blocks.append(Line(text: "", role: .normal))
            blocks.append(Line(text: "Resolved", role: .heading))
            for resolution in detail.resolutions {
                let label = resolution.label.isEmpty ? "" : resolution.label + " "
                let anchor = Anchor.resolution(resolution.id)
                blocks.append(Line(text: label + resolution.text, indent: 2, hang: TextWidth.of(label), anchor: anchor))
                blocks.append(Line(text: resolution.outcomeSummary, role: .muted, indent: 2 + TextWidth.of(label), anchor: anchor))
                for made in detail.recommendations where made.resolutionID == resolution.id {
                    blocks.append(Line(text: "→ " + made.marker, role: .muted, indent: 2 + TextWidth.of(label), hang: 2, anchor: anchor))
                }
            }
        }
        let byHand = detail.recommendations.filter { made in !detail.resolutions.contains { $0.id == made.resolutionID } }
        if !byHand.isEmpty {
            blocks.append(Line(text: ""))
            blocks.append(Line(text: "Recommendations", role: .heading))
            for made in byHand { blocks.append(Line(text: "→ " + made.marker + ": " + made.text, indent: 2, hang: 2)) }
        }
        if !detail.actions.isEmpty {
            blocks.append(Line(text: ""))
            blocks.append(Line(text: "Actions", role: .heading))
            for action in detail.actions {
                blocks.append(Line(text: "• \(action.text)", indent: 2, hang: 2))
                blocks.append(Line(text: "\(action.ownerAndDue) — \(action.status == .done ? "done" : "open")", role: .muted, indent: 4))
            }
        }
        if !detail.questions.isEmpty || !detail.responses.isEmpty {
            blocks.append(Line(text: ""))
            blocks.append(Line(text: "Questions and responses", role: .heading))
            for entry in Exchange.pair(questions: detail.questions, responses: detail.responses) {
                switch entry {
                case .question(let question):
                    let label = "Q\(question.position) "
                    blocks.append(Line(text: label + "\(question.speaker ?? "Member"): \(question.text)", indent: 2,
                                       hang: TextWidth.of(label), anchor: .question(question.id)))
                case .response(let response, let answers):
                    let also = Exchange.answering(answers).map { " (\($0))" } ?? ""
                    blocks.append(Line(text: "↳ \(response.speaker ?? "Officer")\(also): \(response.text)", role: .muted, indent: 4, hang: 2,
                                       anchor: .response(response.id)))
                case .answeredAbove(let response, let first):
                    blocks.append(Line(text: "↳ Answered with Q\(first) above, by \(response.speaker ?? "an officer").", role: .muted,
                                       indent: 4, hang: 2))
                }
            }
        }
        for document in detail.documents {
            blocks.append(Line(text: ""))
            blocks += documentBlocks(document)
        }
        return blocks.flatMap { wrap($0, width: width) }
    }

    /// A document's title and numbered paragraphs, each line anchored to its paragraph
    /// (the title to position 0), so the page knows which document a line belongs to; a paper
    /// with pages marks where each begins.
    static func documentBlocks(_ document: Document) -> [Line] {
        var blocks = [Line(text: document.title + (document.exempt ? "  [EXEMPT]" : ""), role: .heading,
                           anchor: .paragraph(document: document.id, position: 0))]
        var page: Int?
        for (offset, paragraph) in document.paragraphs.enumerated() {
            let anchor = Anchor.paragraph(document: document.id, position: offset + 1)
            if let start = paragraph.page, start != page {
                // The printed paper's page breaks, so that "p. 12, ¶41" is found in the PDF too.
                blocks.append(Line(text: "── p. \(start) ──", role: .muted, indent: 2))
                page = start
            }
            switch paragraph.kind {
            case .heading:
                blocks.append(Line(text: ""))
                blocks.append(Line(text: paragraph.text, role: .heading, indent: 2, anchor: anchor))
            case .text, .list:
                let label = "\(paragraph.number ?? 0). "
                blocks.append(Line(text: label + paragraph.text, indent: 2, hang: TextWidth.of(label), anchor: anchor))
            }
        }
        return blocks
    }

    /// A document laid out on its own, for the reader.
    static func lines(_ document: Document, width: Int) -> [Line] {
        documentBlocks(document).flatMap { wrap($0, width: width) }
    }

    /// The document a line of the page belongs to: the nearest anchored line at or above it,
    /// else the first document below it (the window shows the item's facts above its papers).
    static func document(at line: Int, in lines: [Line]) -> String? {
        guard !lines.isEmpty else { return nil }
        let start = min(max(0, line), lines.count - 1)
        let upward = stride(from: start, through: 0, by: -1)
        let downward = stride(from: start, to: lines.count, by: 1)
        for index in Array(upward) + Array(downward) {
            if let document = lines[index].anchor?.document { return document }
        }
        return nil
    }

    /// A block's lines at `width`: its own line breaks kept, and each of its lines wrapped — the
    /// first from the label, what it wraps to and the later lines hung under the text, each of
    /// those keeping its own indentation.
    private static func wrap(_ line: Line, width: Int) -> [Line] {
        let first = max(10, width - 2 - line.indent)
        var result: [Line] = []
        for (index, hard) in line.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let own = index == 0 ? 0 : hard.prefix { $0 == " " }.count
            let hang = line.hang + own
            var pieces = TextWrap.lines(String(hard.dropFirst(own)), width: max(10, first - (index == 0 ? 0 : hang)))
            if index == 0, pieces.count > 1 {
                pieces = [pieces[0]] + TextWrap.lines(pieces.dropFirst().joined(separator: " "), width: max(10, first - hang))
            }
            for (number, piece) in pieces.enumerated() {
                let indent = index == 0 && number == 0 ? line.indent : line.indent + hang
                result.append(Line(text: piece, role: line.role, indent: indent, anchor: line.anchor))
            }
        }
        return result
    }
}
