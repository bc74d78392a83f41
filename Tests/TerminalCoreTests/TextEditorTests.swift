import TerminalCore
import Testing

@Suite struct TextEditorTests {
    func typed(_ text: String, width: Int = 20) -> TextEditor {
        var editor = TextEditor()
        for character in text { _ = editor.handle(character == "\n" ? .enter : .character(character), width: width) }
        return editor
    }

    @Test func wrapsAtSpacesAndLineBreaks() {
        let editor = TextEditor(text: "No equality impact assessment\n\nfor residents")
        let rows = editor.rows(width: 12).map(editor.string)
        #expect(rows == ["No equality ", "impact ", "assessment", "", "for ", "residents"])
    }

    @Test func aLongWordIsCutWhereTheWidthRunsOut() {
        let editor = TextEditor(text: "Antidisestablishmentarianism")
        #expect(editor.rows(width: 10).map(editor.string) == ["Antidisest", "ablishment", "arianism"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        let editor = TextEditor(text: "多言語のテキスト")
        #expect(editor.rows(width: 6).map(editor.string) == ["多言語", "のテキ", "スト"])
        #expect(editor.cursorCell(width: 6) == (2, 4))
    }

    @Test func combiningMarksTypedAloneJoinTheirLetter() {
        let editor = typed("Sia\u{302}n")
        #expect(editor.characters.count == 4)
        #expect(editor.text == "Siân") // canonically equivalent to the precomposed â
    }

    @Test func emojiAndFlagsAreOneCharacter() {
        var editor = typed("ok 👩🏽‍⚖️🇬🇧")
        #expect(editor.characters.count == 5)
        _ = editor.handle(.backspace, width: 20)
        #expect(editor.text == "ok 👩🏽‍⚖️")
    }

    @Test func cursorMovesByRowKeepingItsColumn() {
        var editor = TextEditor(text: "first line\nsecond\nthird line", cursor: 8)
        _ = editor.handle(.down, width: 20)
        #expect(editor.cursor == 17) // end of "second": the column is kept where the row allows
        _ = editor.handle(.down, width: 20)
        #expect(editor.cursorCell(width: 20) == (2, 6))
        _ = editor.handle(.home, width: 20)
        #expect(editor.cursorCell(width: 20) == (2, 0))
        _ = editor.handle(.up, width: 20)
        _ = editor.handle(.up, width: 20)
        _ = editor.handle(.up, width: 20)
        #expect(editor.cursor == 0)
    }

    @Test func editingKeys() {
        var editor = TextEditor(text: "Fallback plan\nif it fails", cursor: 8)
        #expect(editor.handle(.control("k"), width: 40) == .changed)
        #expect(editor.text == "Fallback\nif it fails")
        #expect(editor.handle(.control("k"), width: 40) == .changed)
        #expect(editor.text == "Fallbackif it fails")
        _ = editor.handle(.control("w"), width: 40)
        #expect(editor.text == "if it fails")
        #expect(editor.handle(.backspace, width: 40) == .ignored)
        _ = editor.handle(.delete, width: 40)
        #expect(editor.text == "f it fails")
        #expect(editor.handle(.function(5), width: 40) == .ignored)
    }

    @Test func theCursorAfterAFullRowIsOnTheNextRow() {
        let editor = TextEditor(text: "abcdefghij")
        #expect(editor.rows(width: 5).count == 2)
        #expect(editor.cursorCell(width: 5) == (1, 5))
        #expect(TextEditor(text: "abcde fghij").cursorCell(width: 5) == (1, 5))
    }
}
