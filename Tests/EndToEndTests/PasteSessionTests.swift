import Foundation
import ScrutinyStore
import Testing
import TestSupport

/// Bracketed paste in a real terminal: text pasted into the resolution editor appears at once
/// and is stored whole, its line breaks as new lines; pasted on the console, it is left out
/// rather than taken as commands.
@Suite(.serialized) struct PasteSessionTests {
    let folder = TemporaryFolder()
    let meeting = "resources-scrutiny-2027-01-19"
    var storePath: String { folder.file("papers.sqlite") }

    init() throws {
        let result = try CommandRunner.scrutiny(["import", "--store", storePath, PackageRoot.samples])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aPasteIsTypedIntoTheEditorAndLeftOutOfTheConsole() throws {
        let console = try TmuxSession([PackageRoot.binary, "live", meeting, "--store", storePath, "--member", "Cllr Priya Shah"],
                                      width: 120, height: 40, environment: folder.environment, folder: folder)
        try console.waitFor("No item taken up yet")
        try console.paste("nrx")
        try console.waitFor("Pasted text is typed only into a text field")
        #expect(try console.screen().contains("No item taken up yet"))

        try console.send("n")
        try console.waitFor("Nothing recorded yet")
        try console.send("r", "y")
        try console.waitFor("Resolved i.")
        let pasted = "That the Committee notes the report;\nand asks for the restore test's results by March — über-checked."
        let started = Date()
        try console.paste(pasted)
        try console.waitFor("by March — über-checked.", timeout: 2, poll: 0.01)
        print("paste session: \(pasted.count) characters shown after \(Date().timeIntervalSince(started)) s")
        let store = try PapersStore(path: storePath)
        #expect(try store.item(id: "\(meeting)-item-4").resolutions.last?.text == pasted)
        try console.send("Escape")
        try console.send("Q")
        #expect(try console.exitStatus() == 0)
    }
}
