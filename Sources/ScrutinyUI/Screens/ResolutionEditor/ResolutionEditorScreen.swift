import ScrutinyModel
import TerminalCore

/// Writing one resolution. Every key that changes the text or moves the cursor is written
/// to the store before the next key is read; the outcome and finality are fields below.
public struct ResolutionEditorScreen: Sendable, Equatable {
    public enum Field: Sendable, CaseIterable {
        case text, outcome, final
    }

    public var resolution: Resolution
    public var meetingID: String
    public var itemHeading: String
    public var editor: TextEditor
    public var field = Field.text
    /// True while the text on screen holds keys the store could not take (a full disk): the
    /// editor says so, and the next key writes the whole text again.
    public var unsaved = false
    /// When the store last heard from this editor (seconds since 1970): an editor left with
    /// nothing typed says every `ConsoleSession.heartbeat` seconds that it still holds the text.
    var lastWritten = 0
    /// A scrutiny committee's: closing on words that recommend says the tracker offers them.
    var offersRecommendations = false

    public init(resolution: Resolution, meetingID: String, itemHeading: String, cursor: Int, offersRecommendations: Bool = false) {
        self.resolution = resolution
        self.meetingID = meetingID
        self.itemHeading = itemHeading
        self.editor = TextEditor(text: resolution.text, cursor: cursor)
        self.offersRecommendations = offersRecommendations
    }

    /// The resolution with the text as typed.
    var current: Resolution {
        var resolution = resolution
        resolution.text = editor.text
        return resolution
    }
}
