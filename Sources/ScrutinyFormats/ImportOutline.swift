import ScrutinyModel

extension PaperBundle {
    /// What an importer recognised, a line per meeting and item, for `import --dry-run`:
    /// `item 8 "Budget monitoring": minutes (6 paragraphs); resolved (1) "notes the…", (2) …; 1 question`.
    public var outline: [String] {
        var lines: [String] = []
        let committees = Dictionary(committees.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for meeting in meetings {
            let when = meeting.start.map { $0.clock.isEmpty ? $0.date.iso : $0.iso } ?? "undated"
            lines.append("meeting \(meeting.id): \(committees[meeting.committeeID] ?? meeting.committeeID), \(when), \(meeting.status.rawValue)")
            for item in items where item.meetingID == meeting.id {
                var parts: [String] = []
                for document in documents where document.itemID == item.id {
                    let count = document.paragraphs.filter { $0.kind != .heading }.count
                    parts.append("\(document.kind.title.lowercased()) (\(count == 0 ? "no text" : "\(count) paragraph\(count == 1 ? "" : "s")")\(document.exempt ? ", exempt" : ""))")
                }
                let resolved = resolutions.filter { $0.itemID == item.id }.map { resolution in
                    let words = resolution.text.split(separator: " ")
                    let shown = words.prefix(6).joined(separator: " ") + (words.count > 6 ? "…" : "")
                    return "\(resolution.label.isEmpty ? "" : resolution.label + " ")\"\(shown)\" \(resolution.outcomeSummary)"
                }
                if !resolved.isEmpty { parts.append("resolved " + resolved.joined(separator: ", ")) }
                func turns(_ speakers: [String?], _ noun: String) {
                    guard !speakers.isEmpty else { return }
                    var names: [String] = []
                    for name in speakers.compactMap({ $0 }) where !names.contains(name) { names.append(name) }
                    parts.append("\(speakers.count) \(noun)\(speakers.count == 1 ? "" : "s")" + (names.isEmpty ? "" : " (\(names.joined(separator: ", ")))"))
                }
                turns(questions.filter { $0.itemID == item.id }.map(\.speaker), "question")
                let answered = responses.filter { $0.itemID == item.id }
                turns(answered.map(\.speaker), "response")
                let linked = answered.filter { !$0.answers.isEmpty }.count
                if linked > 0 { parts.append("\(linked) answering a question") }
                let exempt = item.isExempt ? " [exempt, \(item.exemptParagraphsText)]" : ""
                let number = item.number.isEmpty ? "" : "\(item.number) "
                lines.append("  item \(number)\"\(item.title)\"\(exempt): " + (parts.isEmpty ? "no papers" : parts.joined(separator: "; ")))
            }
        }
        let attended = attendance.count
        if attended > 0 || !declarations.isEmpty {
            lines.append("  attendance: \(attended) member\(attended == 1 ? "" : "s"); declarations: \(declarations.count)")
        }
        for declaration in declarations {
            lines.append("  declared: \(declaration.person), \(declaration.kind.title)\(declaration.detail.isEmpty ? "" : " (\(declaration.detail))"), \(declaration.action.title)")
        }
        return lines
    }
}
