import CNcursesw
import Testing
import TerminalCore
@testable import NcursesTerminal

/// The one place ncurses codes become keys: what `get_wch` and `getmouse` report, and the
/// key each must be.
@Suite struct KeyTranslationTests {
    @Test func functionKeys() {
        let pairs: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_PPAGE, .pageUp),
            (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end), (KEY_BACKSPACE, .backspace),
            (KEY_DC, .delete), (KEY_IC, .insert), (KEY_ENTER, .enter), (KEY_BTAB, .backTab),
            (scr_key_resize(), .resize), (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
        ]
        for (code, key) in pairs { #expect(KeyTranslation.functionKey(code) == key, "code \(code)") }
        #expect(KeyTranslation.functionKey(KEY_F0 + 25) == nil)
        #expect(KeyTranslation.functionKey(0) == nil)
    }

    @Test func characters() {
        #expect(KeyTranslation.character(9) == .tab)
        #expect(KeyTranslation.character(10) == .enter)
        #expect(KeyTranslation.character(13) == .enter)
        #expect(KeyTranslation.character(27) == .escape)
        // Backspace arrives as DEL (127) or as ^H.
        #expect(KeyTranslation.character(127) == .backspace)
        #expect(KeyTranslation.character(8) == .backspace)
        #expect(KeyTranslation.character(19) == .control("s"))
        #expect(KeyTranslation.character(1) == .control("a"))
        #expect(KeyTranslation.character(0) == nil)
        #expect(KeyTranslation.character(28) == nil)
        #expect(KeyTranslation.character(0xE9) == .character("é"))
        #expect(KeyTranslation.character(0x1F600) == .character("😀"))
        // Not a scalar (a lone surrogate): no key.
        #expect(KeyTranslation.character(0xD800) == nil)
    }

    @Test func mouseReports() {
        func event(_ state: UInt, x: Int32, y: Int32) -> MEVENT {
            var event = MEVENT()
            event.bstate = mmask_t(state)
            event.x = x
            event.y = y
            return event
        }
        #expect(KeyTranslation.mouse(event(scr_mouse_button4_pressed(), x: 3, y: 4)) == .mouse(MouseEvent(kind: .wheelUp, x: 3, y: 4)))
        #expect(KeyTranslation.mouse(event(scr_mouse_button5_pressed(), x: 0, y: 9)) == .mouse(MouseEvent(kind: .wheelDown, x: 0, y: 9)))
        #expect(KeyTranslation.mouse(event(scr_mouse_button1_clicked(), x: 10, y: 2)) == .mouse(MouseEvent(kind: .click, x: 10, y: 2)))
        #expect(KeyTranslation.mouse(event(0, x: 1, y: 1)) == nil)
    }
}
