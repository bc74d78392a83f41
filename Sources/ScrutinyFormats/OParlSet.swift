import ScrutinyModel

/// An OParl set of objects read into papers: the council, its committees, people and seats,
/// meetings with their items, papers and files; and notes on what had to be guessed.
struct OParlSet {
    typealias Object = OParlGraph.Object
    let graph: OParlGraph
    let context: PageContext
    let file: String
    var bundle = PaperBundle()
    var notes: [String] = []
    /// OParl id of an Organization → committee id.
    var committeeIDs: [String: String] = [:]

    init(graph: OParlGraph, context: PageContext, file: String) {
        self.graph = graph
        self.context = context
        self.file = file
    }

    func fail(_ object: Object, _ cause: String) -> FormatError {
        FormatError(file: (object["id"] as? String).flatMap { graph.fileOf[$0] } ?? file, line: nil, cause)
    }

    mutating func read() throws -> PaperBundle {
        if let body = graph.objects(of: "Body").first, let name = graph.text(body, "name") {
            bundle.body = Body(id: Slug.make(graph.text(body, "shortName") ?? name), name: name)
        }
        for organization in graph.objects(of: "Organization") {
            guard let name = graph.text(organization, "name") else { throw fail(organization, "an Organization has no \"name\"") }
            committeeIDs[organization["id"] as! String] = addCommittee(name)
        }
        try readPeople()
        let papersOfItem = papersByItem()
        var meetingIDs = Set<String>()
        for meeting in graph.objects(of: "Meeting") {
            try readMeeting(meeting, papers: papersOfItem, ids: &meetingIDs)
        }
        guard !bundle.meetings.isEmpty || !bundle.committees.isEmpty || bundle.body != nil || !bundle.people.isEmpty else {
            throw FormatError(file: file, line: nil, "the OParl objects hold no Body, Organization, Person or Meeting")
        }
        return bundle
    }

    @discardableResult
    mutating func addCommittee(_ name: String) -> String {
        let committee = Committee(id: Slug.make(name), bodyID: bundle.body?.id, name: name, kind: ModernGovPageReader.kind(of: name))
        if !bundle.committees.contains(where: { $0.id == committee.id }) { bundle.committees.append(committee) }
        return committee.id
    }

    /// People, and their seats: Memberships on their own, embedded in a Person, or listed on
    /// an Organization; a seat that has ended is left out.
    private mutating func readPeople() throws {
        var personNames: [String: String] = [:]
        for person in graph.objects(of: "Person") {
            let given = [graph.text(person, "givenName"), graph.text(person, "familyName")].compactMap { $0 }.joined(separator: " ")
            guard let name = graph.text(person, "name") ?? given.nilIfEmpty else { throw fail(person, "a Person has no \"name\"") }
            personNames[person["id"] as! String] = name
            let title = (person["title"] as? [String])?.joined(separator: ", ").nilIfEmpty
            bundle.people.append(Person(id: Slug.make(name), name: name, role: .councillor, title: title))
        }
        var organizationOf: [String: String] = [:] // membership id → organization id, from Organization.membership lists
        for organization in graph.objects(of: "Organization") {
            for reference in (organization["membership"] as? [Any]) ?? [] {
                if let id = OParlGraph.id(reference) { organizationOf[id] = organization["id"] as? String }
            }
        }
        var unknown = 0
        for membership in graph.objects(of: "Membership") {
            let id = membership["id"] as? String ?? ""
            let personID = OParlGraph.id(membership["person"]) ?? graph.parentOf[id].flatMap { graph.types[$0] == "Person" ? $0 : nil }
            let organizationID = OParlGraph.id(membership["organization"]) ?? organizationOf[id]
                ?? graph.parentOf[id].flatMap { graph.types[$0] == "Organization" ? $0 : nil }
            guard let person = personID.flatMap({ personNames[$0] }) ?? graph.text(graph.resolve(membership["person"]), "name") else { continue }
            // A past seat (any seat with an end, when the day is not known).
            if let end = graph.text(membership, "endDate"), context.today.map({ CalendarDate(iso: end.prefix(10)) ?? $0 < $0 }) ?? true { continue }
            guard let committee = organizationID.flatMap({ committeeIDs[$0] }) else { unknown += 1; continue }
            let role = graph.text(membership, "role")?.lowercased() ?? ""
            let seat = role.contains("vice") || role.contains("deputy") || role.contains("stellv") ? "Vice-Chair"
                : role.contains("chair") || role.contains("vorsitz") ? "Chair" : "Member"
            bundle.memberships.append(Membership(committeeID: committee, personID: Slug.make(person), role: seat))
        }
        if unknown > 0 {
            notes.append("\(unknown) membership\(unknown == 1 ? "" : "s") of an Organization the set does not hold: left out")
        }
    }

    /// Papers reach agenda items through consultations, listed on either side.
    private func papersByItem() -> [String: [Object]] {
        var papersOfItem: [String: [Object]] = [:]
        func add(_ paper: Object, to item: String) {
            guard !(papersOfItem[item] ?? []).contains(where: { ($0["id"] as? String) == (paper["id"] as? String) }) else { return }
            papersOfItem[item, default: []].append(paper)
        }
        for consultation in graph.objects(of: "Consultation") {
            guard let item = OParlGraph.id(consultation["agendaItem"]), let paper = graph.resolve(consultation["paper"]) else { continue }
            add(paper, to: item)
        }
        for paper in graph.objects(of: "Paper") {
            for consultation in graph.resolveAll(paper["consultation"]) {
                if let item = OParlGraph.id(consultation["agendaItem"]) { add(paper, to: item) }
            }
        }
        return papersOfItem
    }
}
