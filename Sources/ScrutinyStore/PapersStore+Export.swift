import GRDB
import ScrutinyModel

extension PapersStore {
    /// Each council with its committees, their members and everyone else, one bundle per
    /// council (what a pack's council file holds); committees of no council come last, in a
    /// bundle without a body. People with no seat go with the first.
    public func councilBundles() throws -> [PaperBundle] {
        try read { db in
            let bodies = try Row.fetchAll(db, sql: "SELECT * FROM body ORDER BY rowid").map { row in
                var body = Body(id: try row.decode(forColumn: "id"), name: try row.decode(forColumn: "name"),
                     responsePeriod: (try row.decode(forColumn: "response_period") as String?).flatMap(ResponsePeriod.init(text:)),
                     timeZone: try row.decode(forColumn: "time_zone"))
                body.callInRules = CallInSettings.decode(try row.decode(forColumn: "call_in_rules"))
                body.workingCalendar = CallInSettings.decode(try row.decode(forColumn: "working_calendar"))
                return body
            }
            let committees = try Row.fetchAll(db, sql: "SELECT * FROM committee ORDER BY rowid").map { try Committee(row: $0) }
            let people = try Row.fetchAll(db, sql: "SELECT * FROM person ORDER BY rowid").map { row in
                Person(id: (try row.decode(forColumn: "id")), name: (try row.decode(forColumn: "name")), role: try row.closed("role", of: "person \((try row.decode(forColumn: "id")) as String)"), title: (try row.decode(forColumn: "title")),
                       party: (try row.decode(forColumn: "party")), ward: (try row.decode(forColumn: "ward")))
            }
            let memberships = try Row.fetchAll(db, sql: "SELECT * FROM membership ORDER BY rowid").map { row in
                Membership(committeeID: (try row.decode(forColumn: "committee_id")), personID: (try row.decode(forColumn: "person_id")), role: (try row.decode(forColumn: "role")))
            }
            let seated = Set(memberships.map(\.personID))
            var owners: [Body?] = bodies
            if committees.contains(where: { $0.bodyID == nil }) || bodies.isEmpty { owners.append(nil) }
            return owners.enumerated().map { index, body in
                var bundle = PaperBundle()
                bundle.body = body
                bundle.committees = committees.filter { $0.bodyID == body?.id }
                let ids = Set(bundle.committees.map(\.id))
                bundle.memberships = memberships.filter { ids.contains($0.committeeID) }
                let here = Set(bundle.memberships.map(\.personID))
                bundle.people = people.filter { here.contains($0.id) || (index == 0 && !seated.contains($0.id)) }
                return bundle
            }
        }
    }

    /// One meeting with everything on its agenda: what a pack's meeting file holds.
    public func meetingBundle(id: String) throws -> PaperBundle {
        let detail = try meeting(id: id)
        var bundle = PaperBundle()
        bundle.committees = [detail.committee]
        bundle.meetings = [detail.meeting]
        bundle.attendance = detail.attendance
        bundle.declarations = detail.declarations
        for listing in detail.items {
            let item = try item(id: listing.item.id)
            bundle.items.append(item.item)
            bundle.documents += item.documents
            bundle.questions += item.questions
            bundle.responses += item.responses
            bundle.resolutions += item.resolutions
        }
        return bundle
    }

    /// How many shared notes the store holds (private notes live in each member's notebook).
    public func sharedNoteCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM note") ?? 0 }
    }
}
