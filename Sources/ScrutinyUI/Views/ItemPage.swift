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
        /// What a search hit can jump to: "document-id#3" for the third block of a document.
        var anchor: String?
    }

    static func anchor(document: String, position: Int) -> String { "\(document)#\(position)" }

    /// Where notes are drawn on a page: "document#position", "question:ID", … .
    static func anchors(of notes: [NoteListing]) -> Set<String> {
        Set(notes.compactMap { anchor(for: $0.note.target) })
    }

    /// The anchor of the lines a note's target is drawn on; nil for a meeting or a whole item.
    static func anchor(for target: NoteTarget) -> String? {
        switch target {
        case .meeting, .item: nil
        case .paragraph(let document, let position, _): anchor(document: document, position: position)
        case .question(let id), .response(let id), .resolution(let id): "\(target.kind):\(id)"
        }
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
        switch item.callIn {
        case .none: break
        case .subject(let expires): facts.append("Subject to call-in\(expires.map { " until \($0.short)" } ?? "")")
        case .calledIn: facts.append("CALLED IN: implementation suspended")
        }
        for fact in facts { blocks.append(Line(text: fact, role: .badge)) }
        for (name, value) in [("Purpose", item.purpose), ("Decision maker", item.decisionMaker),
                              ("Status", item.decisionStatus), ("Portfolio", item.portfolio),
                              ("Author", item.author), ("Reference", item.reference)] {
            if let value { blocks.append(Line(text: "\(name): \(value)")) }
        }
        if !detail.resolutions.isEmpty {
            blocks.append(Line(text: "", role: .normal))
            blocks.append(Line(text: "Resolved", role: .heading))
            for resolution in detail.resolutions {
                let label = resolution.label.isEmpty ? "" : resolution.label + " "
                let anchor = anchor(for: .resolution(resolution.id))
                blocks.append(Line(text: label + resolution.text, indent: 2, hang: TextWidth.of(label), anchor: anchor))
                blocks.append(Line(text: resolution.outcomeSummary, role: .muted, indent: 2 + TextWidth.of(label), anchor: anchor))
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
                                       hang: TextWidth.of(label), anchor: anchor(for: .question(question.id))))
                case .response(let response):
                    blocks.append(Line(text: "↳ \(response.speaker ?? "Officer"): \(response.text)", role: .muted, indent: 4, hang: 2,
                                       anchor: anchor(for: .response(response.id))))
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
    /// (the title to position 0), so the page knows which document a line belongs to.
    static func documentBlocks(_ document: Document) -> [Line] {
        var blocks = [Line(text: document.title + (document.exempt ? "  [EXEMPT]" : ""), role: .heading,
                           anchor: anchor(document: document.id, position: 0))]
        for (offset, paragraph) in document.paragraphs.enumerated() {
            let anchor = anchor(document: document.id, position: offset + 1)
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
            if let anchor = lines[index].anchor, let hash = anchor.lastIndex(of: "#") {
                return String(anchor[..<hash])
            }
        }
        return nil
    }

    private static func wrap(_ line: Line, width: Int) -> [Line] {
        let first = max(10, width - 2 - line.indent)
        let lines = TextWrap.lines(line.text, width: first)
        let head = Line(text: lines[0], role: line.role, indent: line.indent, anchor: line.anchor)
        guard lines.count > 1 else { return [head] }
        let rest = TextWrap.lines(lines.dropFirst().joined(separator: " "), width: max(10, first - line.hang))
        return [head]
            + rest.map { Line(text: $0, role: line.role, indent: line.indent + line.hang, anchor: line.anchor) }
    }
}

enum ItemView {
    /// "5. Customer Access Strategy 2027–2030".
    static func heading(_ item: AgendaItem) -> String {
        item.number.isEmpty ? item.title : "\(item.number). \(item.title)"
    }

    /// Columns of the notes pane beside an item's page: a third of the width, none below 100.
    static func paneWidth(_ state: AppState) -> Int { state.width >= 100 ? max(34, state.width / 3) : 0 }

    /// Columns of the item's page: what the notes pane and its rule leave.
    static func pageWidth(_ state: AppState) -> Int {
        paneWidth(state) > 0 ? state.width - paneWidth(state) - 1 : state.width
    }

    /// The item screen: its page with the notes beside it, or on a narrow terminal one of the two.
    static func renderScreen(_ state: AppState, _ screen: ItemScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        let paneWidth = paneWidth(state)
        guard paneWidth > 0 else {
            if screen.notesPane.focused {
                NotesPaneView.render(state, screen.notesPane, in: area, into: &buffer)
            } else {
                render(state, screen, in: area, into: &buffer)
            }
            return
        }
        let (page, rest) = area.splitLeft(area.width - paneWidth - 1)
        render(state, screen, in: page, into: &buffer)
        let (rule, pane) = rest.splitLeft(1)
        for y in rule.y..<rule.maxY {
            buffer.put(y == rule.y && screen.notesPane.focused ? "┃" : "│", x: rule.x, y: y, style: state.theme[.muted])
        }
        NotesPaneView.render(state, screen.notesPane, in: pane, into: &buffer)
    }

    static func render(_ state: AppState, _ screen: ItemScreen, in area: Rect, into buffer: inout ScreenBuffer) {
        guard screen.detail != nil else {
            buffer.put("Loading item…", x: area.x + 1, y: area.y, style: state.theme[.muted])
            return
        }
        drawLines(screen.lines(width: area.width), from: screen.pager.top, marks: screen.notesPane.anchors,
                  state: state, in: area, into: &buffer)
    }

    /// Draws page lines from `top`, with a ✎ in the margin of the first line of each block
    /// that has a note.
    static func drawLines(_ lines: [ItemPage.Line], from top: Int, marks: Set<String>, state: AppState, in area: Rect,
                          into buffer: inout ScreenBuffer) {
        for offset in 0..<area.height {
            guard let line = lines[safe: top + offset] else { break }
            buffer.put(line.text, x: area.x + 1 + line.indent, y: area.y + offset, style: state.theme[line.role],
                       limit: area.width - 1 - line.indent)
            if let anchor = line.anchor, marks.contains(anchor), lines[safe: top + offset - 1]?.anchor != anchor {
                buffer.put("✎", x: area.x, y: area.y + offset, style: state.theme[.badge])
            }
        }
    }

    /// "Top", "Bottom", "All" or how far through the page the window's bottom is: "42%".
    static func position(_ pager: Pager, lines: Int, height: Int) -> String {
        if lines <= height { return "All" }
        if pager.top == 0 { return "Top" }
        if pager.top + height >= lines { return "Bottom" }
        return "\((pager.top + height) * 100 / lines)%"
    }
}
