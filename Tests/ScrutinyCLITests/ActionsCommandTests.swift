import Foundation
import ScrutinyModel
import ScrutinyStore
import Testing
import TestSupport

/// `scrutiny actions`: the actions recorded at meetings, open until `actions done`.
@Suite struct ActionsCommandTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.scrutiny(arguments, environment: folder.environment)
    }

    @Test func actionsAreListedAsJSONAndMarkedDone() throws {
        #expect(try scrutiny("import", "--store", path, PackageRoot.samples).status == 0)
        #expect(try scrutiny("actions", "--store", path).stdout == "No open actions.\n")
        let store = try PapersStore(path: path)
        try store.save(MeetingAction(id: "a7f3e2d1", meetingID: "resources-scrutiny-2027-01-19", itemID: "resources-scrutiny-2027-01-19-item-4",
                                     text: "Report the restore test's results", owner: "Head of Digital Services",
                                     due: CalendarDate(iso: "2027-03-01")), by: "Cllr Priya Shah")

        let listed = try scrutiny("actions", "--store", path, "--json")
        #expect(listed.status == 0, "\(listed.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["owner"] as? String == "Head of Digital Services")
        #expect(rows.first?["due"] as? String == "2027-03-01")
        #expect(rows.first?["item"] as? String == "4. Cyber resilience")
        #expect(rows.first?["committee"] as? String == "Resources and Digital Scrutiny Committee")
        #expect(try scrutiny("actions", "--store", path).stdout.contains("    Head of Digital Services, by Mon 1 Mar 2027"))

        let done = try scrutiny("actions", "done", "a7f3", "--store", path)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout == "a7f3e2d1 is done: Report the restore test's results\n")
        #expect(try scrutiny("actions", "--store", path).stdout == "No open actions.\n")
        #expect(try scrutiny("actions", "--all", "--store", path).stdout.contains("a7f3e2d1  done  "))
        let added = try scrutiny("actions", "add", "--meeting", "resources-scrutiny-2027-01-19", "--text", "Bring back the restore test",
                                 "--owner", "Head of Digital Services", "--due", "2027-04-30", "--store", path, "--json")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("\"owner\" : \"Head of Digital Services\"") || added.stdout.contains("\"owner\":\"Head of Digital Services\""))
        #expect(try scrutiny("actions", "--store", path).stdout.contains("Bring back the restore test"))
        #expect(try scrutiny("actions", "add", "--meeting", "resources-scrutiny-2027-01-19", "--item", "nope", "--text", "x",
                             "--store", path).stderr.contains("has no item \"nope\""))
        let missing = try scrutiny("actions", "done", "zzz", "--store", path)
        #expect(missing.status != 0 && missing.stderr.contains("no action with id \"zzz\""))
    }
}
