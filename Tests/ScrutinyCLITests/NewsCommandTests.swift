import Foundation
import Testing
import TestSupport

/// Topics a member watches and their news: a paper that arrives in a sync and matches a topic
/// is news once, with its page, until marked read; what else arrived since the member last
/// looked is listed once; `--since yesterday` gives the day's news for an e-mail, read or not.
@Suite(.serialized) struct NewsCommandTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("papers.sqlite") }

    func scrutiny(_ arguments: String..., status: Int32 = 0) throws -> CommandResult {
        var environment = folder.environment
        environment["SCRUTINY_TODAY"] = "2026-12-02"
        environment["SCRUTINY_MEMBER"] = "Cllr Nia Adebayo"
        let result = try CommandRunner.scrutiny(arguments + ["--store", path] + (arguments.first == "sync" ? ["--pause", "0"] : []),
                                                environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    @Test func aMatchingPaperIsNewsOnceUntilRead() throws {
        let council = try StandInCouncil.oparl(in: folder, report: [["Digital inclusion action plan", "One resident in eight is offline."]])
        _ = try scrutiny("sync", "oparl", council.address + "/oparl/system")
        let watched = try scrutiny("watch", "add", "digital exclusion", "--committee", "scrutiny").stdout
        #expect(watched.contains("Watching “digital exclusion” (committee: scrutiny)"), "\(watched)")

        // What the first sync brought is not a match (it came before the topic), but it is new.
        let first = try scrutiny("news").stdout
        #expect(first.contains("No new matches for your topics.") && first.contains("New meeting: Overview and Scrutiny Committee, Thu 17 Sep 2026")
                && first.contains("New paper: Report: Digital inclusion action plan"), "\(first)")
        #expect(try scrutiny("news").stdout.contains("Nothing else new since you last looked."))

        // The report is republished, now speaking of digitally excluded residents on its second page.
        council.write("oparl/bodies/1/papers.json", StandInCouncil.oparlPapersModified)
        council.write("files/510/report.pdf", Data(PDFMaker.make(pages: [
            ["Digital inclusion action plan", "One resident in eight is offline."],
            ["Residents who are digitally excluded will be offered help by telephone."],
        ])))
        let synced = try scrutiny("sync").stdout
        #expect(synced.contains("1 new match for your topics: scrutiny news"), "\(synced)")
        let news = try #require(try scrutiny("news", "--json").json() as? [String: Any])
        let topics = try #require(news["topics"] as? [[String: Any]])
        let match = try #require((topics.first?["matches"] as? [[String: Any]])?.first)
        #expect(topics.count == 1 && topics.first?["topic"] as? String == "digital exclusion" && match["page"] as? Int == 2, "\(news)")
        #expect((news["arrived"] as? [[String: Any]])?.contains { $0["change"] as? String == "changed paper" } == true, "\(news)")

        // Once: another sync finds nothing new, and the match stays until read.
        #expect(try scrutiny("sync").stdout.contains("0 new matches for your topics."))
        let again = try scrutiny("news").stdout
        #expect(again.contains("1 new match for your topics:") && again.contains("p. 2, ¶2") && again.contains("Mark them read"), "\(again)")
        let id = try #require(match["id"] as? Int)
        #expect(try scrutiny("news", "read", String(id)).stdout.contains("0 unread left"))
        #expect(try scrutiny("news").stdout.contains("No new matches for your topics."))
        // For a daily e-mail: what came since yesterday, read or not.
        #expect(try scrutiny("news", "--since", "yesterday").stdout.contains("(read)"))

        // Another member's notebook knows nothing of these topics.
        var other = folder.environment
        other["SCRUTINY_MEMBER"] = "Cllr Tom Reyes"
        let theirs = try CommandRunner.scrutiny(["watch", "list", "--store", path], environment: other)
        #expect(theirs.stdout.contains("You watch no topics yet"), "\(theirs.stdout)")
        #expect(try scrutiny("watch", "remove", "digital exclusion").stdout.contains("No longer watching"))
        #expect(try scrutiny("watch", "add", "   ", status: 1).stderr.contains("a topic needs words"))
    }
}
