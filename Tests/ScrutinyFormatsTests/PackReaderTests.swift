import Foundation
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyFormats

@Suite struct PackReaderTests {
    func read(_ text: String, file: String = "meeting.md") throws -> PaperBundle {
        try PackReader.read(SourceText(file: file, text: text))
    }

    static let meeting = """
        ---
        type: meeting
        committee: cabinet
        date: 2026-06-23
        time: 18:30
        location: Council Chamber
        status: held
        ---

        # Attendance

        - Cllr Joan Hale: present
        - Cllr Sara Lind: present, arrived 18:50, left 20:15
        - Cllr Tom Baker: apologies

        # Declarations

        - Cllr Sara Lind, item 5: other registrable; a governor of the academy; left the room

        # Item 5: Digital Strategy — stratégie numérique 数字战略 📱
        key decision: yes
        exempt: 3, 5
        call-in: subject, expires 2026-07-01

        ## Report: The strategy
        published: 2026-06-12

        ### Background

        First paragraph
        wrapped over two lines.

        - A list entry

        ## Question: Cllr Joan Hale

        What about residents without internet access?

        ## Response: Head of Digital
        answers: 1

        Telephone routes remain.

        ## Resolution (a): approved
        votes: 7 for, 1 against, 0 abstain
        named votes: Cllr Joan Hale for; Cllr Tom Baker against

        That the strategy be approved.
        """

    @Test func meetingFile() throws {
        let bundle = try read(Self.meeting)
        let meeting = try #require(bundle.meetings.first)
        #expect(meeting.id == "cabinet-2026-06-23")
        #expect(meeting.start?.iso == "2026-06-23 18:30")
        #expect(meeting.status == .held)
        #expect(bundle.attendance.count == 3)
        #expect(bundle.attendance[1].arrived == "18:50")
        #expect(bundle.attendance[1].left == "20:15")
        #expect(bundle.attendance[2].status == .apologies)
        let item = try #require(bundle.items.first)
        #expect(item.id == "cabinet-2026-06-23-item-5")
        #expect(item.title == "Digital Strategy — stratégie numérique 数字战略 📱")
        #expect(item.exemptParagraphs == [3, 5])
        #expect(item.callIn == .subject(expires: CalendarDate(year: 2026, month: 7, day: 1)))
        let declaration = try #require(bundle.declarations.first)
        #expect(declaration.itemID == item.id)
        #expect(declaration.kind == .otherRegistrable)
        #expect(declaration.action == .leftRoom)
        let document = try #require(bundle.documents.first)
        #expect(document.paragraphs.map(\.kind) == [.heading, .text, .list])
        #expect(document.paragraphs[1].text == "First paragraph wrapped over two lines.")
        #expect(document.paragraphs.map(\.number) == [nil, 1, 2])
        #expect(bundle.responses.first?.answers == [try #require(bundle.questions.first).id])
        let resolution = try #require(bundle.resolutions.first)
        #expect(resolution.label == "(a)")
        #expect(resolution.outcome == .approved)
        #expect(resolution.votes == VoteTally(for: 7, against: 1, abstain: 0))
        #expect(resolution.namedVotes.map(\.vote) == [.for, .against])
    }

    /// A resolution typed as indented lines comes back from a pack line for line, indentation and all.
    @Test func aResolutionsIndentedLinesSurviveARoundTrip() throws {
        var bundle = try read(Self.meeting)
        let text = "That Cabinet:\n  (i) adopts the strategy;\n    and its annex\n  (ii) # reviews it, - yearly\nin full."
        bundle.resolutions[0].text = text
        let again = try read(PackWriter.meeting(bundle))
        #expect(again.resolutions.first?.text == text)
    }

