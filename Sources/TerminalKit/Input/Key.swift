/// A key press, independent of the terminal library. Printable keys (including space and
/// upper case letters) are `.character`; control combinations are normalised to what the
/// terminal really sends: `Ctrl-I` is `.tab`, `Ctrl-M` / `Ctrl-J` are `.enter`, `Ctrl-H` is
/// `.backspace`, `Ctrl-[` is `.escape`.
public enum Key: Hashable, Sendable {
    /// A printable character: `j`, `G`, `?`, `ñ`, ` `.
    case character(Character)
    /// Ctrl plus a letter, always stored lower case: `.ctrl("s")`.
    case ctrl(Character)
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case insert
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    /// F1–F12 (`.function(5)` is F5).
    case function(Int)
    /// The terminal was resized; read the new size from the terminal.
    case resize
    /// A key the terminal reported that has no name here (its raw code), kept so it can be
    /// shown in a "key not bound" message rather than silently dropped.
    case unknown(Int)

    /// Space, the most common named printable key.
    public static let space = Key.character(" ")

    /// A control key from its letter, normalising the ones terminals send as other keys.
    public static func control(_ letter: Character) -> Key {
        let lower = Character(letter.lowercased())
        switch lower {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace  // terminals send Ctrl-H as BS (0x08)
        case "[": return .escape
        default: return .ctrl(lower)
        }
    }

    /// The key for a raw byte/code point read from a terminal without key translation
    /// (control codes 0x01–0x1A become `.ctrl`, 0x7F and 0x08 backspace, ...).
    public init(codePoint: UInt32) {
        switch codePoint {
        case 0x09: self = .tab
        case 0x0A, 0x0D: self = .enter
        case 0x1B: self = .escape
        case 0x08, 0x7F: self = .backspace
        case 0x00: self = .ctrl(" ")
        case 0x01...0x1A: self = .ctrl(Character(Unicode.Scalar(codePoint + 0x60)!))
        default:
            if let scalar = Unicode.Scalar(codePoint), codePoint >= 0x20, !(0x80...0x9F).contains(codePoint) {
                self = .character(Character(scalar))
            } else {
                self = .unknown(Int(codePoint))
            }
        }
    }
}
