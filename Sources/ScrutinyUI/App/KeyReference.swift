import TerminalCore

/// The key reference, generated from the keymaps: docs/keys.md is this text, and the help
/// screen shows the same tables.
public enum KeyReference {
    public static var keymaps: [Keymap<Action>] { [
        Keymaps.global, Keymaps.meetings, Keymaps.tracker, Keymaps.proposals, Keymaps.programme, Keymaps.list, Keymaps.scroll, Keymaps.page, Keymaps.item, Keymaps.reader, Keymaps.search, Keymaps.notes, Keymaps.notesPane, Keymaps.noteRead, Keymaps.concerns, Keymaps.news,
        Keymaps.editor, Keymaps.picker, Keymaps.confirm, Keymaps.live, Keymaps.attendance, Keymaps.attendee, Keymaps.resolutionEditor, Keymaps.actionEditor,
        Keymaps.votes, Keymaps.declaration, Keymaps.callInForm,
    ] }

    public static var markdown: String {
        var lines = ["# Keys", "", "Generated from the keymaps by `scrutiny keys`; do not edit by hand.", ""]
        for keymap in keymaps {
            lines += ["## \(keymap.title)", "", "| Keys | Does |", "| --- | --- |"]
            lines += keymap.bindings.map { "| \($0.keys.map { "`\($0.name)`" }.joined(separator: ", ")) | \($0.help) |" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
