import Foundation
import ScrutinyModel

/// Reads OParl 1.1 JSON (Body, Organization, Person, Membership, Meeting, AgendaItem, Paper,
/// Consultation, File) from a set of files: single objects, lists (`{"data": [...]}`, as an
/// OParl server pages them) or both, with objects embedded or referred to by their id.
/// The whole set becomes one import, so references between files resolve. See docs/formats.md.
public enum OParlReader {
    public static func recognises(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4000), as: UTF8.self)
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return (start.hasPrefix("{") || start.hasPrefix("[")) && head.contains("schema.oparl.org/1.")
    }

    public static func read(_ files: [(name: String, bytes: [UInt8])]) throws -> PaperBundle {
        var graph = Graph()
        for file in files {
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(file.bytes), options: [.fragmentsAllowed])
            } catch {
                throw FormatError(file: file.name, line: nil, "the JSON cannot be read: \(Self.reason(error))")
            }
            try graph.collect(value, file: file.name, depth: 0)
        }
        guard !graph.objects.isEmpty else {
            throw FormatError(file: files.first?.name ?? "OParl", line: nil, "no OParl objects (objects with an OParl \"type\")")
        }
        return try graph.bundle(file: files.count == 1 ? files[0].name : "OParl set of \(files.count) files")
    }

    private static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "it is not valid JSON"
    }

    /// Every OParl object found, by id, in the order found.
    struct Graph {
        typealias Object = [String: Any]
        var objects: [String: Object] = [:]
        var order: [String] = []
        var fileOf: [String: String] = [:]

        mutating func collect(_ value: Any, file: String, depth: Int) throws {
            guard depth < 32 else { throw FormatError(file: file, line: nil, "objects are nested more than 32 deep") }
            if let list = value as? [Any] {
                for element in list { try collect(element, file: file, depth: depth + 1) }
                return
            }
            guard let object = value as? Object else { return }
            if let type = object["type"] as? String, type.contains("oparl"), let id = object["id"] as? String, !id.isEmpty {
                if objects[id] == nil { order.append(id) }
                // A fuller copy (embedded with its fields) wins over a bare one.
                if (objects[id]?.count ?? 0) <= object.count { objects[id] = object }
                fileOf[id] = fileOf[id] ?? file
            }
            for (key, field) in object where key != "type" {
                if field is [Any] || field is Object { try collect(field, file: file, depth: depth + 1) }
            }
        }

        func type(_ object: Object) -> String {
            (object["type"] as? String).flatMap { $0.split(separator: "/").last.map(String.init) } ?? ""
        }

        func objects(of kind: String) -> [Object] {
            order.compactMap { objects[$0] }.filter { type($0) == kind }
        }

        /// A reference: an embedded object or an id.
        func resolve(_ reference: Any?) -> Object? {
            if let object = reference as? Object {
                return (object["id"] as? String).flatMap { objects[$0] } ?? object
            }
            return (reference as? String).flatMap { objects[$0] }
        }

        func resolveAll(_ references: Any?) -> [Object] {
            ((references as? [Any]) ?? (references.map { [$0] } ?? [])).compactMap(resolve)
        }

        func text(_ object: Object?, _ key: String) -> String? {
            (object?[key] as? String).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.flatMap { $0.isEmpty ? nil : $0 }
        }

        func bundle(file: String) throws -> PaperBundle {
            var bundle = PaperBundle()
            func fail(_ object: Object, _ cause: String) -> FormatError {
                FormatError(file: (object["id"] as? String).flatMap { fileOf[$0] } ?? file, line: nil, cause)
            }
            if let body = objects(of: "Body").first, let name = text(body, "name") {
                bundle.body = Body(id: Slug.make(text(body, "shortName") ?? name), name: name)
            }
            var committeeIDs: [String: String] = [:] // OParl id → committee id
            for organization in objects(of: "Organization") {
                guard let name = text(organization, "name") else { throw fail(organization, "an Organization has no \"name\"") }
                let committee = Committee(id: Slug.make(name), bodyID: bundle.body?.id, name: name,
                                          kind: ModernGovPageReader.kind(of: name))
                committeeIDs[organization["id"] as! String] = committee.id
                if !bundle.committees.contains(where: { $0.id == committee.id }) { bundle.committees.append(committee) }
            }
            var personNames: [String: String] = [:]
            for person in objects(of: "Person") {
                let given = [text(person, "givenName"), text(person, "familyName")].compactMap { $0 }.joined(separator: " ")
                guard let name = text(person, "name") ?? given.nilIfEmpty else { throw fail(person, "a Person has no \"name\"") }
                personNames[person["id"] as! String] = name
                let title = (person["title"] as? [String])?.joined(separator: ", ").nilIfEmpty
                bundle.people.append(Person(id: Slug.make(name), name: name, role: .councillor, title: title))
            }
            for membership in objects(of: "Membership") {
                guard let person = (membership["person"] as? String).flatMap({ personNames[$0] }) ?? text(resolve(membership["person"]), "name"),
                      let committee = (membership["organization"] as? String).flatMap({ committeeIDs[$0] }) else { continue }
                if membership["endDate"] is String { continue } // a past seat
                let role = text(membership, "role")?.lowercased() ?? ""
                let seat = role.contains("vice") || role.contains("deputy") ? "Vice-Chair" : role.contains("chair") ? "Chair" : "Member"
                bundle.memberships.append(Membership(committeeID: committee, personID: Slug.make(person), role: seat))
            }
            // Papers reach agenda items through consultations.
            var papersOfItem: [String: [Object]] = [:]
            for consultation in objects(of: "Consultation") {
                guard let item = (consultation["agendaItem"] as? String) ?? (resolve(consultation["agendaItem"])?["id"] as? String),
                      let paper = resolve(consultation["paper"]) else { continue }
                papersOfItem[item, default: []].append(paper)
            }
            for paper in objects(of: "Paper") {
                for consultation in resolveAll(paper["consultation"]) {
                    guard let item = (consultation["agendaItem"] as? String) ?? (resolve(consultation["agendaItem"])?["id"] as? String),
                          !(papersOfItem[item] ?? []).contains(where: { ($0["id"] as? String) == (paper["id"] as? String) }) else { continue }
                    papersOfItem[item, default: []].append(paper)
                }
            }
            var meetingIDs = Set<String>()
            for meetingObject in objects(of: "Meeting") {
                let organizations = resolveAll(meetingObject["organization"])
                guard let organization = organizations.first, let committeeID = committeeIDs[organization["id"] as? String ?? ""]
                        ?? text(organization, "name").map({ Slug.make($0) }) else {
                    throw fail(meetingObject, "the Meeting \(text(meetingObject, "name") ?? "") names no Organization (its committee)")
                }
                if !bundle.committees.contains(where: { $0.id == committeeID }), let name = text(organization, "name") {
                    bundle.committees.append(Committee(id: committeeID, bodyID: bundle.body?.id, name: name, kind: ModernGovPageReader.kind(of: name)))
                }
                var start: MeetingTime?
                if let value = text(meetingObject, "start") {
                    guard let date = CalendarDate(iso: value.prefix(10)) else {
                        throw fail(meetingObject, "the Meeting's start is an ISO 8601 date and time, not \"\(value)\"")
                    }
                    let clock = value.dropFirst(11).prefix(5).split(separator: ":").compactMap { Int($0) }
                    start = clock.count == 2 && (0...23).contains(clock[0]) && (0...59).contains(clock[1])
                        ? MeetingTime(date: date, hour: clock[0], minute: clock[1]) : MeetingTime(date: date)
                }
                var id = "\(committeeID)-\(start?.date.iso ?? "undated")"
                if meetingIDs.contains(id) { id += "-" + Slug.make(String((meetingObject["id"] as? String ?? "").split(separator: "/").last ?? "")) }
                meetingIDs.insert(id)
                let location = resolve(meetingObject["location"])
                let place = text(location, "description") ?? [text(location, "room"), text(location, "streetAddress")].compactMap { $0 }.joined(separator: ", ").nilIfEmpty
                var meeting = Meeting(id: id, committeeID: committeeID, start: start, location: place,
                                      status: meetingObject["cancelled"] as? Bool == true ? .cancelled : .scheduled)
                let items = resolveAll(meetingObject["agendaItem"]).enumerated().sorted {
                    (($0.element["order"] as? Int) ?? $0.offset) < (($1.element["order"] as? Int) ?? $1.offset)
                }.map(\.element)
                for (offset, itemObject) in items.enumerated() {
                    try readItem(itemObject, meeting: meeting, position: offset + 1, papers: papersOfItem, fail: fail, into: &bundle)
                }
                if meeting.status != .cancelled && (meetingObject["resultsProtocol"] != nil
                    || bundle.resolutions.contains { $0.itemID.hasPrefix(meeting.id + "-") }) {
                    meeting.status = .held
                }
                bundle.meetings.append(meeting)
            }
            guard !bundle.meetings.isEmpty || !bundle.committees.isEmpty || bundle.body != nil else {
                throw FormatError(file: file, line: nil, "the OParl objects hold no Body, Organization or Meeting")
            }
            return bundle
        }

        private func readItem(_ object: Object, meeting: Meeting, position: Int, papers: [String: [Object]],
                              fail: (Object, String) -> FormatError, into bundle: inout PaperBundle) throws {
            guard let title = text(object, "name") else { throw fail(object, "an AgendaItem of \(meeting.id) has no \"name\"") }
            let number = text(object, "number") ?? ""
            var itemID = number.isEmpty ? "\(meeting.id)-\(Slug.make(title))" : "\(meeting.id)-item-\(Slug.make(number))"
            if bundle.items.contains(where: { $0.id == itemID }) { itemID += "-\(position)" }
            var item = AgendaItem(id: itemID, meetingID: meeting.id, number: number, position: position, title: title)
            let closed = object["public"] as? Bool == false
            item.exempt = closed
            item.exemptParagraphs = closed ? Schedule12A.paragraphs(in: title) : []
            // A closed item that does not name its paragraph of Schedule 12A keeps every paper exempt.
            let exemptPapers = closed && item.exemptParagraphs.isEmpty
            var documents: [Document] = []
            func add(_ file: Object?, kind: Document.Kind, title fallback: String, published: String? = nil) {
                guard let file else { return }
                let name = text(file, "name") ?? text(file, "fileName") ?? fallback
                let paragraphs = Paragraph.numbered(Self.paragraphs(file["text"] as? String ?? "").map { (.text, $0) })
                let source = text(file, "accessUrl") ?? text(file, "downloadUrl") ?? (file["id"] as? String)
                guard !paragraphs.isEmpty || source != nil else { return }
                documents.append(Document(
                    id: "\(itemID)-\(kind.rawValue)\(documents.isEmpty ? "" : "-\(documents.count + 1)")", itemID: itemID, kind: kind,
                    title: name, published: (published ?? text(file, "date")).flatMap { CalendarDate(iso: $0.prefix(10)) },
                    source: source, exempt: exemptPapers, paragraphs: paragraphs))
            }
            for paper in papers[object["id"] as? String ?? ""] ?? [] {
                let paperTitle = text(paper, "name") ?? title
                add(resolve(paper["mainFile"]), kind: .report, title: paperTitle, published: text(paper, "date"))
                for file in resolveAll(paper["auxiliaryFile"]) { add(file, kind: .appendix, title: paperTitle) }
                if item.reference == nil { item.reference = text(paper, "reference") }
                if item.kind == nil { item.kind = text(paper, "paperType") }
            }
            add(resolve(object["resolutionFile"]), kind: .decision, title: "Resolution")
            for file in resolveAll(object["auxiliaryFile"]) { add(file, kind: .supporting, title: title) }
            bundle.documents += documents
            let result = text(object, "result")
            if let resolution = object["resolutionText"] as? String, !resolution.trimmed.isEmpty {
                bundle.resolutions.append(Resolution(
                    id: "\(itemID)-res1", itemID: itemID, position: 1, label: "", text: resolution.trimmed,
                    outcome: PageResolutions.outcome(of: result ?? resolution)))
            }
            bundle.items.append(item)
        }

        /// A File's text as paragraphs: blank lines separate them, line breaks inside are joined.
        static func paragraphs(_ text: String) -> [String] {
            text.replacing("\r\n", with: "\n").split(separator: "\n\n").map {
                $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }.filter { !$0.isEmpty }
        }
    }
}
