import Foundation
import Testing
import TestSupport

/// The benchmark's archive generator, run as `make bench` runs it: the same archive from the
/// same seed, a pack that imports whole, and plain text that holds the same paragraphs.
@Suite struct ArchiveGeneratorTests {
    let folder = TemporaryFolder()

    func generate(_ out: String, seed: Int) throws -> [String: Any] {
        let bench = (PackageRoot.binary as NSString).deletingLastPathComponent + "/scrutiny-bench"
        let result = try CommandRunner.run(bench, ["generate", "--documents", "300", "--seed", "\(seed)", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try result.json() as? [String: Any])
    }

    func files(_ root: String) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: root))
        while let relative = walker.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: "\(root)/\(relative)"), relative != "archive.json" { found[relative] = data }
        }
        return found
    }

    @Test func theSameSeedMakesTheSameArchiveAndItImportsWhole() throws {
        let manifest = try generate(folder.file("a"), seed: 7)
        _ = try generate(folder.file("b"), seed: 7)
        _ = try generate(folder.file("c"), seed: 8)
        #expect(manifest["documents"] as? Int == 300)
        let a = try files(folder.file("a"))
        #expect(a == (try files(folder.file("b"))))
        #expect(a != (try files(folder.file("c"))))

        let store = folder.file("papers.sqlite")
        let imported = try CommandRunner.scrutiny(["import", "--store", store, "--json", folder.file("a/pack")],
                                                  environment: folder.environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        let doctor = try #require(try CommandRunner.scrutiny(["doctor", "--store", store, "--json"], environment: folder.environment)
            .json() as? [String: Any])
        let counts = try #require(doctor["counts"] as? [String: Any])
        #expect(counts["document"] as? Int == 300)
        #expect(counts["meeting"] as? Int == manifest["meetings"] as? Int)

        // Each query's word is where the manifest says, in the text files ripgrep searches.
        let queries = try #require(manifest["queries"] as? [[String: Any]])
        let rare = try #require(queries.first { $0["name"] as? String == "rare word" })
        let word = try #require(rare["text"] as? String)
        // A document's file is "<item>-report.txt" and the like; "<item>.txt" holds its questions and resolutions.
        let documents = a.filter { $0.key.hasPrefix("text/") && $0.key.range(of: #"-item-[0-9]+\.txt$"#, options: .regularExpression) == nil }
        #expect(documents.count == 300)
        let holding = documents.values.filter { text in
            String(decoding: text, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "." || $0 == "\n" }).contains { $0 == word }
        }
        #expect(holding.count == rare["documents"] as? Int)
    }
}
