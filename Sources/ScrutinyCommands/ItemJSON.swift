import ScrutinyModel

/// `scrutiny show item --json`: the item, its meeting, and everything attached, in order.
struct ItemDetailJSON: Encodable {
    struct DocumentJSON: Encodable {
        struct ParagraphJSON: Encodable {
            var position: Int
            var number: Int?
            var kind: String
            var text: String
            /// The page of the printed paper (a PDF's) the paragraph starts on.
            var page: Int?
        }

        var id: String
        var kind: String
        var title: String
        var published: String?
        /// The file or address the document came from.
        var source: String?
        var exempt: Bool
        var paragraphs: [ParagraphJSON]
    }

    struct QuestionJSON: Encodable {
        var id: String
        var position: Int
        var speaker: String?
        var text: String
    }

    struct ResponseJSON: Encodable {
        var id: String
        var position: Int
        var speaker: String?
        var text: String
        var answers: [String]
    }

    struct ResolutionJSON: Encodable {
        struct VotesJSON: Encodable {
            var `for`: Int
            var against: Int
            var abstain: Int
        }

        var id: String
        var position: Int
        var label: String
        var text: String
        var outcome: String
        var final: Bool
        var unanimous: Bool
        var votes: VotesJSON?
        var namedVotes: [[String: String]]
    }

    var id: String
    var number: String
    var title: String
    var purpose: String?
    var kind: String?
    var keyDecision: Bool
    var decisionMaker: String?
    var decisionStatus: String?
    var decisionDate: String?
    var portfolio: String?
    var author: String?
    var reference: String?
    var callIn: String
    var callInExpires: String?
    /// Where the call-in period stands as of today; nil when not subject to call-in.
    var callInClock: CallInJSON?
    var exempt: Bool
    var exemptParagraphs: [Int]
    var meeting: MeetingJSON
    var documents: [DocumentJSON]
    var questions: [QuestionJSON]
    var responses: [ResponseJSON]
    var resolutions: [ResolutionJSON]
    var declarations: [DeclarationJSON]

    init(_ detail: ItemDetail) {
        let item = detail.item
        id = item.id
        number = item.number
        title = item.title
        purpose = item.purpose
        kind = item.kind
        keyDecision = item.keyDecision
        decisionMaker = item.decisionMaker
        decisionStatus = item.decisionStatus
        decisionDate = item.decisionDate?.iso
        portfolio = item.portfolio
        author = item.author
        reference = item.reference
        callIn = item.callIn.name
        callInExpires = item.callIn.expires?.iso
        callInClock = detail.callInClock.map { CallInJSON($0, calendar: detail.callIn.calendar, today: Today.date()) }
        exempt = item.isExempt
        exemptParagraphs = item.exemptParagraphs
        meeting = MeetingJSON(detail.meeting)
        documents = detail.documents.map { document in
            DocumentJSON(id: document.id, kind: document.kind.rawValue, title: document.title,
                         published: document.published?.iso, source: document.source, exempt: document.exempt,
                         paragraphs: document.paragraphs.enumerated().map { offset, paragraph in
                             .init(position: offset + 1, number: paragraph.number, kind: paragraph.kind.rawValue,
                                   text: paragraph.text, page: paragraph.page)
                         })
        }
        questions = detail.questions.map { QuestionJSON(id: $0.id, position: $0.position, speaker: $0.speaker, text: $0.text) }
        responses = detail.responses.map {
            ResponseJSON(id: $0.id, position: $0.position, speaker: $0.speaker, text: $0.text, answers: $0.answers)
        }
        resolutions = detail.resolutions.map { resolution in
            ResolutionJSON(id: resolution.id, position: resolution.position, label: resolution.label,
                           text: resolution.text, outcome: resolution.outcome.rawValue, final: resolution.isFinal,
                           unanimous: resolution.unanimous,
                           votes: resolution.votes.map { .init(for: $0.forCount, against: $0.against, abstain: $0.abstain) },
                           namedVotes: resolution.namedVotes.map { ["person": $0.person, "vote": $0.vote.rawValue] })
        }
        declarations = detail.declarations.map(DeclarationJSON.init)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
