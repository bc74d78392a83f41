import Foundation
import ScrutinyFormats
import ScrutinyModel

/// The papers a council's answer links to, fetched into a folder beside the store and read into
/// their documents, each PDF's paragraphs with their pages. A paper fetched before is read from
/// the folder, not asked for again: councils publish a changed paper under a new address.
struct LinkedPapers {
    let server: any CouncilFetching
    let folder: URL

    /// Where the paper at `address` is kept.
    func file(_ address: String) -> URL {
        folder.appendingPathComponent("paper-\(FNV1a.hex(of: Array(address.utf8)))")
    }

    /// Forgets the kept copy of the papers at these addresses: the server says they changed.
    func forget(_ addresses: [String]) {
        for address in addresses { try? FileManager.default.removeItem(at: file(address)) }
    }

    /// What happened to the papers of one answer.
    struct Outcome {
        /// Papers fetched from the server now.
        var fetched = 0
        /// Papers whose text was read.
        var read = 0
        /// Papers left with their title only, and why.
        var unread: [String] = []
        /// Whether a paper was refused by the server, or came as something other than a PDF: the
        /// answer is asked for again next time, and the paper with it.
        var refused = false
    }

    /// Fills the text of every document of `parsed` that has an address and no text yet, and
    /// folds the papers into its checksum. A paper the server refuses (4xx, too large, redirects
    /// without end), or that is not a PDF with text, stays listed by its title and is said in the
    /// outcome; a server that fails (5xx, a dropped connection, after retries) stops the answer,
    /// to be fetched whole next time.
    func fill(_ parsed: inout ParsedFile) throws -> Outcome {
        var outcome = Outcome()
        var checksum = FNV1a()
        checksum.add(parsed.checksum)
        for index in parsed.bundle.documents.indices {
            let document = parsed.bundle.documents[index]
            guard document.paragraphs.isEmpty, !document.exempt, let address = document.source,
                  let url = URL(string: address), ["http", "https"].contains(url.scheme?.lowercased() ?? "") else { continue }
            let file = self.file(address)
            if !FileManager.default.fileExists(atPath: file.path) {
                do {
                    try server.download(url, to: file)
                    outcome.fetched += 1
                } catch let failure as FetchFailure where failure.lasting {
                    outcome.unread.append("\(document.title): \(failure.description)")
                    outcome.refused = true
                    continue
                }
            }
            do {
                guard PDFText.isPDF(Importer.opening(of: file.path)) else {
                    // Not kept: a login or error page now may be the paper next time.
                    try? FileManager.default.removeItem(at: file)
                    outcome.unread.append("\(document.title): \(address) is not a PDF; listed by its title")
                    outcome.refused = true
                    continue
                }
                parsed.bundle.documents[index].paragraphs = try PDFPaper(path: file.path, name: address).paragraphs
                checksum.add(parsed.bundle.documents[index].checksum)
                outcome.read += 1
            } catch let error as FormatError {
                outcome.unread.append("\(document.title): \(error)")
            }
        }
        parsed.checksum = checksum.hex
        return outcome
    }
}
