import Foundation

/// Writes small, valid PDFs for tests and benchmarks: each page's lines set in Helvetica, top to
/// bottom, as a word processor would print a report; a page given as nil carries only a grey
/// box, as a scanned page carries only its image, with no text layer.
public enum PDFMaker {
    public static func make(pages: [[String]?]) -> [UInt8] {
        var objects: [String] = []
        func add(_ body: String) -> Int {
            objects.append(body)
            return objects.count
        }
        let catalog = add("<< /Type /Catalog /Pages 2 0 R >>")
        _ = add("") // the page tree, written once its kids are known
        let font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        var kids: [Int] = []
        for lines in pages {
            let content: String
            if let lines {
                content = "BT /F1 11 Tf 14 TL 56 786 Td\n" + lines.map { "(\(escape($0))) Tj T*" }.joined(separator: "\n") + "\nET"
            } else {
                content = "0.6 g 56 300 480 400 re f"
            }
            let stream = add("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
            kids.append(add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 \(font) 0 R >> >> /Contents \(stream) 0 R >>"))
        }
        objects[1] = "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>"
        var pdf = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Array("\(index + 1) 0 obj\n".utf8) + bytes(object) + Array("\nendobj\n".utf8)
        }
        let xref = pdf.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root \(catalog) 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return pdf + Array(table.utf8)
    }

    /// Writes the PDF to `path`.
    public static func write(_ path: String, pages: [[String]?]) {
        FileManager.default.createFile(atPath: path, contents: Data(make(pages: pages)))
    }

    /// A string of the content stream, its brackets and backslashes escaped.
    private static func escape(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("(", with: "\\(").replacing(")", with: "\\)")
    }

    /// The object's text in the font's encoding (Windows-1252: "£", "é", "–" print as such).
    private static func bytes(_ text: String) -> [UInt8] {
        text.unicodeScalars.flatMap { scalar -> [UInt8] in
            if scalar.value < 0x80 { return [UInt8(scalar.value)] }
            if let data = String(scalar).data(using: .windowsCP1252), data.count == 1 { return [UInt8](data) }
            return [UInt8(ascii: "?")]
        }
    }
}
