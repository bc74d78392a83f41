import ScrutinyModel
import Testing
@testable import ScrutinyFormats

/// Wordings councils use that a first reading got wrong: exemptions, votes, declarations,
/// questions and responses, encodings and meeting states.
@Suite struct CouncilWordingTests {
    func page(_ body: String, title: String = "Depot disposal", context: PageContext = PageContext()) throws -> PaperBundle {
        try PaperReader.parse(name: "page.txt", bytes: Array("Agenda item\n\(title)\nMinutes:\n\(body)\n".utf8), context: context).bundle
    }

    @Test(arguments: [
        ("This report is exempt from publication by virtue of paragraph 3 of Part 1 of Schedule 12A.", true),
        ("Exempt information: Not for publication by virtue of paragraph 3.", true),
        ("The report contains exempt\ninformation as defined in paragraph 3 of Part 1 of Schedule\n12A. The price offered was high.", true),
        ("Exempt information: None", false),
        ("There were no items containing exempt information.", false),
        ("The Council is exempt from the charge under the regulations.", false),
    ])
    func exemptions(text: String, exempt: Bool) throws {
        #expect(try page(text).items.first?.isExempt == exempt)
    }

    @Test func aNonPublicItemWrittenAsAStringIsExempt() throws {
        let json = #"{"id": "m", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Rat", "start": "2025-03-08T17:00:00+01:00", "agendaItem": [{"id": "a", "type": "https://schema.oparl.org/1.1/AgendaItem", "number": "1", "name": "Grundstück", "public": "false"}]}"#
        let bundle = try OParlReader.read([("m.json", Array(json.utf8))])
        #expect(bundle.items.first?.isExempt == true)
    }

    @Test func votesAndNamedVotes() throws {
        let named = try page("RESOLVED – That the scheme be approved.\nFor (3): Councillors Ahmed, Baker and Cole\nAgainst (2): Councillors Dunn and Evans\nAbstention (1): Councillor Lee")
        #expect(named.resolutions.first?.namedVotes.map(\.person) == ["Cllr Ahmed", "Cllr Baker", "Cllr Cole", "Cllr Dunn", "Cllr Evans", "Cllr Lee"])
        #expect(named.resolutions.first?.votes == VoteTally(for: 3, against: 2, abstain: 1))
        #expect(try page("RESOLVED (nem. con.) – That the report be noted.").resolutions.first?.unanimous == true)
        let prose = try page("RESOLVED – That the report be noted.\n\nCouncillor Shah asked for 2 further reports and against the advice of officers 3 abstained.")
        #expect(prose.resolutions.first?.votes == nil)
        // The same resolution under Decision and Minutes, once with its vote: one resolution, with the vote.
        let twice = try page("RESOLVED – That the lease be granted.\n\nDecision:\nRESOLVED (unanimously) – That the lease be granted")
        #expect(twice.resolutions.count == 1)
        #expect(twice.resolutions.first?.unanimous == true)
    }

    @Test func responsesToARangeOfQuestions() throws {
        let bundle = try page("Question 1 from Mr Adams:\n\nWhen?\n\nQuestion 2 from Ms Brown:\n\nWhere?\n\nQuestion 3 from Mr Clark:\n\nHow much?\n\nResponse to questions 1-3 from the Director:\n\nAll three are answered in the report.")
        #expect(bundle.responses.map(\.speaker) == ["Director"])
        #expect(bundle.responses.first?.answers == bundle.questions.map(\.id))
    }

    @Test(arguments: [
        ("Cllr. J. Smith declared a disclosable pecuniary interest (her husband's firm tendered) and left the room.", ["Cllr J. Smith"]),
        ("Councillor Lee declared a pecuniary interest as a director of Ltd. Co. Homes and left the meeting.", ["Cllr Lee"]),
        ("Councillors Shah and Lee declared other registrable interests as members of the Parish Council.", ["Cllr Shah", "Cllr Lee"]),
        ("The Chair, Councillor Hale, declared a non-registrable interest as a member of the Friends group.", ["Cllr Hale"]),
        ("Councillor Patel declared that she had no interest to declare.", []),
        ("Councillor Lee declared his support for the scheme, which he said was in the interests of residents.", []),
    ] as [(String, [String])])
    func declarations(text: String, people: [String]) throws {
        let bundle = try page(text, title: "Declarations of interest")
        #expect(bundle.declarations.map(\.person) == people)
        if text.contains("Ltd. Co.") {
            #expect(bundle.declarations.first?.action == .leftRoom)
            #expect(bundle.declarations.first?.detail == "a director of Ltd. Co. Homes")
        }
    }

    @Test func declaredEncodingsAsWindowsToolsWriteThem() throws {
        // "utf-16" declared over UTF-8 bytes, as .NET writes it.
        let utf8 = #"<?xml version="1.0" encoding="utf-16"?><committees><committee><committeetitle>Licensing Panel</committeetitle></committee></committees>"#
        #expect(try PaperReader.parse(name: "c.xml", bytes: Array(utf8.utf8)).bundle.committees.map(\.name) == ["Licensing Panel"])
        // ISO-8859-1 declared over Windows-1252 quotes (0x93, 0x94), as browsers read it.
        let fixed = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><committees><committee><committeetitle>The "#.utf8) + [0x93] + Array("Lane".utf8) + [0x94]
            + Array(" Panel</committeetitle></committee></committees>".utf8)
        #expect(try PaperReader.parse(name: "q.xml", bytes: fixed).bundle.committees.map(\.name) == ["The \u{201C}Lane\u{201D} Panel"])
    }

    @Test func anAgendaItemWithOnlyItsPurposeIsOfAMeetingToCome() throws {
        let text = "Agenda item\nBudget 2031\nPurpose:\nTo consider the draft budget for 2031.\n"
        let context = PageContext(committee: "Cabinet", date: CalendarDate(year: 2030, month: 6, day: 1), today: CalendarDate(year: 2026, month: 12, day: 1))
        let bundle = try PaperReader.parse(name: "a.txt", bytes: Array(text.utf8), context: context).bundle
        #expect(bundle.meetings.first?.status == .scheduled)
    }
}
