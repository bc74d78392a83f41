import Foundation
import ScrutinyModel

/// Reads OParl 1.0 and 1.1 JSON (Body, Organization, Person, Membership, Meeting, AgendaItem,
/// Paper, Consultation, File) from a set of files as servers send them: single objects, lists
/// (`{"data": [...]}` pages) or both, objects embedded or referred to by their id, with or
/// without a top-level `type` (objects saved one per file often lose theirs). The whole set
/// becomes one import, so references between files resolve. See docs/formats.md.
public enum OParlReader {
    public static func recognises(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4000), as: UTF8.self)
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return (start.hasPrefix("{") || start.hasPrefix("[")) && (head.contains("schema.oparl.org/1.") || head.contains("oparl.org/schema/1."))
    }

    public static func read(_ files: [(name: String, bytes: [UInt8])], context: PageContext = PageContext(),
                            notes: inout [String]) throws -> PaperBundle {
        var graph = OParlGraph()
        for file in files {
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(file.bytes), options: [.fragmentsAllowed])
            } catch {
                throw FormatError(file: file.name, line: nil, "the JSON cannot be read: \(Self.reason(error))")
            }
            try graph.collect(value, file: file.name, depth: 0, parent: nil)
        }
        guard !graph.objects.isEmpty else {
            throw FormatError(file: files.first?.name ?? "OParl", line: nil, "no OParl objects (objects with an OParl \"type\")")
        }
        var reader = OParlSet(graph: graph, context: context, file: files.count == 1 ? files[0].name : "OParl set of \(files.count) files")
        let bundle = try reader.read()
        notes += reader.notes
        return bundle
    }

    /// Reads a set with no interest in its notes (tests).
    static func read(_ files: [(name: String, bytes: [UInt8])], context: PageContext = PageContext()) throws -> PaperBundle {
        var notes: [String] = []
        return try read(files, context: context, notes: &notes)
    }

    private static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "it is not valid JSON"
    }
}

/// Every OParl object found in a set of files, by id, in the order found.
struct OParlGraph {
    typealias Object = [String: Any]
    var objects: [String: Object] = [:]
    var types: [String: String] = [:]
    var order: [String] = []
    var fileOf: [String: String] = [:]
    /// The object each embedded object was found in (a Membership inside its Person).
    var parentOf: [String: String] = [:]

    mutating func collect(_ value: Any, file: String, depth: Int, parent: String?) throws {
        guard depth < 32 else { throw FormatError(file: file, line: nil, "objects are nested more than 32 deep") }
        if let list = value as? [Any] {
            for element in list { try collect(element, file: file, depth: depth + 1, parent: parent) }
            return
        }
        guard let object = value as? Object else { return }
        var here = parent
        if let id = object["id"] as? String, !id.isEmpty, object["deleted"] as? Bool != true,
           let type = Self.declaredType(object) ?? Self.inferredType(object) {
            if objects[id] == nil { order.append(id) }
            // A fuller copy (embedded with its fields) wins over a bare one.
            if (objects[id]?.count ?? 0) <= object.count { objects[id] = object }
            types[id] = types[id] ?? type
            fileOf[id] = fileOf[id] ?? file
            if let parent, parentOf[id] == nil { parentOf[id] = parent }
            here = id
        }
        for (key, field) in object where key != "type" {
            if field is [Any] || field is Object { try collect(field, file: file, depth: depth + 1, parent: here) }
        }
    }

    /// "https://schema.oparl.org/1.1/Meeting" (or 1.0, or the drafts' "http://oparl.org/schema/1.0/…") → "Meeting".
    static func declaredType(_ object: Object) -> String? {
        guard let type = object["type"] as? String, type.contains("oparl") else { return nil }
        return type.split(separator: "/").last.map(String.init)
    }

    /// The type of an object that lost its `type`, from the fields only that type has.
    static func inferredType(_ object: Object) -> String? {
        let keys = Set(object.keys)
        guard object["type"] == nil else { return nil }
        if keys.contains("oparlVersion") { return "System" }
        if !keys.isDisjoint(with: ["agendaItem", "meetingState", "invitation", "resultsProtocol", "verbatimProtocol"])
            || keys.contains("start") && keys.contains("organization") { return "Meeting" }
        if !keys.isDisjoint(with: ["familyName", "givenName", "formOfAddress", "formOfAdress"]) { return "Person" }
        if !keys.isDisjoint(with: ["paperType", "mainFile", "originatorPerson", "underDirectionOf"]) { return "Paper" }
        if !keys.isDisjoint(with: ["accessUrl", "downloadUrl", "mimeType", "fileName"]) { return "File" }
        if keys.contains("votingRight") || keys.contains("person") && keys.contains("organization") { return "Membership" }
        if !keys.isDisjoint(with: ["organizationType", "classification"]) { return "Organization" }
        if keys.contains("legislativeTerm") && keys.contains("system") { return "Body" }
        return nil
    }

    func type(of object: Object) -> String {
        (object["id"] as? String).flatMap { types[$0] } ?? Self.declaredType(object) ?? ""
    }

    func objects(of kind: String) -> [Object] {
        order.filter { types[$0] == kind }.compactMap { objects[$0] }
    }

    /// A reference: an embedded object or an id.
    func resolve(_ reference: Any?) -> Object? {
        if let object = reference as? Object {
            return (object["id"] as? String).flatMap { objects[$0] } ?? object
        }
        return (reference as? String).flatMap { objects[$0] }
    }

    /// A list of references; servers send a lone object where the spec says a list.
    func resolveAll(_ references: Any?) -> [Object] {
        ((references as? [Any]) ?? (references.map { [$0] } ?? [])).compactMap(resolve)
    }

    /// A string field, white space collapsed; "N/A" and empty strings (ALLRIS) are no value.
    func text(_ object: Object?, _ key: String) -> String? {
        guard let raw = object?[key] as? String else { return nil }
        let value = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return value.isEmpty || value == "N/A" ? nil : value
    }

    /// The id of a reference, embedded or given as a string.
    static func id(_ reference: Any?) -> String? {
        (reference as? String) ?? ((reference as? Object)?["id"] as? String)
    }
}
