import ScrutinyModel

extension PaperBundle {
    /// Adds another bundle's papers; a committee or body already here is not repeated.
    mutating func merge(_ other: PaperBundle) {
        body = body ?? other.body
        committees += other.committees.filter { committee in !committees.contains { $0.id == committee.id } }
        people += other.people
        memberships += other.memberships
        meetings += other.meetings.filter { meeting in !meetings.contains { $0.id == meeting.id } }
        items += other.items
        documents += other.documents
        questions += other.questions
        responses += other.responses
        resolutions += other.resolutions
        attendance += other.attendance
        declarations += other.declarations
    }

    /// The papers of one item under another id: its documents, questions, responses,
    /// resolutions and declarations renamed with it ("…-depot-res1" → "…-item-6-res1").
    func movingItem(_ from: String, to itemID: String, meetingID: String? = nil) -> PaperBundle {
        func moved(_ id: String) -> String { id.hasPrefix(from) ? itemID + id.dropFirst(from.count) : id }
        var out = self
        out.items = items.map { var item = $0; if item.id == from { item.id = itemID; item.meetingID = meetingID ?? item.meetingID }; return item }
        out.documents = documents.map { var document = $0; document.id = moved(document.id); document.itemID = moved(document.itemID); return document }
        out.questions = questions.map { var question = $0; question.id = moved(question.id); question.itemID = moved(question.itemID); return question }
        out.responses = responses.map { response in
            var response = response
            response.id = moved(response.id)
            response.itemID = moved(response.itemID)
            response.answers = response.answers.map(moved)
            return response
        }
        out.resolutions = resolutions.map { var resolution = $0; resolution.id = moved(resolution.id); resolution.itemID = moved(resolution.itemID); return resolution }
        out.declarations = declarations.map { declaration in
            var declaration = declaration
            declaration.id = moved(declaration.id)
            declaration.itemID = declaration.itemID.map(moved)
            declaration.meetingID = meetingID ?? declaration.meetingID
            return declaration
        }
        return out
    }
}
