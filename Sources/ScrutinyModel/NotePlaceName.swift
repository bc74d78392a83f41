/// How the place a note is on is named — "¶12 of Report of the Director", "question Q2",
/// "resolution (a)" — in one wording for the store's note listings, the exports and the
/// editor's choice of where a new note goes.
public enum NotePlaceName {
    public static let meeting = "the meeting"
    public static let item = "the item"

    /// A numbered paragraph by its number, a heading by its words.
    public static func paragraph(number: Int?, heading: String?, of document: String) -> String {
        if let number { return "¶\(number) of \(document)" }
        return heading.map { "the heading “\(NoteTarget.quote($0, limit: 60))” of \(document)" } ?? "a paragraph of \(document)"
    }

    public static func question(position: Int) -> String { "question Q\(position)" }

    public static func response(speaker: String?) -> String { "the response of \(speaker ?? "an officer")" }

    public static func resolution(label: String) -> String { label.isEmpty ? "the resolution" : "resolution \(label)" }
}
