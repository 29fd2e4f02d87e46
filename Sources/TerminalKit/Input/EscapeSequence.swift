/// Keys that arrive as raw escape sequences because the terminal's terminfo entry does not
/// list them: `vt100` has no PgUp, PgDn, Home or End, and tmux sends `ESC [1~` for Home even
/// when TERM says xterm (whose entry expects `ESC OH`). Curses then hands over ESC and the
/// rest as separate characters, and ESC `[5~` would act as Esc (back), `5` (the knowledge
/// base) and `~`. The terminal layer collects such a sequence after an ESC and asks this type
/// what it is, so it becomes one key (or one ignored ``Key/unknown(_:)``) and never text.
///
/// Covers the ECMA-48 shapes terminals use for keys: CSI (`ESC [` parameters, final byte) and
/// SS3 (`ESC O` and one character).
public enum EscapeSequence {
    /// True when `scalar`, read right after ESC, starts a sequence rather than being Alt plus a key.
    public static func isIntroducer(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "[" || scalar == "O"
    }

    /// True when `scalar` ends the sequence `body` (which starts with its introducer) so far.
    public static func isComplete(_ body: [Unicode.Scalar], adding scalar: Unicode.Scalar) -> Bool {
        guard let introducer = body.first else { return false }
        if introducer == "O" { return true }
        // CSI: parameter bytes 0x30–0x3F and intermediate bytes 0x20–0x2F until a final byte.
        return (0x40...0x7E).contains(scalar.value)
    }

    /// The longest sequence collected before giving up (a runaway stream is not a key).
    public static let maximumLength = 16

    /// The key for a complete sequence without its ESC (`[5~`, `OH`, `[1;5A`); keys with
    /// modifiers count as the plain key. Unrecognised sequences are `.unknown(0x1B)`.
    public static func key(for body: String) -> Key {
        let scalars = Array(body.unicodeScalars)
        guard scalars.count >= 2, let final = scalars.last else { return .unknown(0x1B) }
        if scalars[0] == "O", scalars.count == 2 { return ss3(final) }
        guard scalars[0] == "[" else { return .unknown(0x1B) }
        let parameters = String(String.UnicodeScalarView(scalars.dropFirst().dropLast()))
        let first = Int(parameters.split(separator: ";", omittingEmptySubsequences: false).first ?? "")
        if final == "~" { return tilde(first) }
        // `ESC [1;5A` is Ctrl-Up: the first parameter is 1 and the letter names the key.
        guard first == nil || first == 1 else { return .unknown(0x1B) }
        return letter(final) ?? .unknown(0x1B)
    }

    private static func ss3(_ final: Unicode.Scalar) -> Key {
        switch final {
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        case "M": .enter  // the keypad's Enter in application mode
        default: letter(final) ?? .unknown(0x1B)
        }
    }

    private static func letter(_ final: Unicode.Scalar) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "Z": .backTab
        default: nil
        }
    }

    /// `ESC [n~`: the editing keys and F5–F12 (xterm, rxvt, the Linux console and tmux agree).
    private static func tilde(_ number: Int?) -> Key {
        switch number {
        case 1, 7: .home
        case 2: .insert
        case 3: .delete
        case 4, 8: .end
        case 5: .pageUp
        case 6: .pageDown
        case 11: .function(1)
        case 12: .function(2)
        case 13: .function(3)
        case 14: .function(4)
        case 15: .function(5)
        case 17: .function(6)
        case 18: .function(7)
        case 19: .function(8)
        case 20: .function(9)
        case 21: .function(10)
        case 23: .function(11)
        case 24: .function(12)
        default: .unknown(0x1B)
        }
    }
}
