import Foundation
import ScrutinyFormats
import ScrutinyStore

/// A papers store in a temporary folder, loaded with the sample papers from `data/`.
public enum SampleStore {
    public static func make(in folder: TemporaryFolder) throws -> PapersStore {
        let store = try PapersStore(path: folder.file("papers.sqlite"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: PackageRoot.samples)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .sorted { ($0 == "council.md" ? "" : $0) < ($1 == "council.md" ? "" : $1) }
        for file in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: "\(PackageRoot.samples)/\(file)")!)
            let parsed = try PaperReader.parse(name: file, bytes: bytes)
            _ = try store.importBundle(parsed.bundle, name: file, format: parsed.format.rawValue, checksum: parsed.checksum)
        }
        return store
    }
}
