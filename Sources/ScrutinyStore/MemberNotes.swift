import Foundation
import GRDB
import ScrutinyModel

/// The notes one member can see: their own private notes, from their notebook, and everyone's
/// shared notes, from the papers store. Nothing here reads another member's notebook, so a
/// private note is never shown, searched or exported for anyone but its author.
public final class MemberNotes: Sendable {
    public let papers: PapersStore
    public let notebook: Notebook
    private let clock: @Sendable () -> Date

    public var member: String { notebook.member }
    /// The login account the system vouches for: notes are this account's to change, whatever
    /// name is typed; the name is only what they go by.
    public let account: String

    /// `account` is this process's login account unless a test stands in for another member.
    public init(papers: PapersStore, notebook: Notebook, account: String? = nil,
                clock: @escaping @Sendable () -> Date = Date.init) {
        self.papers = papers
        self.notebook = notebook
        self.account = account ?? papers.account
        self.clock = clock
    }


    /// Writes a new note on `target`, private unless `visibility` says shared.
    @discardableResult
    public func add(on target: NoteTarget, text: String, flags: [String] = [], priority: Int = 2,
                    status: Note.Status = .open, followUp: CalendarDate? = nil,
                    visibility: Note.Visibility = .private) throws -> Note {
        let place = try papers.place(of: target)
        var target = target
        if case .paragraph(let document, let position, let quote) = target, quote.isEmpty {
            target = .paragraph(document: document, position: position, quote: place.quote ?? "")
        }
        let now = timestamp()
        let note = Note(id: Note.newID(), author: member, account: account, target: target, meetingID: place.meetingID, itemID: place.itemID,
                        text: Self.cleaned(text), flags: flags, priority: priority, status: status, followUp: followUp,
                        visibility: visibility, createdAt: now, updatedAt: now)
        try check(note, was: nil)
        try write(note.visibility) { records, db in try records.insert(note, db) }
        return note
    }

    /// Saves changes to a note of this member's; a change of visibility moves it between the
    /// notebook and the papers store (written to the new place before it leaves the old).
    @discardableResult
    public func save(_ changed: Note) throws -> Note {
        guard let old = try note(id: changed.id) else { throw StoreError.notFound("note", changed.id) }
        try checkAuthor(old)
        var note = changed
        note.author = old.author
        note.account = old.account
        note.target = old.target
        note.meetingID = old.meetingID
        note.itemID = old.itemID
        note.createdAt = old.createdAt
        note.text = Self.cleaned(note.text)
        note.updatedAt = timestamp()
        try check(note, was: old)
        if note.visibility == old.visibility {
            try write(note.visibility) { records, db in try records.update(note, db) }
        } else {
            try write(note.visibility) { records, db in try records.insert(note, db) }
            try write(old.visibility) { records, db in try records.delete(id: old.id, db) }
        }
        return note
    }

    public func delete(id: String) throws {
        guard let old = try note(id: id) else { throw StoreError.notFound("note", id) }
        try checkAuthor(old)
        try write(old.visibility) { records, db in try records.delete(id: id, db) }
    }

    /// A note this member can see.
    public func note(id: String) throws -> Note? {
        if let note = try notebook.read({ try notebook.records.fetch(id: id, $0) }) { return note }
        return try papers.read { try papers.sharedNotes.fetch(id: id, $0) }
    }

    /// Notes this member can see that the filter admits (committee aside), newest first.
    private func visibleNotes(_ filter: NoteFilter) throws -> [Note] {
        let mine = try notebook.read { try notebook.records.fetchAll(filter, $0) }
        let shared = try papers.read { try papers.sharedNotes.fetchAll(filter, $0) }
        return (mine + shared).sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
    }

    /// Notes this member can see that the filter admits, newest first, with their places.
    public func listings(_ filter: NoteFilter = NoteFilter()) throws -> [NoteListing] {
        let listed = try papers.listings(try visibleNotes(filter))
        guard let committee = filter.committee else { return listed }
        return listed.filter { $0.committeeID == committee }
    }

    /// This member's latest note on exactly `target`, private or shared.
    public func ownNote(on target: NoteTarget) throws -> Note? {
        let place = try papers.place(of: target)
        let filter = place.itemID.map { NoteFilter(itemID: $0) } ?? NoteFilter(meetingID: place.meetingID)
        return try visibleNotes(filter).first { $0.author == member && $0.target.sameSpot(as: target) }
    }

    /// How many notes this member can see on each item of a meeting.
    /// How many notes the member can see on each meeting (itself and its items), by meeting id.
    public func meetingNoteCounts(of meetingIDs: [String]? = nil) throws -> [String: Int] {
        let mine = try notebook.read { try notebook.records.countsByMeeting(meetingIDs, $0) }
        let shared = try papers.read { try papers.sharedNotes.countsByMeeting(meetingIDs, $0) }
        return mine.merging(shared, uniquingKeysWith: +)
    }

    public func noteCounts(meetingID: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for note in try visibleNotes(NoteFilter(meetingID: meetingID)) {
            if let item = note.itemID { counts[item, default: 0] += 1 }
        }
        return counts
    }

