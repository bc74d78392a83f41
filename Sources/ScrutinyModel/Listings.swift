/// A meeting as a list shows it: with its committee's name and how many items it has.
public struct MeetingListing: Hashable, Sendable {
    public var meeting: Meeting
    public var committeeName: String
    public var itemCount: Int
    /// The notes the member can see on the meeting and its items.
    public var noteCount = 0

    public init(meeting: Meeting, committeeName: String, itemCount: Int) {
        self.meeting = meeting
        self.committeeName = committeeName
        self.itemCount = itemCount
    }
}

/// An agenda item as an agenda shows it: with counts of what hangs off it.
public struct ItemListing: Hashable, Sendable {
    public var item: AgendaItem
    public var documentCount: Int
    public var questionCount: Int
    public var resolutionCount: Int
    public var noteCount: Int
    /// Recommendations the committee made on it.
    public var recommendationCount = 0
    /// The day its decision was published, when a decision record says.
    public var decisionPublished: CalendarDate?
    /// Its call-in, when a request is recorded.
    public var callInRequest: CallInRequest?

    public init(item: AgendaItem, documentCount: Int, questionCount: Int, resolutionCount: Int, noteCount: Int) {
        self.item = item
        self.documentCount = documentCount
        self.questionCount = questionCount
        self.resolutionCount = resolutionCount
        self.noteCount = noteCount
    }
}

/// A meeting with its committee, agenda, attendance and declarations.
public struct MeetingDetail: Hashable, Sendable {
    public var meeting: Meeting
    public var committee: Committee
    public var items: [ItemListing]
    public var attendance: [Attendance]
    public var declarations: [Declaration]
    /// The committee's Chair and Vice-Chair by name: name → "Chair".
    public var seats: [String: String]
    /// The meeting's course as recorded live, and changes to its record after it ended.
    public var course: [CourseEvent] = []
    public var amendments: [Amendment] = []
    /// Actions from the committee's earlier meetings still open when this one began.
    public var mattersArising: [ActionListing] = []
    /// Its council's call-in rules and working days.
    public var callIn = CallInSettings()
    /// The later meeting that approved its minutes, and the committee's next meeting's day.
    public var minutesApproval: MinutesApproval?
    public var nextMeetingDay: CalendarDate?

    /// Where its minutes stand as of `today`; nil for a meeting not yet held.
    public func minutesStanding(today: CalendarDate) -> MinutesStanding? {
        if let minutesApproval { return .approved(minutesApproval) }
        guard let day = meeting.start?.date, day <= today, meeting.status != .cancelled else { return nil }
        if let next = nextMeetingDay, next <= today { return .notApproved(nextMeeting: next) }
        return .draft(nextMeeting: nextMeetingDay)
    }

    /// The call-in clock of one of its items.
    public func callInClock(_ listing: ItemListing) -> CallInClock? {
        callIn.clock(listing.item, published: listing.decisionPublished, meetingDay: meeting.start?.date, request: listing.callInRequest)
    }

    /// How many matters arising were overdue on the day they are reckoned on.
    public func overdueArising(today: CalendarDate) -> Int {
        let day = reckoning(today: today)
        return mattersArising.filter { $0.action.isOverdue(on: day) }.count
    }

    /// The day matters arising are reckoned on: the meeting's, or today for one still to come.
    public func reckoning(today: CalendarDate) -> CalendarDate {
        min(meeting.start?.date ?? today, today)
    }

    /// "6 present, 1 sent apologies, 1 absent": who came, as a meeting's record says; nil when
    /// no attendance was recorded.
    public var attendanceSummary: String? {
        guard !attendance.isEmpty else { return nil }
        let counts = [(Attendance.Status.present, "present"), (.apologies, "sent apologies"), (.absent, "absent")]
            .map { status, word in (attendance.filter { $0.status == status }.count, word) }.filter { $0.0 > 0 }
        return counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    /// Who came, who declared what and what was carried on to it, as parts of the record:
    /// "Attendance: 6 present, 1 sent apologies" with "present: Cllr A, Cllr B" …, "Declarations"
    /// with "Cllr C on item 5: …", then the matters arising.
    public func record(today: CalendarDate) -> [(title: String, lines: [String])] {
        var parts: [(String, [String])] = []
        if let attendanceSummary {
            parts.append(("Attendance: \(attendanceSummary)", [Attendance.Status.present, .apologies, .absent].compactMap { status in
                let names = attendance.filter { $0.status == status }.map(\.person)
                return names.isEmpty ? nil : "\(status == .apologies ? "apologies" : status.rawValue): \(names.joined(separator: ", "))"
            }))
        }
        if !declarations.isEmpty {
            parts.append(("Declarations", declarations.map { declaration in
                let item = items.first { $0.item.id == declaration.itemID }
                    .map { " on \($0.item.number.isEmpty ? $0.item.title : "item " + $0.item.number)" } ?? ""
                return "\(declaration.person)\(item): \(declaration.summary)"
            }))
        }
        if let minutes = minutesStanding(today: today) {
            let amended = if case .approved(let approval) = minutes { approval.amendments.map { ["Amended: \($0)"] } ?? [] } else { [String]() }
            parts.append((minutes.summary, amended))
        }
        if !mattersArising.isEmpty {
            let day = reckoning(today: today)
            let overdue = overdueArising(today: today)
            parts.append(("Matters arising: \(mattersArising.count) from earlier meetings" + (overdue > 0 ? ", \(overdue) overdue" : ""),
                          mattersArising.map { $0.asMatterArising(on: day) }))
        }
        return parts
    }

    public init(meeting: Meeting, committee: Committee, items: [ItemListing], attendance: [Attendance],
                declarations: [Declaration], seats: [String: String] = [:]) {
        self.seats = seats
        self.meeting = meeting
        self.committee = committee
        self.items = items
        self.attendance = attendance
        self.declarations = declarations
    }
}

/// An agenda item with everything attached to it, in order.
public struct ItemDetail: Hashable, Sendable {
    public var item: AgendaItem
    public var meeting: MeetingListing
    public var documents: [Document]
    public var questions: [Question]
    public var responses: [Response]
    public var resolutions: [Resolution]
    public var declarations: [Declaration]
    /// Actions recorded on the item, open and done.
    public var actions: [MeetingAction]
    /// Recommendations made on it, each from one of its resolutions or by hand.
    public var recommendations: [Recommendation] = []
    /// Its council's call-in rules and working days, and its call-in when a request is recorded.
    public var callIn = CallInSettings()
    public var callInRequest: CallInRequest?

