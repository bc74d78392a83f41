import Foundation
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyFormats

/// OParl 1.1 objects from a folder (single objects, arrays and paged lists), written for these
/// tests in the shapes an OParl server returns.
@Suite struct OParlTests {
    func files(_ names: [String]) -> [(name: String, bytes: [UInt8])] {
        names.map { ($0, Array(PackageRoot.fixture("ScrutinyFormatsTests", "oparl/\($0)").utf8)) }
    }

    let all = ["body.json", "organizations.json", "people.json", "meeting-88.json", "papers.json"]

    @Test func aFolderOfObjectsBecomesOneCouncilsPapers() throws {
        let bundle = try OParlReader.read(files(all))
        #expect(bundle.body == Body(id: "eastmere", name: "Eastmere District Council"))
        #expect(bundle.committees.map(\.id) == ["overview-and-scrutiny-committee"])
        #expect(bundle.committees.first?.kind == .scrutiny)
        #expect(bundle.committees.first?.bodyID == "eastmere")
        #expect(bundle.people.map(\.name) == ["Cllr Nell Ashby", "Rob Tindall"])
        // A seat that has ended is not a membership.
        #expect(bundle.memberships == [Membership(committeeID: "overview-and-scrutiny-committee", personID: "cllr-nell-ashby", role: "Chair")])
        let meeting = try #require(bundle.meetings.first)
        #expect(meeting.start?.iso == "2026-09-17 19:00")
        #expect(meeting.location == "Council Chamber, Eastmere House")
        #expect(meeting.status == .held)
        // Items in their order, not the order of the list.
        #expect(bundle.items.map(\.number) == ["3", "4", "5", ""])
        #expect(bundle.items.map(\.position) == [1, 2, 3, 4])
        // The meeting's results protocol is among its own papers.
        #expect(bundle.items[3].title == "Meeting papers")
        #expect(bundle.documents.first { $0.itemID == bundle.items[3].id }?.kind == .minutes)
        let plan = bundle.items[1]
        #expect(plan.reference == "OSC/26/014")
        // The paper reaches its item through the consultation; its File's text is paragraphs.
        let report = try #require(bundle.documents.first { $0.itemID == plan.id && $0.kind == .report })
        #expect(report.paragraphs.map(\.text) == ["One resident in eight has never used the internet.",
                                                  "The plan offers help at libraries and by telephone."])
        #expect(report.published == CalendarDate(year: 2026, month: 9, day: 8))
        #expect(bundle.documents.contains { $0.kind == .appendix && $0.source == "https://oparl.example.org/files/511/eia.pdf" })
        #expect(bundle.resolutions.map(\.outcome) == [.approved])
        // A closed item: exempt by the paragraph its title names.
        #expect(bundle.items[2].exemptParagraphs == [3])
    }

    @Test func theSameObjectsInOtherFilesGiveTheSamePapers() throws {
        let one = try OParlReader.read(files(all))
        let reversed = try OParlReader.read(files(all.reversed()))
        #expect(one.items == reversed.items)
        #expect(one.documents == reversed.documents)
    }

    @Test func badObjectsSayWhatIsWrong() throws {
        func error(_ text: String) -> String {
            do {
                _ = try OParlReader.read([("x.json", Array(text.utf8))])
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(error("{\"data\": [").hasPrefix("x.json: the JSON cannot be read"))
        #expect(error("{\"data\": []}") == "x.json: no OParl objects (objects with an OParl \"type\")")
        #expect(error(#"{"id": "m1", "type": "https://schema.oparl.org/1.1/Meeting", "start": "2026-09-17"}"#)
                == "x.json: the Meeting m1 names no Organization (its committee): give --committee NAME")
        #expect(error(#"{"id": "m1", "type": "https://schema.oparl.org/1.1/Meeting", "organization": {"id": "o", "type": "https://schema.oparl.org/1.1/Organization", "name": "Cabinet"}, "start": "17/09/2026"}"#)
                == "x.json: the Meeting's start is an ISO 8601 date and time, not \"17/09/2026\"")
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(error(deep).contains("nested more than 32 deep") || error(deep).contains("cannot be read"))
    }
}

/// Shapes real OParl servers send beside the spec's: an object saved on its own without its
/// `type`, organizations known only by URL, `order` as a string, `auxiliaryFile` as one
/// object, results in words, memberships embedded in a Person or listed on an Organization.
@Suite struct OParlServerShapeTests {
    func read(_ names: [String], context: PageContext = PageContext(today: CalendarDate(year: 2026, month: 12, day: 1)))
        throws -> ParsedFile {
        try PaperReader.parseOParl(name: "set", files: names.map {
            ($0, Array(PackageRoot.fixture("ScrutinyFormatsTests", "oparl-servers/\($0)").utf8))
        }, context: context)
    }