    /// Each broken line is reported with its file and line number.
    @Test(arguments: [
        ("date: 2026-06-23", "date: 2026-02-30", "meeting.md:4: \"2026-02-30\" is not a date written YYYY-MM-DD"),
        ("- Cllr Tom Baker: apologies", "- Cllr Tom Baker: on holiday", "meeting.md:14: attendance is present, apologies or absent, not \"on holiday\""),
        ("## Resolution (a): approved", "## Resolution (a): passed", "meeting.md:44: outcome is one of agreed, noted, approved, rejected, deferred, not \"passed\""),
        ("exempt: 3, 5", "exempt: 3, 9", "meeting.md:22: exempt lists paragraphs of Schedule 12A, 1 to 7, or says \"not stated\", not \"9\""),
        ("- Cllr Sara Lind, item 5: other", "- Cllr Sara Lind, item 8: other", "meeting.md:18: there is no item 8 on this agenda"),
        ("# Attendance", "# Apologies", "meeting.md:10: a meeting has \"# Attendance\", \"# Declarations\" and \"# Item N: Title\" sections, not \"Apologies\""),
        ("votes: 7 for, 1 against, 0 abstain", "votes: seven for", "meeting.md:45: votes read \"unanimous\" or \"7 for, 1 against, 0 abstain\""),
        ("answers: 1", "answers: 4", "meeting.md:40: answers lists the numbers of questions above it, not \"4\""),
    ])
    func errorsNameFileAndLine(original: String, broken: String, message: String) throws {
        let text = Self.meeting.replacing(original, with: broken)
        #expect(text != Self.meeting)
        let error = #expect(throws: FormatError.self) { try read(text) }
        #expect(error?.description == message)
    }

    /// A file larger than any paper is refused with its size and the limit, before it is read.
    @Test func aFileTooLargeToBeAPaperIsRefused() {
        let bytes = Array("---\ntype: meeting\n---\n".utf8) + [UInt8](repeating: 0x61, count: PaperReader.maximumBytes)
        let error = #expect(throws: FormatError.self) { try PaperReader.parse(name: "huge.md", bytes: bytes) }
        #expect(error?.cause.contains("the file is 20 MB; Scrutiny reads papers of up to 20 MB") == true, "\(String(describing: error))")
    }

    @Test func frontMatterIsRequired() {
        let error = #expect(throws: FormatError.self) { try read("# Item 1: No front matter\n") }
        #expect(error?.line == 1)
        let unclosed = #expect(throws: FormatError.self) { try read("---\ntype: meeting\ncommittee: x\n") }
        #expect(unclosed?.cause == "the front matter is not closed by a \"---\" line")
    }

    @Test func councilFile() throws {
        let bundle = try read("""
            ---
            type: council
            name: Northbridge Borough Council
            ---
            # Committee: Cabinet
            id: cabinet
            kind: executive
            quorum: 3

            - Cllr Joan Hale, Leader of the Council (Chair)
            - Cllr Ravi Patel

            # People

            - officer: Dana Whitfield, Head of Digital Services
            """, file: "council.md")
        #expect(bundle.body?.name == "Northbridge Borough Council")
        #expect(bundle.committees.first?.quorum == 3)
        #expect(bundle.memberships.map(\.role) == ["Chair", "Member"])
        #expect(bundle.people.first { $0.id == "dana-whitfield" }?.title == "Head of Digital Services")
        #expect(bundle.people.first { $0.id == "cllr-joan-hale" }?.title == "Leader of the Council")
    }

    /// Every file of the sample papers reads without error.
    @Test func samplePapersRead() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: PackageRoot.samples)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
        #expect(files.count >= 9)
        var meetings = 0
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: "\(PackageRoot.samples)/\(file)"))
            let parsed = try PaperReader.parse(name: file, bytes: [UInt8](data))
            #expect(parsed.format == .pack)
            meetings += parsed.bundle.meetings.count
        }
        #expect(meetings >= 8)
    }

    /// Meetings whose ids make one file name (or names that differ only in case) are written
    /// to different files, the same for the pack and the pages.
    @Test func meetingsThatWouldShareAFileDoNot() {
        let day = MeetingTime(date: CalendarDate(iso: "2026-12-08")!, hour: 18, minute: 0)
        let meetings = [Meeting(id: "Cabinet/Special", committeeID: "cabinet", start: day),
                        Meeting(id: "cabinet special", committeeID: "cabinet", start: day),
                        Meeting(id: "CABINET-SPECIAL", committeeID: "cabinet", start: day)]
        let paths = PackWriter.paths(of: meetings)
        #expect(Set(paths.values.map { $0.lowercased() }).count == 3)
        #expect(paths["Cabinet/Special"] == "cabinet/cabinet-special.md")
        #expect(paths["cabinet special"] == "cabinet/cabinet-special-2.md")
        let bundles = meetings.map { meeting in
            var bundle = PaperBundle()
            bundle.committees = [Committee(id: "cabinet", bodyID: nil, name: "Cabinet", kind: .executive)]
            bundle.meetings = [meeting]
            return bundle
        }
        let pages = HTMLPack.files(councils: [], meetings: bundles)
        #expect(pages.count == 4)
        #expect(Set(pages.map { $0.path.lowercased() }).count == pages.count)
    }
}
