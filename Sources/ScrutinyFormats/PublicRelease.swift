import ScrutinyModel

/// What may leave the council: a meeting's papers without its exempt items (and everything on
/// them), exempt documents, draft resolutions, or declarations about exempt items. Notes are
/// never in a bundle. Each removal is described for the clerk who hands the pack out.
public enum PublicRelease {
    public static func filter(_ bundle: PaperBundle) -> (bundle: PaperBundle, removed: [String]) {
        var out = bundle
        var removed: [String] = []
        let meeting = bundle.meetings.first?.id ?? "meeting"
        let exempt = bundle.items.filter(\.isExempt)
        let exemptIDs = Set(exempt.map(\.id))
        for item in exempt {
            let parts = [
                count(bundle.documents.filter { $0.itemID == item.id }.count, "document"),
                count(bundle.questions.filter { $0.itemID == item.id }.count, "question"),
                count(bundle.responses.filter { $0.itemID == item.id }.count, "response"),
                count(bundle.resolutions.filter { $0.itemID == item.id }.count, "resolution"),
            ].compactMap { $0 }
            removed.append("\(meeting): exempt item \(label(item)) (Schedule 12A, \(item.exemptParagraphsText))"
                + (parts.isEmpty ? "" : " with \(parts.joined(separator: ", "))"))
        }
        out.items.removeAll { exemptIDs.contains($0.id) }
        out.questions.removeAll { exemptIDs.contains($0.itemID) }
        out.responses.removeAll { exemptIDs.contains($0.itemID) }
        out.resolutions.removeAll { exemptIDs.contains($0.itemID) }
        out.documents.removeAll { exemptIDs.contains($0.itemID) }
        let items = Dictionary(bundle.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for document in out.documents where document.exempt {
            removed.append("\(meeting): exempt document \"\(document.title)\" on item \(items[document.itemID].map(label) ?? document.itemID)")
        }
        out.documents.removeAll(where: \.exempt)
        for resolution in out.resolutions where !resolution.isFinal {
            removed.append("\(meeting): draft resolution \(resolution.label.isEmpty ? "" : "\(resolution.label) ")on item \(items[resolution.itemID].map(label) ?? resolution.itemID)")
        }
        out.resolutions.removeAll { !$0.isFinal }
        for declaration in out.declarations where declaration.itemID.map(exemptIDs.contains) == true {
            removed.append("\(meeting): declaration by \(declaration.person) on exempt item \(items[declaration.itemID!].map(\.number) ?? "")")
        }
        out.declarations.removeAll { $0.itemID.map(exemptIDs.contains) == true }
        return (out, removed)
    }

    private static func label(_ item: AgendaItem) -> String {
        item.number.isEmpty ? "\"\(item.title)\"" : "\(item.number)"
    }

    private static func count(_ n: Int, _ noun: String) -> String? {
        n == 0 ? nil : "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
