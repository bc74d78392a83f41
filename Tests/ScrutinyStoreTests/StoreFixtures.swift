import ScrutinyModel
@testable import ScrutinyStore
import TestSupport

/// Small bundles built in code, for store tests.
enum StoreFixtures {
    static func meetingBundle(committee: String = "cabinet", date: String = "2026-06-23", items: [(String, String)],
                              paragraphs: [String] = ["A paragraph about the budget."]) -> PaperBundle {
        var bundle = PaperBundle()
        bundle.committees = [Committee(id: committee, name: committee.capitalized, kind: .executive)]
        let day = CalendarDate(iso: date)!
        let meeting = Meeting(id: "\(committee)-\(date)", committeeID: committee, start: MeetingTime(date: day), status: .held)
        bundle.meetings = [meeting]
        for (offset, (number, title)) in items.enumerated() {
            let itemID = "\(meeting.id)-item-\(number)"
            bundle.items.append(AgendaItem(id: itemID, meetingID: meeting.id, number: number, position: offset + 1, title: title))
            bundle.documents.append(Document(id: "\(itemID)-report", itemID: itemID, kind: .report, title: "Report: \(title)",
                                             paragraphs: Paragraph.numbered(paragraphs.map { (.text, $0) })))
            bundle.resolutions.append(Resolution(id: "\(itemID)-res1", itemID: itemID, position: 1, label: "(a)",
                                                 text: "That \(title) be noted.", outcome: .noted))
        }
        return bundle
    }

    static func store(_ folder: TemporaryFolder, threshold: Int = 5_000) throws -> PapersStore {
        try PapersStore(path: folder.file("papers.sqlite"), commonTermThreshold: threshold)
    }
}
