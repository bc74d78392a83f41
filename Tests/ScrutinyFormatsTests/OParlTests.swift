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
        #expect(bundle.items.map(\.number) == ["3", "4", "5"])
        #expect(bundle.items.map(\.position) == [1, 2, 3])
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
        #expect(error(#"{"id": "m1", "type": "https://schema.oparl.org/1.1/Meeting", "name": "Council"}"#)
                == "x.json: the Meeting Council names no Organization (its committee)")
        #expect(error(#"{"id": "m1", "type": "https://schema.oparl.org/1.1/Meeting", "organization": {"id": "o", "type": "https://schema.oparl.org/1.1/Organization", "name": "Cabinet"}, "start": "17/09/2026"}"#)
                == "x.json: the Meeting's start is an ISO 8601 date and time, not \"17/09/2026\"")
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(error(deep).contains("nested more than 32 deep") || error(deep).contains("cannot be read"))
    }
}
