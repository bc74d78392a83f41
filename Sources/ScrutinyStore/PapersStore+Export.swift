import GRDB
import ScrutinyModel

extension PapersStore {
    /// The council, its committees, people and seats: what a pack's council file holds.
    public func councilBundle() throws -> PaperBundle {
        try read { db in
            var bundle = PaperBundle()
            bundle.body = try Row.fetchOne(db, sql: "SELECT * FROM body ORDER BY id").map { Body(id: $0["id"], name: $0["name"]) }
            bundle.committees = try Row.fetchAll(db, sql: "SELECT * FROM committee ORDER BY rowid").map(Committee.init(row:))
            bundle.people = try Row.fetchAll(db, sql: "SELECT * FROM person ORDER BY rowid").map { row in
                Person(id: row["id"], name: row["name"], role: Person.Role(rawValue: row["role"]) ?? .councillor,
                       title: row["title"])
            }
            bundle.memberships = try Row.fetchAll(db, sql: "SELECT * FROM membership ORDER BY rowid").map { row in
                Membership(committeeID: row["committee_id"], personID: row["person_id"], role: row["role"])
            }
            return bundle
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
