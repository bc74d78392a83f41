import ScrutinyModel

extension OParlSet {
    /// An AgendaItem with its papers, files and result. `"public": false` makes it exempt,
    /// with the Schedule 12A paragraph when its name gives one.
    mutating func readItem(_ object: Object, meeting: Meeting, position: Int, papers: [String: [Object]]) throws {
        guard let title = graph.text(object, "name") else { throw fail(object, "an AgendaItem of \(meeting.id) has no \"name\"") }
        let number = graph.text(object, "number") ?? ""
        var itemID = number.isEmpty ? "\(meeting.id)-\(Slug.make(title))" : "\(meeting.id)-item-\(Slug.make(number))"
        if bundle.items.contains(where: { $0.id == itemID }) { itemID += "-\(position)" }
        var item = AgendaItem(id: itemID, meetingID: meeting.id, number: number, position: position, title: title)
        // false, or as some servers write it, "false" or 0.
        let closed = object["public"] as? Bool == false || ["false", "0", "nein", "no"].contains((object["public"] as? String)?.lowercased() ?? "")
            || (object["public"] as? Int) == 0
        item.exempt = closed
        item.exemptParagraphs = closed ? Schedule12A.paragraphs(in: title) : []
        var documents: [Document] = []
        func add(_ file: Object?, kind: Document.Kind, title fallback: String, published: String? = nil) {
            guard let file, let document = document(
                file, kind: kind, fallback: fallback, id: "\(itemID)-\(kind.rawValue)\(documents.isEmpty ? "" : "-\(documents.count + 1)")",
                itemID: itemID, exempt: closed, published: published) else { return }
            documents.append(document)
        }
        for paper in papers[object["id"] as? String ?? ""] ?? [] {
            let paperTitle = graph.text(paper, "name") ?? title
            add(graph.resolve(paper["mainFile"]), kind: .report, title: paperTitle, published: graph.text(paper, "date"))
            for file in graph.resolveAll(paper["auxiliaryFile"]) { add(file, kind: .appendix, title: paperTitle) }
            if item.reference == nil { item.reference = graph.text(paper, "reference") }
            if item.kind == nil { item.kind = graph.text(paper, "paperType") }
        }
        add(graph.resolve(object["resolutionFile"]), kind: .decision, title: "Resolution")
        for file in graph.resolveAll(object["auxiliaryFile"]) { add(file, kind: .supporting, title: title) }
        bundle.documents += documents
        if let resolution = resolution(object, itemID: itemID) { bundle.resolutions.append(resolution) }
        bundle.items.append(item)
    }

    /// The item's resolution: its `resolutionText` with the outcome and tally its `result`
    /// gives ("Mehrheitlich bei 14 Ja-Stimmen, 3 Nein-Stimmen und einer Enthaltung"); or, with
    /// a result and no text, the result itself, so that the outcome is kept.
    private func resolution(_ object: Object, itemID: String) -> Resolution? {
        let result = graph.text(object, "result")
        let text = (object["resolutionText"] as? String)?.trimmed.nilIfEmpty ?? result
        guard let text else { return nil }
        let read = OutcomeText(result ?? text)
        return Resolution(id: "\(itemID)-res1", itemID: itemID, position: 1, label: "", text: text,
                          outcome: read.outcome ?? PageResolutions.outcome(of: text), votes: read.votes, unanimous: read.unanimous)
    }
}
