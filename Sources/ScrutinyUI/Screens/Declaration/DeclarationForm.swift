import ScrutinyModel
import TerminalCore

/// A member's declaration of interest in the current item.
public struct DeclarationForm: Sendable, Equatable {
    public enum Field: Sendable, CaseIterable {
        case member, kind, action, detail
    }

    public var declaration: Declaration
    public var members: [String]
    public var field = Field.member
    public var problem: String?

    /// The item declared on, for the form's title.
    public var itemHeading: String

    public init(declaration: Declaration, members: [String], itemHeading: String) {
        self.declaration = declaration
        self.members = members
        self.itemHeading = itemHeading
    }
}
