import CNcursesw
import TerminalKit

/// Escape sequences curses did not recognise (see ``EscapeSequence``): when `get_wch` returns a
/// bare ESC, the bytes of an unknown key are already waiting behind it (curses read them while
/// trying to match its table), so they are collected here and turned into one key. A lone Esc
/// finds nothing waiting and stays Esc; ESC followed by an ordinary key (Alt-x) gives that key
/// back to curses, so it is read next, as before.
extension CursesTerminal {
    /// How long to wait for the rest of a sequence once its introducer has arrived (a slow SSH
    /// link may split it); a lone Esc never waits for this.
    static let sequenceByteTimeout: Int32 = 50

    func completeEscape() -> Key {
        guard let (introducer, isFunctionKey) = readPending(timeout: 0) else { return .escape }
        guard !isFunctionKey, let scalar = Unicode.Scalar(introducer), EscapeSequence.isIntroducer(scalar) else {
            giveBack(introducer, isFunctionKey: isFunctionKey)
            return .escape
        }
        var body: [Unicode.Scalar] = [scalar]
        while body.count < EscapeSequence.maximumLength {
            guard let (code, isFunctionKey) = readPending(timeout: Self.sequenceByteTimeout) else {
                // `ESC O` alone is Alt-Shift-O; a cut CSI is dropped rather than typed.
                if body == ["O"] { giveBack(UInt32(scalar.value), isFunctionKey: false); return .escape }
                return .unknown(0x1B)
            }
            guard !isFunctionKey, let next = Unicode.Scalar(code) else {
                giveBack(code, isFunctionKey: isFunctionKey)
                return .unknown(0x1B)
            }
            let complete = EscapeSequence.isComplete(body, adding: next)
            body.append(next)
            if complete { return EscapeSequence.key(for: String(String.UnicodeScalarView(body))) }
        }
        return .unknown(0x1B)
    }

    /// One waiting character or key code, without blocking longer than `timeout` ms.
    private func readPending(timeout: Int32) -> (UInt32, Bool)? {
        shim_timeout(timeout)
        currentTimeout = timeout
        var character: wint_t = 0
        let result = shim_get_wch(&character)
        if result == shim_err() { return nil }
        return (UInt32(character), result == shim_key_code_yes())
    }

    private func giveBack(_ code: UInt32, isFunctionKey: Bool) {
        if isFunctionKey {
            ungetch(Int32(bitPattern: code))
        } else {
            unget_wch(wchar_t(bitPattern: code))
        }
    }
}
