import ScrutinyModel

/// What `a` can write a note on, from where the member is: the thing at the top of the
/// window first, then its item, then its meeting.
enum NoteSpots {
    static func meeting(_ listing: MeetingListing) -> NoteSpot {
        NoteSpot(.meeting(listing.meeting.id), "the meeting: \(listing.committeeName), \(listing.meeting.start.map { $0.date.short } ?? "date not known")")
    }

    static func item(_ item: AgendaItem) -> NoteSpot {
        NoteSpot(.item(item.id), "the item: \(ItemView.heading(item))")
    }

    /// Spots on an item page whose window starts at line `top`.
    static func onPage(_ detail: ItemDetail, lines: [ItemPage.Line], top: Int, height: Int) -> [NoteSpot] {
        var spots: [NoteSpot] = []
        let window = lines[min(top, lines.count)..<min(top + height, lines.count)]
        if top > 0, let anchor = window.lazy.compactMap(\.anchor).first(where: { !$0.isTitle }),
           let spot = spot(anchor, in: detail) {
            spots.append(spot)
        }
        return spots + [item(detail.item), meeting(detail.meeting)]
    }

    /// The thing an anchor stands for, named as the editor shows it.
    static func spot(_ anchor: ItemPage.Anchor, in detail: ItemDetail) -> NoteSpot? {
        switch anchor {
        case .paragraph(let id, let position):
            guard let document = detail.documents.first(where: { $0.id == id }),
                  let paragraph = document.paragraphs[safe: position - 1] else { return nil }
            let name = paragraph.number.map { "¶\($0)" } ?? "the heading “\(paragraph.text)”"
            return NoteSpot(.paragraph(document: id, position: position, quote: NoteTarget.quote(paragraph.text)),
                            "\(name) of \(document.title)")
        case .question(let id):
            return detail.questions.first { $0.id == id }.map { NoteSpot(.question(id), "question Q\($0.position)") }
        case .response(let id):
            return detail.responses.first { $0.id == id }.map { NoteSpot(.response(id), "the response of \($0.speaker ?? "an officer")") }
        case .resolution(let id):
            return detail.resolutions.first { $0.id == id }.map { NoteSpot(.resolution(id), $0.label.isEmpty ? "the resolution" : "resolution \($0.label)") }
        }
    }
}
