import CNcursesw
import TerminalKit

/// Translates what `get_wch` returns into ``Key``.
enum CursesKeyMapper {
    /// `isFunctionKey` is true when `get_wch` returned `KEY_CODE_YES` (a `KEY_*` code), false
    /// for a plain character code point.
    static func key(code: UInt32, isFunctionKey: Bool) -> Key {
        guard isFunctionKey else { return Key(codePoint: code) }
        let code = Int32(bitPattern: code)
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case shim_key_f(1)...shim_key_f(12): return .function(Int(code - shim_key_f(0)))
        default: return .unknown(Int(code))
        }
    }
}
