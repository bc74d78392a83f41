import Foundation
import ScrutinyFormats
import ScrutinyModel

/// The OParl objects fetched from a server, kept in a folder beside the store (one file per
/// object, and which papers belong to which meeting), so that a later sync asks only for what
/// changed since (`modified_since`) and still reads each meeting with all its papers.
struct OParlMirror {
    typealias Object = [String: Any]
    let folder: URL
    /// Meeting id → the ids of the papers considered at it.
    private(set) var papersOfMeeting: [String: Set<String>] = [:]

    init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("objects"), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        if let data = try? Data(contentsOf: index), let saved = try? JSONSerialization.jsonObject(with: data) as? [String: [String]] {
            papersOfMeeting = saved.mapValues(Set.init)
        }
    }

    private var index: URL { folder.appendingPathComponent("papers-of-meetings.json") }

    private func file(_ id: String) -> URL {
        folder.appendingPathComponent("objects").appendingPathComponent(FNV1a.hex(of: Array(id.utf8)) + ".json")
    }

    /// Keeps an object (a newer copy replaces the older); a paper is noted against the meetings
    /// its consultations name.
    mutating func keep(_ object: Object) throws {
        guard let id = object["id"] as? String else { return }
        try JSONSerialization.data(withJSONObject: object).write(to: file(id), options: .atomic)
        for consultation in (object["consultation"] as? [Any]) ?? [] {
            guard let meeting = OParlMirror.id((consultation as? Object)?["meeting"]) else { continue }
            papersOfMeeting[meeting, default: []].insert(id)
        }
    }

    func object(_ id: String) -> Object? {
        guard let data = try? Data(contentsOf: file(id)) else { return nil }
        return try? JSONSerialization.jsonObject(with: data) as? Object
    }

    /// Writes the index of papers by meeting.
    func save() throws {
        try JSONSerialization.data(withJSONObject: papersOfMeeting.mapValues { $0.sorted() }, options: [.sortedKeys]).write(to: index, options: .atomic)
    }

    /// The objects a meeting is read with: the body, the meeting's organizations, the meeting
    /// and the papers considered at it, as one file's JSON each.
    func set(for meeting: Object, body: Object) throws -> [(name: String, bytes: [UInt8])] {
        let id = meeting["id"] as? String ?? ""
        let organizations = ((meeting["organization"] as? [Any]) ?? [meeting["organization"] as Any]).compactMap(OParlMirror.id).compactMap(object)
        let papers = (papersOfMeeting[id] ?? []).sorted().compactMap(object)
        return try ([body] + organizations + [meeting] + papers).map { object in
            ((object["id"] as? String) ?? id, [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])))
        }
    }

    /// The id of a reference: the id itself, or an embedded object's.
    static func id(_ reference: Any?) -> String? {
        (reference as? String) ?? ((reference as? Object)?["id"] as? String)
    }
}