    @Test func aMeetingSavedAloneIsReadWithItsFilesAndResults() throws {
        let parsed = try read(["meeting-saved-alone.json"])
        let bundle = parsed.bundle
        // Named from the meeting, and said so.
        #expect(bundle.committees.map(\.name) == ["Haupt- und Finanzausschuss"])
        let meeting = try #require(bundle.meetings.first)
        #expect(meeting.id == "haupt-und-finanzausschuss-2007-03-08")
        #expect(meeting.status == .held)
        #expect(meeting.location == "Rathaus, Sitzungssaal 2")
        #expect(parsed.notes.count == 1 && parsed.notes[0].contains("organization/2-4 is not in the set"))
        // Items in their order (a string), names with line breaks joined.
        #expect(bundle.items.map(\.number) == ["", "1", "2", "3", "", "4", ""])
        #expect(bundle.items[1].title == "Library opening hours consultation results")
        // Results become outcomes with their tally.
        let library = try #require(bundle.resolutions.first { $0.itemID == bundle.items[1].id })
        #expect(library.text == "The committee recommends Saturday opening at the central library.")
        #expect(library.outcome == .agreed)
        #expect(library.votes == VoteTally(for: 14, against: 3, abstain: 1))
        let cycle = try #require(bundle.resolutions.first { $0.itemID == bundle.items[2].id })
        #expect(cycle.text == "zur Kenntnis genommen")
        #expect(cycle.outcome == .noted)
        #expect(bundle.resolutions.first { $0.itemID == bundle.items[3].id }?.unanimous == true)
        // A closed item with no paragraph in its name is exempt, paragraph not stated.
        let site = bundle.items[5]
        #expect(site.isExempt && site.exemptParagraphs.isEmpty)
        // The meeting's own files are its papers: invitation, results protocol as minutes, an auxiliary file sent as one object.
        let papers = try #require(bundle.items.last)
        #expect(papers.title == "Meeting papers")
        let documents = bundle.documents.filter { $0.itemID == papers.id }
        #expect(documents.map(\.kind) == [.supporting, .minutes, .supporting])
        #expect(documents.map(\.title) == ["Einladung (Haupt- und Finanzausschuss)", "Niederschrift (öffentlicher Teil)", "Anwesenheitsliste"])
        #expect(documents[1].paragraphs.map(\.text) == ["The committee met in public.", "The mayor opened the meeting and welcomed the members."])
    }

    @Test func committeeNamesTheCommitteeOfAMeetingKnownByURL() throws {
        let bundle = try read(["meeting-saved-alone.json"], context: PageContext(committee: "Finance Committee")).bundle
        #expect(bundle.committees.map(\.name) == ["Finance Committee"])
        #expect(bundle.meetings.first?.id == "finance-committee-2007-03-08")
    }

    @Test func withoutADayAPastMeetingWithNoStateAndNoRecordStaysAsStated() throws {
        var text = PackageRoot.fixture("ScrutinyFormatsTests", "oparl-servers/meeting-saved-alone.json")
        text = text.replacing("\"resultsProtocol\"", with: "\"resultsProtocolGone\"").replacing("\"result\"", with: "\"resultGone\"")
            .replacing("\"resolutionText\"", with: "\"resolutionTextGone\"")
        let unknownDay = try PaperReader.parseOParl(name: "m", files: [("m.json", Array(text.utf8))]).bundle
        #expect(unknownDay.meetings.first?.status == .scheduled)
        let today = try PaperReader.parseOParl(name: "m", files: [("m.json", Array(text.utf8))],
                                               context: PageContext(today: CalendarDate(year: 2026, month: 12, day: 1))).bundle
        #expect(today.meetings.first?.status == .held)
    }

    @Test func membershipsEmbeddedInAPersonOrListedOnAnOrganizationAreJoined() throws {
        let parsed = try read(["person-with-memberships.json", "organization-with-membership-list.json",
                               "membership-on-its-own.json", "person-listed.json"])
        let bundle = parsed.bundle
        #expect(bundle.committees.map(\.name) == ["Ausschuss für Digitales"])
        #expect(bundle.people.map(\.name) == ["Dana Albers", "Jonas Reuter"])
        #expect(bundle.memberships == [
            Membership(committeeID: "ausschuss-fur-digitales", personID: "dana-albers", role: "Chair"),
            Membership(committeeID: "ausschuss-fur-digitales", personID: "jonas-reuter", role: "Vice-Chair"),
        ])
        // The ended seat is left out; none is of an Organization the set lacks.
        #expect(parsed.notes.isEmpty)
    }
}

/// Results in words, as UK minutes and German OParl servers write them.
@Suite struct OutcomeTextTests {
    @Test(arguments: [
        ("Mehrheitlich bei 14 Ja-Stimmen, 3 Nein-Stimmen und einer Enthaltung", Resolution.Outcome.agreed, false, VoteTally(for: 14, against: 3, abstain: 1)),
        ("Einstimmig beschlossen", .agreed, true, nil),
        ("Einstimmig bei 2 Enthaltungen beschlossen", .agreed, true, nil),
        ("geändert beschlossen", .agreed, false, nil),
        ("ungeändert beschlossen", .agreed, false, nil),
        ("abgelehnt", .rejected, false, nil),
        ("nicht empfohlen", .rejected, false, nil),
        ("vertagt", .deferred, false, nil),
        ("in die Ausschüsse verwiesen", .deferred, false, nil),
        ("zur Kenntnis genommen", .noted, false, nil),
        ("Resolved by 9 votes to 2 with 1 abstention", .agreed, false, VoteTally(for: 9, against: 2, abstain: 1)),
        ("The motion was carried: For 7, Against 4, Abstentions 0.", .agreed, false, VoteTally(for: 7, against: 4, abstain: 0)),
        ("Upon being put to the vote, 5 voted in favour and 6 against; the motion was lost.", .rejected, false, VoteTally(for: 5, against: 6, abstain: 0)),
        ("Unanimously agreed", .agreed, true, nil),
        ("The Council noted the report.", .noted, false, nil),
        ("The item was deferred to the next meeting.", .deferred, false, nil),
    ] as [(String, Resolution.Outcome, Bool, VoteTally?)])
    func readsTheOutcome(text: String, outcome: Resolution.Outcome, unanimous: Bool, votes: VoteTally?) {
        let read = OutcomeText(text)
        #expect(read.outcome == outcome)
        #expect(read.unanimous == unanimous)
        #expect(read.votes == votes)
    }

    @Test func aLoneNumberBesideForIsNoVote() {
        #expect(OutcomeText("Members asked for 5 more copies of the report.").votes == nil)
    }
}
