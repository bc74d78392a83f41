import ScrutinyFormats
import ScrutinyModel
import TerminalCore

/// Writing one action: what is to be done, who is to do it and by when. Every key that changes
/// it is written to the store before the next key is read, as in the resolution editor.
public struct ActionEditorScreen: Sendable, Equatable {
    public enum Field: Sendable, CaseIterable {
        case text, owner, due
    }

    public var action: MeetingAction
    public var itemHeading: String
    public var editor: TextEditor
    public var field = Field.text
    /// The date as typed; the action's due date once it reads as one ("31 Jan 2027", "2027-01-31").
    public var dueText: String
    /// True while what is shown holds keys the store could not take.
    public var unsaved = false

    public init(action: MeetingAction, itemHeading: String) {
        self.action = action
        self.itemHeading = itemHeading
        self.editor = TextEditor(text: action.text)
        self.dueText = action.due?.iso ?? ""
    }

    /// The action as typed.
    var current: MeetingAction {
        var action = action
        action.text = editor.text
        action.due = DateText.parse(dueText)
        return action
    }
}
