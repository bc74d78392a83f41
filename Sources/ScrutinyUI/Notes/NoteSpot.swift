import ScrutinyModel

/// Something a new note can be written on, with how the editor names it.
public struct NoteSpot: Sendable, Equatable {
    public var target: NoteTarget
    public var label: String

    public init(_ target: NoteTarget, _ label: String) {
        self.target = target
        self.label = label
    }
}
