import ScrutinyModel
import TerminalCore
import Testing
@testable import ScrutinyUI

/// Every screen describes itself as lines of text (what the line mode will speak): reached by
/// keys as a member would, each description names what the screen shows and marks the
/// selection, and every kind of screen in `Screens.all` is reached.
@Suite struct DescriptionTests {
    @Test func everyScreenDescribesWhatItShows() throws {
        let notes = try NotesScreenTests()
        let live = try LiveScreenTests()
        let key = { (name: String) in Key(name: name)! }
        let reviewer: [(keys: [Key], says: [String])] = [
            ([], ["Committee: Cabinet", "> "]),
            (notes.toItem.dropLast(), ["Meeting: Cabinet", "> Item 1 of 2: 5. Customer Access Strategy"]),
            (notes.toItem, ["5. Customer Access Strategy", "Note 1 of"]),
            (notes.toItem + [key("tab")], ["> Note 1 of"]),
            (notes.toItem + [key("tab"), key("v")], ["Note on the item", "Ask for the call-back pilot figures"]),
            (notes.toItem + [key("pgdn"), key("enter")], ["Document: "]),
            ([key("/")] + notes.typing("libraries"), ["Search: libraries", "> Result 1 of"]),
            ([key("?")], ["Everywhere", "go back"]),
            ([key("G"), key("enter"), key("w")], ["Attendance: ", "Declarations"]),
            ([key("F")], ["> Flag 1 of", "All notes", "Note 1 of"]),
            (notes.toItem + [key("a")] + notes.typing("Ask"), ["New note: Ask", "Who sees it: only me"]),
            (notes.toItem + [key("C")] + notes.typing("Priya Shah"), ["Call in — 5. Customer Access Strategy", "> Signed by: Priya Shah", "  Received: "]),
        ]
        var reached: Set<String> = []
        for (keys, says) in reviewer {
            let state = notes.session(keys)
            reached.insert("\(type(of: state.current))")
            let text = state.current.describe(state).joined(separator: "\n")
            for words in says { #expect(text.contains(words), "\(type(of: state.current)) does not say “\(words)”:\n\(text)") }
        }
        let chair: [(keys: [Key], says: [String])] = [
            ([], ["Live: Resources and Digital Scrutiny Committee. 0 present", "No item taken up yet."]),
            ([key("n")], ["Item 1 of"]),
            (LiveScreenTests.attendance, ["> Member 6 of 7: Cllr David Lloyd, present, arrived", "Member 3 of 7: Cllr Helen Marsh, apologies"]),
            ([key("n"), key("D")], ["Declaration of interest: ", "> Member: "]),
            ([key("n"), key("c")] + LiveScreenTests.typing("Circulate the figures"), ["Action on ", "Circulate the figures", "  Who: "]),
            ([key("A"), key("a")] + LiveScreenTests.typing("Jo Ray"), ["> Name: Jo Ray", "Attending as: substitute", "For: Cllr"]),
            ([key("n"), key("r"), key("y")] + LiveScreenTests.typing("That the\nCommittee"), ["Resolution ", "That the", "Committee", "Outcome: agreed"]),
        ]
        for (keys, says) in chair {
            let state = live.session(keys)
            reached.insert("\(type(of: state.current))")
            let text = state.current.describe(state).joined(separator: "\n")
            for words in says { #expect(text.contains(words), "\(type(of: state.current)) does not say “\(words)”:\n\(text)") }
        }
        let tracker = try TrackerScreenTests()
        for (keys, says) in [([Key](), ["Recommendations still followed (not signed off): 3", "> RDSC (25/26) 01"]),
                             ([key("enter")], ["RDSC (25/26) 01 — Resources and Digital Scrutiny Committee to Cabinet"]),
                             ([key("P")], ["Resolutions that read as recommendations: 1", "> Resources and Digital Scrutiny Committee, Tue 13 Oct 2026"])] {
            let state = tracker.session(keys)
            reached.insert("\(type(of: state.current))")
            let text = state.current.describe(state).joined(separator: "\n")
            for words in says { #expect(text.contains(words), "\(type(of: state.current)) does not say “\(words)”:\n\(text)") }
        }
        let programme = try ProgrammeScreenTests()
        for (keys, says) in [([Key](), ["Work programme · Resources and Digital Scrutiny Committee · 26/27: 3", "> RDSC WP 26/27 01"]),
                             ([key("enter")], ["RDSC WP 26/27 01 — Digital inclusion", "Source: member suggestion"])] {
            let state = programme.session(keys)
            reached.insert("\(type(of: state.current))")
            let text = state.current.describe(state).joined(separator: "\n")
            for words in says { #expect(text.contains(words), "\(type(of: state.current)) does not say “\(words)”:\n\(text)") }
        }
        let news = try NewsScreenTests()
        let state = news.session([])
        reached.insert("\(type(of: state.current))")
        let text = state.current.describe(state).joined(separator: "\n")
        #expect(text.contains("New for you: 1 match") && text.contains("> “digital exclusion” · p. 2, ¶2"), "\(text)")
        #expect(reached == Set(Screens.all.map { "\($0)" }))
    }
}
