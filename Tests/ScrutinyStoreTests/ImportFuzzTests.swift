import Foundation
import ScrutinyFormats
import ScrutinyModel
import Testing
import TestSupport
@testable import ScrutinyStore

/// Mutated and random documents of every format Scrutiny reads. Each must give a clear error
/// naming the file, or import; a failed import must leave the store's files unchanged byte
/// for byte. 10,000 cases in `make test`; `make fuzz` runs more (SCRUTINY_FUZZ_CASES) from
/// another start (SCRUTINY_FUZZ_SEED).
@Suite struct ImportFuzzTests {
    struct Seed {
        var name: String
        var bytes: [UInt8]
    }

    /// Every sample pack file and every page (text and HTML), XML and OParl fixture.
    static func seeds() throws -> [Seed] {
        var seeds: [Seed] = []
        func add(folder: String) throws {
            guard let walker = FileManager.default.enumerator(atPath: folder) else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder]) }
            while let relative = walker.nextObject() as? String {
                let path = "\(folder)/\(relative)"
                guard ["md", "txt", "xml", "json", "html"].contains((path as NSString).pathExtension),
                      !relative.contains("outlines"), let data = FileManager.default.contents(atPath: path) else { continue }
                seeds.append(Seed(name: relative, bytes: [UInt8](data)))
            }
        }
        try add(folder: PackageRoot.samples)
        try add(folder: PackageRoot.fixturePath("ScrutinyFormatsTests", ""))
        return seeds.sorted { $0.name < $1.name }
    }

    static let oddText: [String] = [
        "\u{202E}", "e\u{0301}", "\u{FEFF}", "😀", "👩‍👩‍👧", "\u{200D}", "\r", "\r\n", "\t", "\u{00A0}", "\u{2028}",
        "---", "# ", "## ", "### ", "- ", "type: ", "date: 2026-02-30", "votes: 99999999999999999999 for",
        "exempt: 8", "<", "</meeting>", "<![CDATA[", "&amp;amp;", "&#0;", "&#x110000;", "{", "}", "[", "\"", "\\",
        "Resolved –", "(a) ", "8.1 ", "Agenda item\n", "Decision details\n", ":", "\u{0}", "<div id=\"modgov\">", "</p>", "<h3 class=\"mgSubSubTitleTxt\">", "\u{FF}\u{FE}",
    ]

    static func mutate(_ seed: [UInt8], other: [UInt8], random: inout SeededRandom) -> [UInt8] {
        var bytes = seed
        for _ in 0...random.below(4) {
            let at = random.below(bytes.count + 1)
            switch random.below(10) {
            case 0: if !bytes.isEmpty { bytes[min(at, bytes.count - 1)] ^= UInt8(1 << random.below(8)) }
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + random.below(64) + 1))
            case 2: bytes.insert(contentsOf: Array(oddText[random.below(oddText.count)].utf8), at: at)
            case 3: bytes.insert(contentsOf: (0..<random.below(16) + 1).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
            case 4: bytes = Array(bytes.prefix(at))
            case 5:
                let end = min(bytes.count, at + random.below(200) + 1)
                bytes.insert(contentsOf: bytes[at..<end], at: min(bytes.count, end + random.below(100)))
            case 6:
                let from = random.below(other.count + 1)
                bytes.insert(contentsOf: other[from..<min(other.count, from + random.below(300) + 1)], at: at)
            case 7:
                // A digit becomes a run of digits: numbers out of range.
                if let digit = bytes[at...].firstIndex(where: { (48...57).contains($0) }) {
                    bytes.insert(contentsOf: Array(String(repeating: "9", count: random.below(25) + 1).utf8), at: digit)
                }
            case 8:
                var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
                if lines.count > 2 { lines.swapAt(random.below(lines.count), random.below(lines.count)) }
                bytes = Array(lines.joined(separator: [10]))
            default: bytes.insert(contentsOf: Array(oddText.randomSample(&random).utf8), at: at)
            }
        }
        return bytes
    }

    /// The store's files as they are on disk.
    static func snapshot(_ path: String) -> [Data] {
        ["", "-wal"].map { FileManager.default.contents(atPath: path + $0) ?? Data() }
    }

    @Test func mutatedAndRandomDocumentsGiveClearErrorsAndLeaveTheStoreAlone() throws {
        let environment = ProcessInfo.processInfo.environment
        let cases = Int(environment["SCRUTINY_FUZZ_CASES"] ?? "") ?? 10_000
        let start = UInt64(environment["SCRUTINY_FUZZ_SEED"] ?? "") ?? 0x5C12_7111
        let seeds = try Self.seeds()
        #expect(seeds.count >= 25)
        let folder = TemporaryFolder()
        let path = folder.file("papers.sqlite")
        let store = try SampleStore.make(in: folder)
        var random = SeededRandom(state: start)
        var outcomes: [String: Int] = [:]
        var files = Self.snapshot(path)  // taken again after each import that succeeds
        for number in 0..<cases {
            let seed = seeds[random.below(seeds.count)]
            let ext = (seed.name as NSString).pathExtension
            let bytes: [UInt8] = random.below(20) == 0
                ? (0..<random.below(2000)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                : Self.mutate(seed.bytes, other: seeds[random.below(seeds.count)].bytes, random: &random)
            let name = "fuzz/\(number).\(ext)"
            let parsed: ParsedFile
            do {
                parsed = ext == "json"
                    ? try PaperReader.parseOParl(name: name, files: [(name, bytes)])
                    : try PaperReader.parse(name: name, bytes: bytes)
            } catch let error as FormatError {
                #expect(error.file == name && !error.cause.isEmpty, "case \(number): \(error)")
                outcomes["refused by the reader", default: 0] += 1
                continue
            } catch {
                Issue.record("case \(number) (\(seed.name)): not a FormatError: \(error)")
                continue
            }
            do {
                _ = try store.importBundle(parsed.bundle, name: name, format: parsed.format.rawValue, checksum: parsed.checksum)
                outcomes["imported", default: 0] += 1
                files = Self.snapshot(path)
            } catch let error as StoreError {
                #expect(!error.description.isEmpty)
                #expect(Self.snapshot(path) == files, "case \(number) (\(seed.name)) changed the store: \(error)")
                outcomes["refused by the store", default: 0] += 1
            } catch {
                Issue.record("case \(number) (\(seed.name)): not a StoreError: \(error)")
                #expect(Self.snapshot(path) == files, "case \(number) (\(seed.name)) changed the store")
            }
        }
        #expect(try store.scalar("PRAGMA integrity_check") == "ok")
        print("fuzz: seed \(start), \(cases) cases from \(seeds.count) seeds: \(outcomes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))")
        #expect(outcomes["refused by the reader", default: 0] > cases / 10)
        #expect(outcomes["imported", default: 0] > cases / 20)
    }
}

private extension Array where Element == String {
    func randomSample(_ random: inout SeededRandom) -> String {
        (0..<3).map { _ in self[random.below(count)] }.joined()
    }
}
