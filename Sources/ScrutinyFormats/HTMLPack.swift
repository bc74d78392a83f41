import ScrutinyModel

/// The papers as pages for reading in a browser: `index.html` lists the meetings by
/// committee; each meeting has a page with its attendance, declarations and agenda, and under
/// each item its papers (paragraphs numbered for citation), questions with their answers and
/// resolutions. Exempt material is marked as not for publication.
public enum HTMLPack {
    public struct File: Sendable {
        public var path: String
        public var text: String
    }

    /// `meetings` in the order the index lists them (by date within each committee).
    public static func files(councils: [PaperBundle], meetings: [PaperBundle]) -> [File] {
        let names = councils.compactMap(\.body?.name)
        let title = names.count == 1 ? names[0] : "Committee papers"
        var index = ["<h1>\(HTML.escape(title))</h1>"]
        let committees = councils.flatMap(\.committees) + meetings.flatMap(\.committees)
        var seen = Set<String>()
        var files: [File] = []
        let paths = PackWriter.paths(of: meetings.compactMap(\.meetings.first))
        for committee in committees where seen.insert(committee.id).inserted {
            let own = meetings.filter { $0.meetings.first?.committeeID == committee.id }
            guard !own.isEmpty else { continue }
            index.append("<h2>\(HTML.escape(committee.name))</h2>")
            index.append("<ul>")
            for bundle in own {
                guard let meeting = bundle.meetings.first else { continue }
                let path = String((paths[meeting.id] ?? PackWriter.path(of: meeting)).dropLast(3)) + ".html"
                files.append(File(path: path, text: page(bundle, committee: committee)))
                let items = bundle.items.count
                index.append("<li><a href=\"\(HTML.escape(path))\">\(HTML.escape(when(meeting)))</a> — \(items) item\(items == 1 ? "" : "s")\(meeting.status == .cancelled ? " (cancelled)" : "")</li>")
            }
            index.append("</ul>")
        }
        return [File(path: "index.html", text: HTML.page(title: title, body: index))] + files
    }

    private static func when(_ meeting: Meeting) -> String {
        guard let start = meeting.start else { return "Date not known" }
        return start.clock.isEmpty ? start.date.long : "\(start.date.long) at \(start.clock)"
    }

    private static func page(_ bundle: PaperBundle, committee: Committee) -> String {
        let meeting = bundle.meetings[0]
        let e = HTML.escape
        var body = ["<p><a href=\"../index.html\">All meetings</a></p>",
                    "<h1>\(e(committee.name))</h1>",
                    "<p>\(e([when(meeting), meeting.location].compactMap { $0 }.joined(separator: ", ")))"
                        + (meeting.status == .scheduled ? "" : " — \(meeting.status.rawValue)") + "</p>"]
        let present = bundle.attendance.filter { $0.status == .present }.map(\.person)
        let apologies = bundle.attendance.filter { $0.status == .apologies }.map(\.person)
        if !present.isEmpty { body.append("<p><strong>Present:</strong> \(e(present.joined(separator: ", ")))</p>") }
        if !apologies.isEmpty { body.append("<p><strong>Apologies:</strong> \(e(apologies.joined(separator: ", ")))</p>") }
        let items = bundle.items.sorted { $0.position < $1.position }
        if !bundle.declarations.isEmpty {
            body.append("<h2>Declarations of interest</h2>")
            body.append("<ul>")
            for declaration in bundle.declarations {
                let item = declaration.itemID.flatMap { id in items.first { $0.id == id } }.map { " (item \($0.number))" } ?? ""
                body.append("<li>\(e(declaration.person))\(e(item)): \(e(declaration.kind.title)) — \(e(declaration.detail)); \(e(declaration.action.title))</li>")
            }
            body.append("</ul>")
        }
        body.append("<h2>Agenda</h2>")
        body.append("<ol>")
        for item in items {
            body.append("<li value=\"\(item.position)\"><a href=\"#item-\(item.position)\">\(e(heading(item)))</a>\(item.isExempt ? " (exempt)" : "")</li>")
        }
        body.append("</ol>")
        for item in items { body += itemSection(item, bundle) }
        return HTML.page(title: "\(committee.name), \(when(meeting))", body: body)
    }

