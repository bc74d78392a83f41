import ArgumentParser
import ScrutinyModel

struct ShowCommand: ParsableCommand {
    enum What: String, ExpressibleByArgument, CaseIterable {
        case meeting, item
    }

    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a meeting (its agenda, attendance, declarations) or an item (everything attached to it).")

    @OptionGroup var options: StoreOptions

    @Argument(help: "meeting or item")
    var what: What

    @Argument(help: "The id, as `scrutiny meetings` and `scrutiny show meeting` print it.")
    var id: String

    func run() throws {
        let (store, _) = try options.open(forReading: true)
        switch what {
        case .meeting:
            let detail = try store.meeting(id: id)
            if options.json { return try Output.json(MeetingDetailJSON(detail)) }
            let when = detail.meeting.start?.short ?? "date not known"
            Output.line("\(detail.committee.name) — \(when) — \(detail.meeting.status.rawValue)")
            if let location = detail.meeting.location { Output.line(location) }
            Output.line()
            for listing in detail.items {
                let item = listing.item
                var badges: [String] = []
                if item.isExempt { badges.append("EXEMPT, \(item.exemptParagraphsText)") }
                if item.keyDecision { badges.append("KEY") }
                if let clock = detail.callInClock(listing) {
                    badges.append(clock.badge(today: Today.date(), calendar: detail.callIn.calendar))
                } else if item.callIn != .none {
                    badges.append("CALL-IN")
                }
                Output.line("\(item.number.isEmpty ? "-" : item.number)  \(item.title)\(badges.isEmpty ? "" : "  [\(badges.joined(separator: "] ["))]")  \(item.id)")
            }
            for (title, lines) in detail.record(today: Today.date()) {
                Output.line("\n" + title)
                for line in lines { Output.line("  " + line) }
            }
        case .item:
            let detail = try store.item(id: id)
            if options.json { return try Output.json(ItemDetailJSON(detail)) }
            ItemText.print(detail)
        }
    }
}

/// The plain-text account of an item for `scrutiny show item`.
enum ItemText {
    static func print(_ detail: ItemDetail) {
        let item = detail.item
        Output.line("\(item.number.isEmpty ? "" : "\(item.number). ")\(item.title)")
        Output.line("\(detail.meeting.committeeName), \(detail.meeting.meeting.start.map { $0.date.short } ?? "date not known")")
        for (name, value) in [("Purpose", item.purpose), ("Decision maker", item.decisionMaker), ("Status", item.decisionStatus),
                              ("Portfolio", item.portfolio), ("Author", item.author), ("Reference", item.reference)] {
            if let value { Output.line("\(name): \(value)") }
        }
        if item.keyDecision { Output.line("Key decision") }
        if let clock = detail.callInClock {
            Output.line(clock.summary(today: Today.date(), calendar: detail.callIn.calendar))
        } else if item.callIn != .none {
            Output.line("Subject to call-in")
        }
        if item.isExempt { Output.line("Exempt: \(item.exemptReference)") }
        for document in detail.documents {
            Output.line("\n\(document.title) (\(document.paragraphs.count) paragraphs)  \(document.id)")
        }
        if !detail.questions.isEmpty || !detail.responses.isEmpty { Output.line("\nQuestions and responses") }
        for exchange in Exchange.pair(questions: detail.questions, responses: detail.responses) {
            switch exchange {
            case .question(let question):
                Output.line("  Q\(question.position) \(question.speaker ?? "a member"): \(indented(question.text, by: 5))")
            case .response(let response, let answers):
                let also = Exchange.answering(answers).map { " (\($0))" } ?? ""
                Output.line("    ↳ \(response.speaker ?? "an officer")\(also): \(indented(response.text, by: 6))")
            case .answeredAbove(let response, let first):
                Output.line("    ↳ answered with Q\(first) above, by \(response.speaker ?? "an officer")")
            }
        }
        if !detail.declarations.isEmpty { Output.line("\nDeclarations") }
        for declaration in detail.declarations {
            Output.line("  \(declaration.person): \(declaration.summary)")
        }
        if !detail.resolutions.isEmpty { Output.line("\nResolved") }
        for resolution in detail.resolutions {
            let label = resolution.label.isEmpty ? "" : resolution.label + " "
            Output.line("  \(label)\(indented(resolution.text, by: 2 + label.count))")
            Output.line(String(repeating: " ", count: 2 + label.count) + resolution.outcomeSummary)
        }
    }

    /// A text's later lines indented to sit under its first, its own line breaks kept.
    static func indented(_ text: String, by columns: Int) -> String {
        text.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: columns))
    }
}