    /// Notes matching a search, as search hits (kind `.note`), best first: the member's own
    /// notes, then shared ones; narrowed by any filters in the text.
    public func search(_ text: String, limit: Int = 20, asYouType: Bool = false) throws -> [SearchHit] {
        let (words, filters) = try SearchFilters.split(text)
        return try search(words, filters: filters, limit: limit, asYouType: asYouType)
    }

    private func search(_ words: String, filters: SearchFilters, limit: Int, asYouType: Bool) throws -> [SearchHit] {
        let query = SearchQuery(words, asYouType: asYouType)
        guard !query.isEmpty, limit > 0, filters.admitsNotes else { return [] }
        let mine = try notebook.read { try notebook.records.search(query, limit: limit, $0) }
        let shared = try papers.read { try papers.sharedNotes.search(query, limit: limit, $0) }
        let found = mine + shared
        let listed = try papers.listings(found.map(\.0))
        return zip(found, listed).filter { filters.admits($0.1) }.prefix(limit).map { hit, listing in
            SearchHit(kind: .note, itemID: hit.0.itemID ?? "", itemTitle: listing.itemHeading ?? "Note on the meeting",
                      meetingID: hit.0.meetingID ?? "", meetingDate: listing.meetingDate,
                      committeeName: listing.committeeName ?? "Papers no longer in the store", refID: hit.0.id,
                      paragraph: Self.position(hit.0.target), paragraphNumber: listing.paragraphNumber, snippet: hit.1)
        }
    }

    /// Everything a search finds for this member: their own and shared notes first (up to a
    /// quarter of the results), then the papers. Filters in the text narrow both; one that
    /// cannot be read is an error that says what it takes.
    public func searchAll(_ text: String, limit: Int = 20, asYouType: Bool = false) throws -> [SearchHit] {
        let (words, filters) = try SearchFilters.split(text)
        let noted = try search(words, filters: filters, limit: max(1, limit / 4), asYouType: asYouType)
        return noted + (try papers.search(words, filters: filters, limit: limit - noted.count, asYouType: asYouType))
    }

    private static func position(_ target: NoteTarget) -> Int? {
        if case .paragraph(_, let position, _) = target { return position }
        return nil
    }

    /// Text as typed, without control characters other than line breaks and tabs.
    static func cleaned(_ text: String) -> String {
        String(String.UnicodeScalarView(text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter { scalar in
            scalar == "\n" || scalar == "\t" || !(scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\r")
        }))
    }

    /// The longest note, in characters: a dozen pages of typing. A note beyond it would make
    /// every member's search slow (its snippets are worked out from the whole text).
    public static let maximumLength = 20_000

    private func check(_ note: Note, was old: Note?) throws {
        // Others see a name only on shared notes; a private note is the member's own business.
        if note.visibility == .shared { try checkName() }
        guard !note.text.allSatisfy(\.isWhitespace) || !note.flags.isEmpty else {
            throw StoreError("a note needs some text or a flag")
        }
        let length = note.text.count
        guard length <= Self.maximumLength else {
            throw StoreError("this note is \(length.formatted()) characters; a note holds up to \(Self.maximumLength.formatted()): "
                             + "put the rest in a document, or split it into notes")
        }
        guard (1...3).contains(note.priority) else { throw StoreError("priority is 1 (high), 2 (normal) or 3 (low)") }
        let flags = try papers.flags(includingRetired: true)
        for id in note.flags where !(old?.flags.contains(id) ?? false) {
            guard let flag = flags.first(where: { $0.id == id }) else { throw StoreError("there is no flag \"\(id)\"") }
            guard !flag.retired else { throw StoreError("the flag \"\(flag.name)\" is retired") }
        }
    }

    /// A note is its account's to change (a note from before accounts were kept, its author's,
    /// by the exact name).
    private func checkAuthor(_ note: Note) throws {
        guard note.account.map({ $0 == account }) ?? (note.author == member) else {
            throw StoreError("this note is \(note.author)'s; only they can change or delete it", kind: .conflict)
        }
    }

    /// The name a member writes under is theirs once they have written under it in the shared
    /// store: another account giving the same name (or one that differs by spaces or case) is
    /// refused rather than posting in their name.
    private func checkName() throws {
        let key = Self.nameKey(member)
        let others = try papers.read { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT author, account FROM note WHERE account IS NOT NULL AND account <> ?",
                             arguments: [account])
        }
        for row in others {
            let author: String = try row.decode(forColumn: "author")
            let owner: String = try row.decode(forColumn: "account")
            if Self.nameKey(author) == key {
                throw StoreError("“\(member)” is the name the account \(owner) writes under in this store; you are \(account): "
                                 + "write under your own name (--member, or member in the settings)", kind: .conflict)
            }
        }
    }

    /// A name as compared with others: case, spaces and dots set aside ("Cllr. Tom  Reed " is "cllr tom reed").
    static func nameKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "." }).joined(separator: " ")
    }

    private func write(_ visibility: Note.Visibility, _ work: (NoteRecords, Database) throws -> Void) throws {
        switch visibility {
        case .private: try notebook.write { try work(notebook.records, $0) }
        case .shared: try papers.write { try work(papers.sharedNotes, $0) }
        }
    }

    func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: clock())
    }
}
