import ScrutinyModel

/// A committee's recommendations as a pack file (`type: recommendations`), so that an export
/// imported elsewhere gives the same tracker:
///
///     ---
///     type: recommendations
///     committee: resources-scrutiny
///     ---
///     # Recommendation: RDSC (25/26) 01
///     id: rec4f…
///     to: Cabinet
///     agreed: 2025-06-10
///     sent: 2025-06-30
///     period: 2 months
///
///     That a full equality impact assessment be reported …
///
///     ## Response: partially accepted
///     received: 2025-08-20
///     by: Cabinet
///
///     ## Plan: Complete the assessment
///     owner: Head of Digital Services
///     target: 2026-03-31
///
///     ## Update: 2026-02-20
///     rag: green
///     assessment: 1
///
///     Assessment published.
extension PackWriter {
    /// One recommendations file per committee that has any.
    public static func recommendations(_ all: [Recommendation]) -> [(path: String, text: String)] {
        Dictionary(grouping: all, by: \.committeeID).sorted { $0.key < $1.key }.map { committee, made in
            (PackRecommendations.path(committeeID: committee), PackRecommendations.write(committeeID: committee, made))
        }
    }
}

enum PackRecommendations {
    static let keys: Set<String> = ["id", "to", "agreed", "sent", "period", "meeting", "item", "resolution", "lead officer",
                                    "executive member", "signed off", "signed off at"]
    static let partKeys: Set<String> = ["received", "by", "venue", "reason", "owner", "target", "rag", "assessment", "new date"]

    static func path(committeeID: String) -> String { "recommendations-\(Slug.make(committeeID)).md" }

    static func write(committeeID: String, _ recommendations: [Recommendation]) -> String {
        var lines = ["---", "type: recommendations", "committee: \(committeeID)", "---"]
        func add(_ key: String, _ value: String?) { if let value, !value.isEmpty { lines.append("\(key): \(PackWriter.line(value))") } }
        for made in recommendations {
            lines += ["", "# Recommendation: \(PackWriter.line(made.reference))"]
            add("id", made.id)
            add("to", made.addressee)
            add("agreed", made.agreed?.iso)
            add("sent", made.sent?.iso)
            add("period", made.period.description)
            add("meeting", made.meetingID)
            add("item", made.itemID)
            add("resolution", made.resolutionID)
            add("lead officer", made.leadOfficer)
            add("executive member", made.executiveMember)
            add("signed off", made.signOff?.date.iso)
            add("signed off at", made.signOff?.meetingID)
            lines += PackWriter.prose(made.text)
            if let response = made.response {
                lines += ["", "## Response: \(response.decision.title)"]
                add("received", response.received.iso)
                add("by", response.responder)
                add("venue", response.venue)
                add("reason", response.reason)
                lines += PackWriter.prose(response.text)
            }
            for step in made.plan {
                lines += ["", "## Plan: \(PackWriter.line(step.text))"]
                add("owner", step.owner)
                add("target", step.target?.iso)
            }
            for update in made.updates {
                lines += ["", "## Update: \(update.date.iso)"]
                add("rag", update.rating?.rawValue)
                add("assessment", update.assessment.map { String($0.rawValue) })
                add("new date", update.revisedDate?.iso)
                add("by", update.by)
                lines += PackWriter.prose(update.text)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func read(_ outline: MarkdownOutline, fail: @escaping (Int?, String) -> FormatError) throws -> PaperBundle {
        let values = PackValues(fail: fail)
        guard let committee = outline.value("committee")?.value, !committee.isEmpty else {
            throw fail(1, "a recommendations file names its \"committee:\" (the committee's id)")
        }
        var bundle = PaperBundle()
        var current: Recommendation?
        func finish() { if let current { bundle.recommendations.append(current) } }
        for section in outline.sections {
            let text = MarkdownOutline.paragraphs(section.body).map(\.1).joined(separator: "\n\n")
            if section.level == 1 {
                finish()
                guard section.title.hasPrefix("Recommendation:") else {
                    throw fail(section.line, "a recommendations file has \"# Recommendation: REFERENCE\" sections")
                }
                let reference = String(section.title.dropFirst("Recommendation:".count)).trimmed
                guard let id = section.value("id")?.value, let to = section.value("to")?.value, !reference.isEmpty, !text.isEmpty else {
                    throw fail(section.line, "a recommendation has its reference, \"id:\", \"to:\" and its text")
                }
                let period = try section.value("period").map { property in
                    guard let period = ResponsePeriod(text: property.value) else { throw fail(property.line, "\"\(property.value)\" is not a period") }
                    return period
                } ?? .statutory
                var made = Recommendation(id: id, reference: reference, committeeID: committee, meetingID: section.value("meeting")?.value,
                                          itemID: section.value("item")?.value, resolutionID: section.value("resolution")?.value, text: text,
                                          addressee: to, agreed: try values.date(section.value("agreed")), sent: try values.date(section.value("sent")),
                                          period: period, leadOfficer: section.value("lead officer")?.value,
                                          executiveMember: section.value("executive member")?.value)
                if let signed = try values.date(section.value("signed off")) {
                    made.signOff = SignOff(date: signed, meetingID: section.value("signed off at")?.value)
                }
                current = made
                continue
            }
            guard current != nil, let colon = section.title.firstIndex(of: ":") else {
                throw fail(section.line, "under a recommendation come \"## Response: decision\", \"## Plan: what\" and \"## Update: YYYY-MM-DD\"")
            }
            let kind = String(section.title[..<colon]).trimmed, rest = String(section.title[section.title.index(after: colon)...]).trimmed
            switch kind {
            case "Response":
                guard let received = try values.date(section.value("received")), let by = section.value("by")?.value,
                      let decision = RecommendationResponse.Decision(rawValue: rest.replacing(" ", with: "_")) else {
                    throw fail(section.line, "a response has its decision, \"received:\" and \"by:\"")
                }
                current?.response = RecommendationResponse(received: received, responder: by, venue: section.value("venue")?.value,
                                                           decision: decision, reason: section.value("reason")?.value, text: text)
            case "Plan":
                current?.plan.append(PlanStep(text: rest, owner: section.value("owner")?.value ?? "", target: try values.date(section.value("target"))))
            case "Update":
                guard let day = CalendarDate(iso: rest), !text.isEmpty else { throw fail(section.line, "an update has its date and its text") }
                let rating = try section.value("rag").map { property in
                    guard let rating = RAGRating(rawValue: property.value) else { throw fail(property.line, "rag is green, amber or red") }
                    return rating
                }
                current?.updates.append(ProgressUpdate(
                    date: day, text: text, rating: rating,
                    assessment: try values.integer(section.value("assessment"), in: 1...4).flatMap(Assessment.init(rawValue:)),
                    revisedDate: try values.date(section.value("new date")), by: section.value("by")?.value))
            default:
                throw fail(section.line, "under a recommendation come \"## Response: decision\", \"## Plan: what\" and \"## Update: YYYY-MM-DD\"")
            }
        }
        finish()
        return bundle
    }
}
