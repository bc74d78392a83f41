import Foundation
import ScrutinyModel

/// A draft of a meeting's minutes in the usual order of UK minutes: who was present, apologies,
/// declarations of interest, then each item with what the committee considered, the questions
/// and answers, and what it resolved with the votes. Exempt items are given by title and
/// Schedule 12A paragraph only, unless `includeExempt`.
///
/// Built once as blocks, written as Markdown or HTML (`MinutesDraft+Output`).
public struct MinutesDraft: Sendable {
    public enum Block: Equatable, Sendable {
        case title(String)
        case heading(String)
        case paragraph(String)
        case list([String])
        case resolutions([Resolved])
    }

    public let blocks: [Block]

    public init(meeting detail: MeetingDetail, items: [ItemDetail], includeExempt: Bool = false) {
        let meeting = detail.meeting
        var blocks: [Block] = [.title("\(detail.committee.name): minutes")]
        let when = [meeting.start.map { $0.date.long } ?? "Date not known", meeting.start?.clock.isEmpty == false ? "at \(meeting.start!.clock)" : nil]
            .compactMap { $0 }.joined(separator: " ")
        blocks.append(.paragraph([when, meeting.location].compactMap { $0 }.joined(separator: ", ") + "."))
        if let course = Self.course(detail.course) { blocks.append(.paragraph(course)) }
        if let approval = detail.minutesApproval {
            blocks.append(.paragraph("Confirmed as a correct record" + (approval.day.map { " at the meeting of \($0.long)" } ?? "")
                                     + (approval.amendments.map { ", subject to the \($0.first!.lowercased())\($0.dropFirst())" } ?? "")
                                     + (approval.amendments?.hasSuffix(".") == true ? "" : ".")))
        } else {
            blocks.append(.paragraph("Draft: not yet confirmed as a correct record."))
        }
        blocks += Self.attendance(detail.attendance, seats: detail.seats)
        blocks.append(.heading("Declarations of interest"))
        let declarations = detail.declarations.map { Self.declaration($0, items: detail.items, includeExempt: includeExempt) }
        blocks.append(declarations.isEmpty ? .paragraph("No interests were declared.") : .list(declarations))
        let arising = detail.mattersArising.filter { includeExempt || !$0.itemExempt }
        if let day = meeting.start?.date, !arising.isEmpty {
            blocks.append(.heading("Matters arising"))
            blocks.append(.list(arising.map { $0.asMatterArising(on: day) }))
        }
        let body = switch detail.committee.kind {
        case .council: "The Council"
        case .executive: detail.committee.name
        default: "The Committee"
        }
        for item in items {
            blocks += Self.item(item, body: body, includeExempt: includeExempt, recordedLive: !detail.course.isEmpty)
        }
        let actions = items.filter { includeExempt || !$0.item.isExempt }.flatMap { item in item.actions.map { (item.item, $0) } }
        if !actions.isEmpty {
            blocks.append(.heading("Actions"))
            blocks.append(.list(actions.map { item, action in
                "\(item.number.isEmpty ? item.title : "Item " + item.number): \(action.text) — \(action.ownerAndDue)"
                    + (action.status == .done ? " (done)" : "")
            }))
        }
        if !detail.amendments.isEmpty {
            blocks.append(.heading("Amendments to this record after the meeting"))
            blocks.append(.list(detail.amendments.map { amendment in
                "\(Self.timestamp(amendment.at))\(amendment.member.map { ", \($0)" } ?? ""): \(amendment.what)"
            }))
        }
        self.blocks = blocks
    }

    /// "The meeting started at 18:32 and ended at 20:45. It adjourned at 19:10 and resumed at 19:20."
    private static func course(_ course: [CourseEvent]) -> String? {
        guard let start = course.first(where: { $0.kind == .started }) else { return nil }
        var text = "The meeting started at \(start.clock)"
        if let end = course.first(where: { $0.kind == .ended }) { text += " and ended at \(end.clock)" }
        text += "."
        let breaks = course.filter { $0.kind == .adjourned }.map { adjourned in
            let resumed = course.first { $0.kind == .resumed && $0.at >= adjourned.at }
            return "adjourned at \(adjourned.clock)" + (resumed.map { " and resumed at \($0.clock)" } ?? "")
        }
        if !breaks.isEmpty { text += " It \(breaks.joined(separator: "; "))." }
        return text
    }

