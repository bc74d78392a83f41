/// A note as the editor holds it and hands it to the store: new when `id` is nil.
public struct NoteDraft: Sendable, Hashable, Codable {
    public var id: String?
    public var target: NoteTarget
    public var text: String
    public var flags: [String]
    public var priority: Int
    public var status: Note.Status
    public var followUp: CalendarDate?
    public var visibility: Note.Visibility

    public init(id: String? = nil, target: NoteTarget, text: String = "", flags: [String] = [], priority: Int = 2,
                status: Note.Status = .open, followUp: CalendarDate? = nil, visibility: Note.Visibility = .private) {
        self.id = id
        self.target = target
        self.text = text
        self.flags = flags
        self.priority = priority
        self.status = status
        self.followUp = followUp
        self.visibility = visibility
    }

    public init(_ note: Note) {
        self.init(id: note.id, target: note.target, text: note.text, flags: note.flags, priority: note.priority,
                  status: note.status, followUp: note.followUp, visibility: note.visibility)
    }

    /// `note` with what the draft changes in it.
    public func applied(to note: Note) -> Note {
        var note = note
        note.text = text
        note.flags = flags
        note.priority = priority
        note.status = status
        note.followUp = followUp
        note.visibility = visibility
        return note
    }
}


/// A note not yet saved, as it stood at the last keystroke, with how its place was named.
public struct KeptNoteDraft: Hashable, Sendable {
    public var draft: NoteDraft
    public var label: String
    public var keptAt: String

    public init(draft: NoteDraft, label: String, keptAt: String) {
        self.draft = draft
        self.label = label
        self.keptAt = keptAt
    }
}
