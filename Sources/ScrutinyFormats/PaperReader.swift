import Foundation
import ScrutinyModel

/// The formats Scrutiny reads.
public enum PaperFormat: String, Sendable {
    case pack
    case modernGovPage = "moderngov-page"
    case modernGovHTML = "moderngov-html"
    case modernGovXML = "moderngov-xml"
    case oparl
    case pdf
}

/// One file read into papers, ready to import.
public struct ParsedFile: Sendable {
    public var name: String
    public var format: PaperFormat
    /// Of the file's bytes: an unchanged file is recognised on re-import.
    public var checksum: String
    public var bundle: PaperBundle
    /// What the reader wants the member to know: how the text was decoded, what it kept as
    /// plain text that looked like structure, what it had to guess.
    public var notes: [String] = []
}

/// Detects a file's format from its content and reads it.
public enum PaperReader {
    /// The largest file read, in bytes: ten times the text of a 500-page report. A larger one
    /// is refused, so that one file cannot fill the store or slow every search.
    public static let maximumBytes = 20_000_000

    public static func refuseIfTooLarge(name: String, size: Int) throws {
        guard size <= maximumBytes else {
            throw FormatError(file: name, line: nil, "the file is \((size / 1_000_000).formatted()) MB; "
                              + "Scrutiny reads papers of up to \(maximumBytes / 1_000_000) MB of text (split it, or import its parts)")
        }
    }

    public static func parse(name: String, bytes: [UInt8], context: PageContext = PageContext()) throws -> ParsedFile {
        try refuseIfTooLarge(name: name, size: bytes.count)
        let declared = TextEncoding.xmlDeclaration(bytes).flatMap(TextEncoding.init(declared:))
        let source = try SourceText(file: name, bytes: bytes, declared: declared)
        guard source.lines.contains(where: { !$0.isBlank }) else {
            throw FormatError(file: name, line: nil, "the file is empty")
        }
        let checksum = FNV1a.hex(of: bytes)
        var notes = source.encodingNote.map { [$0] } ?? []
        func parsed(_ format: PaperFormat, _ bundle: PaperBundle) -> ParsedFile {
            ParsedFile(name: name, format: format, checksum: checksum, bundle: bundle, notes: notes)
        }
        if ModernGovXMLReader.recognises(source) {
            return parsed(.modernGovXML, try ModernGovXMLReader.read(source, context: context, notes: &notes))
        }
        if PackReader.recognises(source) {
            return parsed(.pack, try PackReader.read(source))
        }
        if ModernGovHTML.recognises(source) {
            let html = ModernGovHTML.page(source.lines.map(\.text).joined(separator: "\n"))
            if let table = ModernGovAgendaPage.table(in: html) {
                return parsed(.modernGovHTML, try ModernGovAgendaPage.read(html, table: table, file: name, context: context,
                                                                       links: ModernGovHTML.links(html)))
            }
            let (lines, links) = ModernGovHTML.read(html)
            let page = SourceText(file: name, text: lines.joined(separator: "\n"))
            guard ModernGovPageReader.recognises(page) else {
                throw FormatError(file: name, line: nil, "an HTML page, but not a Modern.gov page Scrutiny reads: it reads decision details, agenda item and issue pages saved from a council's site")
            }
            let bundle = try ModernGovPageReader.read(page, context: context, fallbackTitle: fallbackTitle(name), links: links, notes: &notes)
            notes += [ModernGovPageReader.placementNote(bundle)].compactMap { $0 }
            return parsed(.modernGovHTML, bundle)
        }
        if ModernGovPageReader.recognises(source) {
            let bundle = try ModernGovPageReader.read(source, context: context, fallbackTitle: fallbackTitle(name), notes: &notes)
            notes += [ModernGovPageReader.placementNote(bundle)].compactMap { $0 }
            return parsed(.modernGovPage, bundle)
        }
        throw FormatError(file: name, line: nil,
                          "not a format Scrutiny reads: a paper pack starts with \"---\" front matter; a council page has \"Agenda item\", \"Decision details\", a decision record's fields or a report's headings; Modern.gov XML is a <meeting>, <getmeetings> or <getcommittees> answer")
    }

    /// Reads a set of OParl JSON files (a folder of objects, or pages of a list) as one import:
    /// their objects refer to each other across files.
    public static func parseOParl(name: String, files: [(name: String, bytes: [UInt8])],
                                  context: PageContext = PageContext()) throws -> ParsedFile {
        var hash = FNV1a()
        for file in files {
            hash.add(file.name)
            hash.add(FNV1a.hex(of: file.bytes))
        }
        var notes: [String] = []
        let bundle = try OParlReader.read(files, context: context, notes: &notes)
        return ParsedFile(name: name, format: .oparl, checksum: hash.hex, bundle: bundle, notes: notes)
    }

    /// Whether a pack file describes the council (and so must be imported before meetings).
    public static func isCouncilFile(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("---".utf8)) && String(decoding: bytes.prefix(400), as: UTF8.self).contains("\ntype: council")
    }

    /// "papers/ict-update_2023.txt" → "ict update 2023".
    static func fallbackTitle(_ name: String) -> String {
        let file = name.split(separator: "/").last.map(String.init) ?? name
        let stem = file.split(separator: ".").dropLast().joined(separator: ".")
        let words = (stem.isEmpty ? file : stem).map { $0 == "_" || $0 == "-" ? " " : $0 }
        return String(words).trimmed.nilIfEmpty ?? "Untitled paper"
    }
}