    /// Its call-in clock: published as its decision record says, else on the meeting's day.
    public var callInClock: CallInClock? {
        callIn.clock(item, published: documents.filter { $0.kind == .decision }.compactMap(\.published).min(), meetingDay: meeting.meeting.start?.date,
                     request: callInRequest)
    }

    public init(item: AgendaItem, meeting: MeetingListing, documents: [Document], questions: [Question],
                responses: [Response], resolutions: [Resolution], declarations: [Declaration], actions: [MeetingAction] = []) {
        self.actions = actions
        self.item = item
        self.meeting = meeting
        self.documents = documents
        self.questions = questions
        self.responses = responses
        self.resolutions = resolutions
        self.declarations = declarations
    }
}

/// One place where a search matched, with a snippet of the text around the match.
public struct SearchHit: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case item, paragraph, question, response, resolution, note
    }

    public var kind: Kind
    public var itemID: String
    public var itemTitle: String
    public var meetingID: String
    public var meetingDate: CalendarDate?
    public var committeeName: String
    /// The id of what matched: the item, document, question, response, resolution or note.
    public var refID: String
    /// The paragraph's position in its document, for paragraph hits.
    public var paragraph: Int?
    /// The paragraph's number for citation; nil for headings and other hits.
    public var paragraphNumber: Int?
    /// The page of the printed paper the paragraph is on, for a PDF's paragraphs.
    public var page: Int?
    public var snippet: Snippet

    public init(kind: Kind, itemID: String, itemTitle: String, meetingID: String, meetingDate: CalendarDate?,
                committeeName: String, refID: String, paragraph: Int?, paragraphNumber: Int? = nil, page: Int? = nil, snippet: Snippet) {
        self.kind = kind
        self.itemID = itemID
        self.itemTitle = itemTitle
        self.meetingID = meetingID
        self.meetingDate = meetingDate
        self.committeeName = committeeName
        self.refID = refID
        self.paragraph = paragraph
        self.paragraphNumber = paragraphNumber
        self.page = page
        self.snippet = snippet
    }

    /// " p. 12, ¶3", " ¶3", or nothing: where in its paper the hit is, for citation.
    public var citation: String {
        guard let paragraphNumber else { return "" }
        return " " + (page.map { "p. \($0), " } ?? "") + "¶\(paragraphNumber)"
    }
}

/// A short extract of text with the matched words marked.
public struct Snippet: Hashable, Sendable {
    public var text: String
    /// Ranges of matched text, as offsets in characters (grapheme clusters) of `text`.
    public var highlights: [Range<Int>]

    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }

    /// Reads text where each match is enclosed by `open` and `close` markers.
    public init(marked: String, open: Character, close: Character) {
        var text = ""
        var highlights: [Range<Int>] = []
        var start: Int?
        var count = 0
        for character in marked {
            if character == open {
                start = count
            } else if character == close, let begin = start {
                highlights.append(begin..<count)
                start = nil
            } else {
                // An entry's lines (an item's title, then its purpose) read as one line.
                text.append(character.isNewline ? " " : character)
                count += 1
            }
        }
        self.init(text: text, highlights: highlights)
    }

    /// The text with each match enclosed by `open` and `close`, as `init(marked:)` reads it.
    public func marked(open: Character, close: Character) -> String {
        var result = ""
        for (offset, character) in text.enumerated() {
            if highlights.contains(where: { $0.lowerBound == offset }) { result.append(open) }
            result.append(character)
            if highlights.contains(where: { $0.upperBound == offset + 1 }) { result.append(close) }
        }
        return result
    }
}

/// The meetings list as its first screen needs it: for each committee the meetings to come, those
/// of no known date and the latest past ones, with how many earlier past meetings were left
/// unread, by committee name. With none left unread the list is whole.
public struct MeetingList: Hashable, Sendable {
    public var listings: [MeetingListing]
    public var unreadPast: [String: Int]
    /// Some committees' meetings are not read at all (the list as a first frame shows it).
    public var committeesUnread: Bool

    public init(listings: [MeetingListing], unreadPast: [String: Int] = [:], committeesUnread: Bool = false) {
        self.listings = listings
        self.unreadPast = unreadPast.filter { $0.value > 0 }
        self.committeesUnread = committeesUnread
    }

    public var isWhole: Bool { unreadPast.isEmpty && !committeesUnread }

    /// Cuts a whole list down to what its first screen needs: each committee's latest
    /// `recentPast` past meetings, and every other meeting.
    public init(whole listings: [MeetingListing], today: CalendarDate, recentPast: Int) {
        var kept: [MeetingListing] = [], unread: [String: Int] = [:]
        for group in MeetingSchedule.arrange(listings, today: today) {
            kept += group.upcoming + group.past.prefix(recentPast) + group.undated
            unread[group.committee] = group.past.count - min(recentPast, group.past.count)
        }
        self.init(listings: kept, unreadPast: unread)
    }
}
