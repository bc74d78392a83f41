/// One column of one row of the screen.
///
/// A wide character (CJK, most emoji) fills its own cell and marks the cell to its right as
/// a continuation, which draws nothing.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster drawn here; "" for the right half of a wide character.
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }

    public static let blank = Cell()
}
