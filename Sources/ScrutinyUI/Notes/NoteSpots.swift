import ScrutinyModel

/// What `a` can write a note on, from where the member is: the block under the page's cursor
/// first, then its item, then its meeting.
enum NoteSpots {
    static func meeting(_ listing: MeetingListing) -> NoteSpot {
        NoteSpot(.meeting(listing.meeting.id), "\(NotePlaceName.meeting): \(listing.committeeName), \(listing.meeting.start.map { $0.date.short } ?? "date not known")")
    }

    static func item(_ item: AgendaItem) -> NoteSpot {
        NoteSpot(.item(item.id), "\(NotePlaceName.item): \(ItemView.heading(item))")
    }

    /// Spots on a page of an item whose cursor is on `cursor`: that block, the item, its meeting.
    static func onPage(_ detail: ItemDetail, cursor: ItemPage.Anchor?) -> [NoteSpot] {
        let here = cursor.flatMap { spot($0, in: detail) }
        return (here.map { [$0] } ?? []) + [item(detail.item), meeting(detail.meeting)]
    }

    /// The thing an anchor stands for, named as the editor shows it.
    static func spot(_ anchor: ItemPage.Anchor, in detail: ItemDetail) -> NoteSpot? {
        switch anchor {
        case .paragraph(let id, let position):
            guard let document = detail.documents.first(where: { $0.id == id }),
                  let paragraph = document.paragraphs[safe: position - 1] else { return nil }
            return NoteSpot(.paragraph(document: id, position: position, quote: NoteTarget.quote(paragraph.text)),
                            NotePlaceName.paragraph(number: paragraph.number, heading: paragraph.kind == .heading ? paragraph.text : nil,
                                                   of: document.title))
        case .question(let id):
            return detail.questions.first { $0.id == id }.map { NoteSpot(.question(id), NotePlaceName.question(position: $0.position)) }
        case .response(let id):
            return detail.responses.first { $0.id == id }.map { NoteSpot(.response(id), NotePlaceName.response(speaker: $0.speaker)) }
        case .resolution(let id):
            return detail.resolutions.first { $0.id == id }.map { NoteSpot(.resolution(id), NotePlaceName.resolution(label: $0.label)) }
        }
    }
}
