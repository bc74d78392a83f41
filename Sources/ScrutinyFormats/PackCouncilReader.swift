import Foundation
import ScrutinyModel

/// Reads a `type: council` pack file:
///
///     ---
///     type: council
///     id: northbridge
///     name: Northbridge Borough Council
///     response period: 8 weeks
///     time zone: Europe/London
///     ---
///     # Committee: Cabinet
///     id: cabinet
///     kind: executive
///     quorum: 3
///     recommendation prefix: SR
///
///     - Cllr Joan Hale, Leader of the Council (Chair)
///
///     # People
///
///     - officer: Dana Whitfield, Head of Digital Services
struct PackCouncilReader {
    let outline: MarkdownOutline
    let fail: (Int?, String) -> FormatError

    func read() throws -> PaperBundle {
        var bundle = PaperBundle()
        let values = PackValues(fail: fail)
        // A council file without a name holds committees that belong to no council.
        let name = outline.value("name")
        if let name, name.value.isEmpty { throw fail(name.line, "the council's \"name:\" is empty") }
        if name == nil, let id = outline.value("id") { throw fail(id.line, "the council has an id but no \"name:\"") }
        var period: ResponsePeriod?
        if let text = outline.value("response period") {
            guard let read = ResponsePeriod(text: text.value) else {
                throw fail(text.line, "the response period is written \"2 months\", \"8 weeks\" or \"28 days\", not \"\(text.value)\"")
            }
            period = read
        }
        let zone = outline.value("time zone")
        if let zone, TimeZone(identifier: zone.value) == nil {
            throw fail(zone.line, "the time zone is written as its name, \"Europe/London\", not \"\(zone.value)\"")
        }
        bundle.body = name.map { Body(id: outline.value("id")?.value ?? Slug.make($0.value), name: $0.value, responsePeriod: period,
                                      timeZone: zone?.value) }
        bundle.body?.callInRules = try callInRules()
        bundle.body?.workingCalendar = try workingCalendar()
        var people: [String: Person] = [:]
        for section in outline.sections where section.level == 1 {
            if section.title.hasPrefix("Committee:") {
                let committeeName = String(section.title.dropFirst("Committee:".count)).trimmed
                guard !committeeName.isEmpty else { throw fail(section.line, "a committee heading needs a name") }
                var committee = Committee(
                    id: section.value("id")?.value ?? Slug.make(committeeName), bodyID: bundle.body?.id, name: committeeName,
                    kind: try values.choice(section.value("kind"), Committee.Kind.self, default: .other),
                    quorum: try values.integer(section.value("quorum"), in: 1...200),
                    resolutionStyle: try values.choice(section.value("labels"), ResolutionLabelStyle.self, default: .letter),
                    recommendationPrefix: section.value("recommendation prefix")?.value)
                committee.programmeCriteria = try programmeCriteria(section)
                bundle.committees.append(committee)
                for line in section.body where !line.isBlank {
                    guard line.text.hasPrefix("- ") else { throw fail(line.number, "committee members are listed as \"- Cllr Name, title (Chair)\"") }
                    var entry = String(line.text.dropFirst(2)).trimmed
                    var role = "Member"
                    for seat in ["Chair", "Vice-Chair"] where entry.hasSuffix("(\(seat))") {
                        role = seat
                        entry = String(entry.dropLast(seat.count + 2)).trimmed
                    }
                    guard let person = Self.person(entry, role: .councillor) else {
                        throw fail(line.number, "a committee member needs a name: \"- Cllr Name, title\"")
                    }
                    people[person.id] = people[person.id] ?? person
                    bundle.memberships.append(Membership(committeeID: committee.id, personID: person.id, role: role))
                }
            } else if section.title == "People" {
                for line in section.body where !line.isBlank {
                    let entry = String(line.text.dropFirst(2))
                    guard line.text.hasPrefix("- "), let colon = entry.firstIndex(of: ":"),
                          let role = Person.Role(rawValue: String(entry[..<colon])) else {
                        throw fail(line.number, "people are listed as \"- councillor: Name, title\" or \"- officer: Name, title\"")
                    }
                    guard let person = Self.person(String(entry[entry.index(after: colon)...]).trimmed, role: role) else {
                        throw fail(line.number, "a person needs a name: \"- \(role.rawValue): Name, title\"")
                    }
                    people[person.id] = person
                }
            } else {
                throw fail(section.line, "a council file has \"# Committee: Name\" and \"# People\" sections, not \"\(section.title)\"")
            }
        }
        bundle.people = people.values.sorted { $0.id < $1.id }
        return bundle
    }

    /// "Cllr Joan Hale, Leader of the Council; party: Labour; ward: Riverside" → a person with
    /// that name, title, party and ward; nil without a name.
    static func person(_ entry: String, role: Person.Role) -> Person? {
        var segments = entry.components(separatedBy: "; ")
        var party: String?, ward: String?
        while let last = segments.last, segments.count > 1 {
            if last.hasPrefix("party: ") { party = String(last.dropFirst(7)).trimmed.nilIfEmpty } else if last.hasPrefix("ward: ") {
                ward = String(last.dropFirst(6)).trimmed.nilIfEmpty
            } else {
                break
            }
            segments.removeLast()
        }
        let main = segments.joined(separator: "; ")
        let parts = main.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmed }
        guard !parts[0].isEmpty, !Slug.make(parts[0]).isEmpty else { return nil }
        return Person(id: Slug.make(parts[0]), name: parts[0], role: role, title: parts.count > 1 ? parts[1] : nil, party: party, ward: ward)
    }
}
