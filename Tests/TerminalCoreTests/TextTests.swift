import Testing
@testable import TerminalCore

@Suite struct TextTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("数", 2), ("한", 2), ("📱", 2), ("👩‍💻", 2), ("🇬🇧", 2),
        ("✔", 1), ("\u{200B}", 0), ("Ａ", 2), ("\u{7}", 1), ("🚀", 2),
        // Text-presentation symbols stay one column with the emoji selector, which is not drawn.
        ("❤️", 1), ("🏛️", 1), ("🏛", 1), ("🛠", 1),
    ])
    func widthOfOneCharacter(text: String, width: Int) {
        #expect(TextWidth.of(Character(text)) == width)
    }

    @Test func theEmojiSelectorOfATextSymbolIsNotDrawn() {
        #expect(TextWidth.displayable(Character("🏛️")) == Character("🏛"))
        #expect(TextWidth.displayable(Character("😀")) == Character("😀"))
        var buffer = ScreenBuffer(width: 6, height: 1)
        let used = buffer.put("🏛️ab", x: 0, y: 0)
        #expect(used == 3)
    }

    @Test func widthOfText() {
        #expect(TextWidth.of("Café 数字 📱") == 12)
    }

    @Test func truncateAndPadByColumns() {
        #expect(TextWidth.truncate("数字战略", to: 5) == "数字…")
        #expect(TextWidth.truncate("short", to: 10) == "short")
        #expect(TextWidth.truncate("anything", to: 0) == "")
        #expect(TextWidth.pad("数", to: 4) == "数  ")
    }

    @Test func wrapAtSpacesAndInsideLongWords() {
        #expect(TextWrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.lines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(TextWrap.lines("数字战略数字", width: 5) == ["数字", "战略", "数字"])
        #expect(TextWrap.lines("", width: 5) == [""])
        #expect(TextWrap.lines("a  b", width: 5) == ["a b"])
    }

    @Test func wrappedLinesNeverExceedTheWidth() {
        let text = "Residents without internet access 数字排除 📱📱📱 should not be left behind — ever, at all."
        for width in 1...30 {
            #expect(TextWrap.lines(text, width: width).allSatisfy { TextWidth.of($0) <= max(width, 2) })
        }
    }

    @Test func displayableMakesControlsAndLoneMarksSafe() {
        #expect(TextWidth.displayable("\u{1B}") == "\u{FFFD}")
        #expect(TextWidth.displayable("\t") == " ")
        #expect(TextWidth.displayable(Character("\u{301}")) == Character("\u{25CC}\u{301}"))
    }
}

@Suite struct BufferTests {
    @Test func wideCharactersTakeTwoCellsAndStopAtTheEdge() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        let used = buffer.put("a数字", x: 0, y: 0)
        #expect(used == 5)
        #expect(buffer[1, 0].text == "数")
        #expect(buffer[2, 0].isContinuation)
        var edge = ScreenBuffer(width: 4, height: 1)
        #expect(edge.put("ab数字", x: 0, y: 0) == 4)
        #expect(edge.text == "ab数")
        #expect(edge.put("数", x: 3, y: 0) == 0)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("数字", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.text == " x字")
    }

    @Test func diffSendsOnlyChangedCells() {
        var first = ScreenBuffer(width: 10, height: 3)
        first.put("hello", x: 0, y: 1)
        #expect(first.changes(since: nil).count == 30)
        var second = first
        second.put("J", x: 0, y: 1)
        let changes = second.changes(since: first)
        #expect(changes == [CellChange(x: 0, y: 1, cell: Cell("J"))])
        #expect(second.changes(since: second).isEmpty)
        #expect(ScreenBuffer(width: 5, height: 3).changes(since: first).count == 15)
    }

    @Test func controlCharactersNeverReachTheScreen() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(buffer.text == "a\u{FFFD}[2Jb")
    }

    @Test func rectsSplit() {
        let rect = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(rect.splitTop(1).rest == Rect(x: 0, y: 1, width: 80, height: 23))
        #expect(rect.splitBottom(1).bottom == Rect(x: 0, y: 23, width: 80, height: 1))
        #expect(rect.splitLeft(100).rest.width == 0)
        #expect(rect.inset(50).isEmpty)
    }
}

@Suite struct KeyTests {
    @Test(arguments: ["ctrl+s", "down", "esc", "pgdn", "shift+tab", "space", "q", "Q", "f5", "enter"])
    func namesRoundTrip(name: String) throws {
        #expect(try #require(Key(name: name)).name == name)
    }

    @Test func keymapFindsTheFirstBinding() {
        let keymap = Keymap<String>(title: "t", bindings: [.init([.down, .character("j")], "down", "next")])
        #expect(keymap.action(for: .character("j")) == "down")
        #expect(keymap.action(for: .up) == nil)
        #expect(keymap.bindings[0].keyNames == "down, j")
    }

    @Test func listCursorSkipsHeadingsAndScrolls() {
        let selectable = [false, true, true, false, true, true, true]
        var cursor = ListCursor()
        cursor.clamp(count: 7, height: 3) { selectable[$0] }
        #expect(cursor.selected == 1)
        cursor.move(2, count: 7) { selectable[$0] }
        #expect(cursor.selected == 4)
        cursor.clamp(count: 7, height: 3) { selectable[$0] }
        #expect(cursor.top <= 4 && cursor.top + 3 > 4)
        cursor.move(10, count: 7) { selectable[$0] }
        #expect(cursor.selected == 6)
        cursor.jump(toEnd: false, count: 7) { selectable[$0] }
        #expect(cursor.selected == 1)
    }
}

@Suite struct DialogTests {
    @Test func drawsACentredBoxWithTheSelectedChoiceMarked() {
        var buffer = ScreenBuffer(width: 40, height: 9)
        var dialog = Dialog(title: "Delete note", message: "Delete this note about digital exclusion?", choices: ["Delete", "Keep"])
        dialog.selected = 1
        dialog.render(in: buffer.bounds, theme: .monochrome, into: &buffer)
        let rows = buffer.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows.contains { $0.contains("┌ Delete note ") })
        #expect(rows.contains { $0.contains(" Delete  [Keep]") })
        #expect(rows.allSatisfy { TextWidth.of($0) <= 40 })
    }

    @Test func aTinyAreaDrawsNothingBroken() {
        var buffer = ScreenBuffer(width: 3, height: 2)
        Dialog(title: "T", message: "M", choices: ["OK"]).render(in: buffer.bounds, theme: .standard, into: &buffer)
        #expect(buffer.text == "\n")
    }
}
