import CNcursesw
import TerminalCore

/// The one place ncurses key codes become `Key` values.
enum KeyTranslation {
    /// A function-key code from `get_wch` (KEY_CODE_YES).
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_IC: .insert
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case scr_key_resize(): .resize
        case scr_key_paste_start(): .pasteStart
        case scr_key_paste_end(): .pasteEnd
        case KEY_F0 + 1 ... KEY_F0 + 24: .function(Int(code - KEY_F0))
        default: nil
        }
    }

    /// An ordinary character from `get_wch`.
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0, 28...31: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// A mouse report from `getmouse`.
    static func mouse(_ event: MEVENT) -> Key? {
        let state = UInt(event.bstate)
        let kind: MouseEvent.Kind
        if state & scr_mouse_button4_pressed() != 0 { kind = .wheelUp }
        else if state & scr_mouse_button5_pressed() != 0 { kind = .wheelDown }
        else if state & (scr_mouse_button1_clicked() | scr_mouse_button1_pressed()) != 0 { kind = .click }
        else { return nil }
        return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
    }
}