    private static func heading(_ item: AgendaItem) -> String {
        item.number.isEmpty ? item.title : "\(item.number). \(item.title)"
    }

    private static func itemSection(_ item: AgendaItem, _ bundle: PaperBundle) -> [String] {
        let e = HTML.escape
        var out = ["<section id=\"item-\(item.position)\"\(item.isExempt ? " class=\"exempt\"" : "")>",
                   "<h2>\(e(heading(item)))</h2>"]
        if item.isExempt {
            out.append("<p><strong>Exempt — not for publication</strong> (Schedule 12A, \(item.exemptParagraphsText)).</p>")
        }
        var facts: [(String, String)] = []
        if let purpose = item.purpose { facts.append(("Purpose", purpose)) }
        if item.keyDecision { facts.append(("Key decision", "Yes")) }
        if let maker = item.decisionMaker { facts.append(("Decision maker", maker)) }
        if let status = item.decisionStatus { facts.append(("Decision status", status)) }
        if let portfolio = item.portfolio { facts.append(("Portfolio", portfolio)) }
        if let author = item.author { facts.append(("Author", author)) }
        if let reference = item.reference { facts.append(("Reference", reference)) }
        switch item.callIn {
        case .none: break
        case .subject(let expires): facts.append(("Call-in", expires.map { "Subject to call-in until \($0.long)" } ?? "Subject to call-in"))
        case .calledIn: facts.append(("Call-in", "Called in"))
        }
        if !facts.isEmpty {
            out.append("<dl>" + facts.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>" }.joined() + "</dl>")
        }
        for document in bundle.documents where document.itemID == item.id {
            out.append("<h3>\(e(document.kind.title)): \(e(document.title))\(document.exempt ? " (exempt)" : "")</h3>")
            if let source = document.source { out.append("<p>Source: \(e(source))</p>") }
            var list: [String] = []
            func flushList() {
                if !list.isEmpty { out.append("<ul>" + list.joined() + "</ul>") }
                list = []
            }
            for paragraph in document.paragraphs {
                let number = paragraph.number.map { "<span class=\"para\">\($0)</span>" } ?? ""
                switch paragraph.kind {
                case .heading:
                    flushList()
                    out.append("<h4>\(e(paragraph.text))</h4>")
                case .list: list.append("<li>\(number)\(e(paragraph.text))</li>")
                case .text:
                    flushList()
                    out.append("<p>\(number)\(e(paragraph.text))</p>")
                }
            }
            flushList()
        }
        let exchanges = Exchange.pair(questions: bundle.questions.filter { $0.itemID == item.id },
                                      responses: bundle.responses.filter { $0.itemID == item.id })
        if !exchanges.isEmpty {
            out.append("<h3>Questions and responses</h3>")
            for exchange in exchanges {
                switch exchange {
                case .question(let question):
                    out.append("<p><strong>\(e(question.speaker ?? "Question")):</strong> \(e(question.text))</p>")
                case .response(let response, let answers):
                    let also = Exchange.answering(answers).map { " <em>(\(e($0)))</em>" } ?? ""
                    out.append("<blockquote><p><strong>\(e(response.speaker ?? "Response")):</strong>\(also) \(e(response.text))</p></blockquote>")
                case .answeredAbove(let response, let first):
                    out.append("<blockquote><p><em>Answered with Q\(first), in the response from \(e(response.speaker ?? "an officer")) above.</em></p></blockquote>")
                }
            }
        }
        let resolutions = bundle.resolutions.filter { $0.itemID == item.id }
        if !resolutions.isEmpty {
            out.append("<h3>Resolved</h3>")
            for resolution in resolutions {
                out.append("<p>\(e(resolution.label.isEmpty ? "" : resolution.label + " "))\(e(resolution.text)) <em>(\(e(resolution.outcomeSummary)))</em></p>")
            }
        }
        out.append("</section>")
        return out
    }
}
