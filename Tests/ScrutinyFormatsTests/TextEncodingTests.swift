import ScrutinyModel
import Testing
@testable import ScrutinyFormats

/// Council files arrive as UTF-8 (with or without a byte-order mark), UTF-16 from Windows
/// tools, and Windows-1252 from Word and older systems; XML says its encoding in its declaration.
@Suite struct TextEncodingTests {
    let page = "Agenda item\nLibrary opening hours – review\nMinutes:\nThe Committee noted the report on the £2m café refurbishment.\n"

    /// A page placed by its meeting, so that the only notes are of the encoding.
    func parse(_ name: String, _ bytes: [UInt8]) throws -> ParsedFile {
        try PaperReader.parse(name: name, bytes: bytes, context: PageContext(committee: "Libraries Panel", date: CalendarDate(year: 2026, month: 5, day: 4)))
    }

    @Test func utf8WithAndWithoutByteOrderMarkReadAlike() throws {
        let plain = try parse("a.txt", Array(page.utf8))
        let marked = try parse("a.txt", [0xEF, 0xBB, 0xBF] + Array(page.utf8))
        #expect(plain.bundle == marked.bundle)
        #expect(plain.notes.isEmpty && marked.notes.isEmpty)
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let units = Array(page.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected = try parse("a.txt", Array(page.utf8)).bundle
        for (bytes, name) in [(little, "UTF-16LE"), (big, "UTF-16BE")] as [([UInt8], String)] {
            let parsed = try parse("a.txt", bytes)
            #expect(parsed.bundle == expected)
            #expect(parsed.notes == ["read as \(name)"])
        }
        let cut = #expect(throws: FormatError.self) { try parse("cut.txt", Array(little.dropLast())) }
        #expect(cut?.description == "cut.txt: the file starts as UTF-16 text but its bytes are cut or broken")
    }

    @Test func windows1252IsReadWhenTheFileIsNotUTF8AndSaysSo() throws {
        // "–" is 0x96, "£" 0xA3, "é" 0xE9 in Windows-1252.
        let bytes = page.unicodeScalars.map { scalar -> UInt8 in
            switch scalar { case "–": 0x96; default: UInt8(scalar.value) }
        }
        let parsed = try parse("w.txt", bytes)
        #expect(parsed.bundle.items.first?.title == "Library opening hours – review")
        #expect(parsed.bundle.documents.first?.paragraphs.contains { $0.text.contains("£2m café") } == true)
        #expect(parsed.notes == ["not valid UTF-8: read as Windows-1252"])
    }

    @Test func anXMLDeclarationsEncodingIsHonoured() throws {
        let xml = """
            <?xml version="1.0" encoding="windows-1252"?>
            <getcommittees><committees><committee><committeeid>7</committeeid><committeetitle>Caf\u{E9} Licensing Sub\u{2013}Committee</committeetitle></committee></committees></getcommittees>
            """
        let bytes = xml.unicodeScalars.map { scalar -> UInt8 in scalar == "\u{2013}" ? 0x96 : UInt8(scalar.value) }
        let parsed = try PaperReader.parse(name: "c.xml", bytes: bytes)
        #expect(parsed.bundle.committees.map(\.name) == ["Café Licensing Sub–Committee"])
        #expect(parsed.notes == ["read as Windows-1252"])
    }

    @Test func declaredLatin1IsNotTakenForUTF8() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><getcommittees><committees><committee><committeetitle>Caf\u{E9} Panel</committeetitle></committee></committees></getcommittees>"
        let bytes = xml.unicodeScalars.map { UInt8($0.value) }
        #expect(try PaperReader.parse(name: "c.xml", bytes: bytes).bundle.committees.map(\.name) == ["Café Panel"])
    }
}