    /// "2026-12-02 10:15", local time.
    private static func timestamp(_ seconds: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Members present (the Chair marked, each coming and going), substitutes, others present
    /// and officers apart, then apologies and absences.
    private static func attendance(_ attendance: [Attendance], seats: [String: String]) -> [Block] {
        func people(_ status: Attendance.Status) -> [Attendance] { attendance.filter { $0.status == status } }
        func entry(_ person: Attendance) -> String {
            var text = person.person
            if let seat = seats[person.person] { text += " (\(seat))" }
            if let standingInFor = person.standingInFor { text += " (substitute for \(standingInFor))" }
            if let title = person.title { text += ", \(title)" }
            if !person.movements.isEmpty { text += " (\(person.movementsText))" }
            return text
        }
        let present = people(.present)
        var blocks: [Block] = [.heading("Present")]
        let members = present.filter { $0.role.votes }.map(entry)
        blocks.append(members.isEmpty ? .paragraph("Attendance was not recorded.") : .list(members))
        for (title, roles) in [("Also present", [Attendance.Role.coopted, .councillor, .other]), ("Officers", [.officer])] {
            let names = present.filter { roles.contains($0.role) }.map { entry($0) + ($0.role == .officer || $0.role == .other ? "" : ", \($0.role.title)") }
            if !names.isEmpty { blocks += [.heading(title), .list(names)] }
        }
        blocks.append(.heading("Apologies for absence"))
        let apologies = people(.apologies).map(\.person)
        blocks.append(apologies.isEmpty ? .paragraph("None.") : .list(apologies))
        let absent = people(.absent).map(\.person)
        if !absent.isEmpty {
            blocks.append(.heading("Absent"))
            blocks.append(.list(absent))
        }
        return blocks
    }

    /// The nature of an interest in an exempt item is itself exempt: it is left out unless `includeExempt`.
    private static func declaration(_ declaration: Declaration, items: [ItemListing], includeExempt: Bool) -> String {
        let listing = items.first { $0.item.id == declaration.itemID }
        let item = listing.map { "item \($0.item.number.isEmpty ? $0.item.title : $0.item.number)" }
        let withheld = listing?.item.isExempt == true && !includeExempt
        let article = declaration.kind.title.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        var text = "\(declaration.person) declared \(article) \(declaration.kind.title)"
        if let item { text += " in \(item)" }
        if !declaration.detail.isEmpty && !withheld { text += " (\(declaration.detail))" }
        switch declaration.action {
        case .remained: text += " and remained in the room."
        case .leftRoom: text += " and left the room for that item."
        case .didNotVote: text += " and did not vote."
        }
        return text
    }

    /// An item's minute. The resolution excluding the press and public from an exempt item is
    /// public; the rest of its record only `includeExempt`.
    private static func item(_ detail: ItemDetail, body: String, includeExempt: Bool, recordedLive: Bool) -> [Block] {
        let item = detail.item
        var blocks: [Block] = [.heading(item.number.isEmpty ? item.title : "\(item.number). \(item.title)")]
        let exclusions = detail.resolutions.filter(\.excludesPublic)
        if !exclusions.isEmpty {
            blocks.append(.paragraph("The press and public were excluded from the meeting for this item. RESOLVED:"))
            blocks.append(.resolutions(exclusions.map(resolution)))
        } else if item.isExempt && recordedLive {
            blocks.append(.paragraph("No resolution excluding the press and public was recorded for this item."))
        }
        if item.isExempt {
            blocks.append(.paragraph(item.exemptParagraphs.isEmpty
                ? "Exempt: not for publication under Part 1 of Schedule 12A to the Local Government Act 1972 (paragraph not stated)."
                : "Exempt: not for publication by virtue of \(item.exemptParagraphsText) of Part 1 of Schedule 12A to the Local Government Act 1972."))
            guard includeExempt else { return blocks }
        }
        if item.keyDecision { blocks.append(.paragraph("Key decision.")) }
        let documents = detail.documents.filter { includeExempt || !$0.exempt }
        if !documents.isEmpty {
            let papers = documents.map { "\(paperName($0.kind)) “\($0.title)”" }
            blocks.append(.paragraph("\(body) considered the \(papers.joined(separator: ", the ")).")) 
        }
        let exchanges = Exchange.pair(questions: detail.questions, responses: detail.responses)
        if !exchanges.isEmpty {
            blocks.append(.paragraph("Questions and answers:"))
            blocks.append(.list(exchanges.map { exchange in
                switch exchange {
                case .question(let question): "Q\(question.position), \(question.speaker ?? "a member"): \(question.text)"
                case .response(let response, let answers):
                    "Response from \(response.speaker ?? "an officer")\(Exchange.answering(answers).map { " (\($0))" } ?? ""): \(response.text)"
                case .answeredAbove(let response, let first):
                    "Answered with Q\(first), in the response from \(response.speaker ?? "an officer") above."
                }
            }))
        }
        let resolutions = detail.resolutions.filter { !$0.excludesPublic }
        if resolutions.isEmpty {
            blocks.append(.paragraph("No resolution was recorded."))
        } else {
            blocks.append(.paragraph("RESOLVED:"))
            blocks.append(.resolutions(resolutions.map(resolution)))
        }
        return blocks
    }

    private static func paperName(_ kind: Document.Kind) -> String {
        switch kind {
        case .report: "report"
        case .minutes: "minutes"
        case .decision: "decision record"
        case .appendix: "appendix"
        case .supporting: "paper"
        }
    }

    /// "(a) That Cabinet:" with its clauses — "(i) adopts the strategy;" … — as a list under it,
    /// and on a line of its own "Agreed: 6 for, 0 against, 0 abstained."
    private static func resolution(_ resolution: Resolution) -> Resolved {
        var outcome = resolution.outcome.rawValue.prefix(1).uppercased() + resolution.outcome.rawValue.dropFirst()
        if resolution.unanimous { outcome += " unanimously" }
        if let votes = resolution.votes { outcome += ": \(votes.forCount) for, \(votes.against) against, \(votes.abstain) abstained" }
        outcome += "."
        if !resolution.namedVotes.isEmpty {
            let groups = NamedVote.Vote.allCases.compactMap { vote -> String? in
                let names = resolution.namedVotes.filter { $0.vote == vote }.map(\.person)
                let title = switch vote {
                case .for: "For"
                case .against: "Against"
                case .abstain: "Abstained"
                }
                return names.isEmpty ? nil : "\(title): \(names.joined(separator: ", "))"
            }
            outcome += " Named vote — \(groups.joined(separator: "; "))."
        }
        if resolution.inquorate { outcome += " (Recorded while the meeting was not quorate.)" }
        if !resolution.isFinal { outcome += " [Draft]" }
        var lead: [String] = [], clauses: [String] = []
        let lines = ((resolution.label.isEmpty ? "" : resolution.label + " ") + resolution.text).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let text = String(line)
            if index > 0 && Self.isClause(text) {
                clauses.append(text.trimmingCharacters(in: .whitespaces))
            } else if clauses.isEmpty {
                lead.append(text)
            } else {
                clauses[clauses.count - 1] += "\n" + text
            }
        }
        return Resolved(lead: lead.joined(separator: "\n"), clauses: clauses, outcome: outcome)
    }

    /// A line that starts a clause: "(i) …", "(b) …", "2. …", "iii) …" — a marker of up to four
    /// letters or digits, then a space.
    static func isClause(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        let marker = text.prefix { $0 != " " }
        guard marker.count >= 2, marker.count < text.count else { return false }
        var inner = Substring(marker)
        if inner.first == "(" { inner = inner.dropFirst() }
        guard let last = inner.last, last == ")" || (last == "." && marker.first != "(") else { return false }
        inner = inner.dropLast()
        return (1...4).contains(inner.count) && inner.allSatisfy { $0.isLetter || $0.isNumber }
            && (inner.allSatisfy(\.isNumber) || inner.count == 1 || inner.allSatisfy { "ivxlc".contains($0) })
    }
}
