/// Turns untrusted text (ticket subjects and bodies, requester names, KB articles, imported
/// mail) into text that is safe to put on a terminal: nothing in it can move the cursor, clear
/// the screen, set the window title, write the clipboard (OSC 52), or reorder the line.
///
/// What is replaced, and by what (all visible, so an agent can see that something odd was sent):
/// - ESC (U+001B) → `␛`. With ``EscapeSequences/reveal`` (the default) the rest of a CSI / OSC /
///   DCS sequence stays as plain text, e.g. `ESC [2J` → `␛[2J`, an OSC 52 clipboard write →
///   `␛]52;c;aGk=␇`. With ``EscapeSequences/collapse`` the whole sequence becomes one `␛`.
/// - other C0 controls (U+0000–U+001F) → control pictures (U+2400 + code, e.g. BEL → `␇`),
///   except newline / tab which follow ``newlines`` / ``tabs``; CR LF and lone CR count as newline.
/// - DEL (U+007F) → `␡`.
/// - C1 controls (U+0080–U+009F, including the 8-bit CSI U+009B) → `�` (U+FFFD).
/// - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) → `<U+202E>`-style
///   text, so a right-to-left override cannot disguise a file name or a link.
/// - line and paragraph separators (U+2028, U+2029) are treated as newlines.
public struct Sanitizer: Sendable, Equatable {
    /// What to do with a newline or a tab.
    public enum Whitespace: Sendable, Equatable {
        /// Keep it as is (the caller lays out lines itself).
        case keep
        /// Replace it with one space.
        case space
        /// Replace it with its control picture (`␊`, `␉`).
        case picture
        /// Tabs only: expand to spaces up to the next multiple of `tabStop` columns.
        case expand(tabStop: Int)
    }

    /// What to do with escape sequences introduced by ESC or a C1 introducer.
    public enum EscapeSequences: Sendable, Equatable {
        /// Only the introducer becomes visible; the rest of the sequence is shown as text.
        case reveal
        /// A terminated sequence becomes a single `␛`; an unterminated one is revealed.
        case collapse
    }

    public var newlines: Whitespace
    public var tabs: Whitespace
    public var escapeSequences: EscapeSequences

    public init(newlines: Whitespace = .picture, tabs: Whitespace = .space, escapeSequences: EscapeSequences = .reveal) {
        self.newlines = newlines
        self.tabs = tabs
        self.escapeSequences = escapeSequences
    }

    /// For one-line places (list rows, titles): newlines and tabs become spaces.
    public static let singleLine = Sanitizer(newlines: .space, tabs: .space)
    /// For bodies shown line by line: newlines kept, tabs expanded to 4-column stops.
    public static let multiLine = Sanitizer(newlines: .keep, tabs: .expand(tabStop: 4))

    /// The placeholder for ESC.
    public static let escapePicture: Character = "␛"
    /// The placeholder for C1 controls.
    public static let c1Placeholder: Character = "\u{FFFD}"

    /// `text` with every unsafe character replaced as described on the type.
    public func sanitize(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var column = 0  // only used to expand tabs
        var index = 0
        func emit(_ string: String) {
            output.append(contentsOf: string.unicodeScalars)
            column += string.displayWidth
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            index += 1
            switch value {
            case 0x0A, 0x2028, 0x2029:
                emitNewline(&output, &column)
            case 0x0D:
                if index < scalars.count, scalars[index].value == 0x0A { index += 1 }
                emitNewline(&output, &column)
            case 0x09:
                switch tabs {
                case .keep: output.append(scalar); column += 1
                case .space: emit(" ")
                case .picture: emit("␉")
                case .expand(let stop):
                    let stop = max(stop, 1)
                    emit(String(repeating: " ", count: stop - column % stop))
                }
            case 0x1B, 0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                if escapeSequences == .collapse, let end = Self.sequenceEnd(scalars, introducer: index - 1) {
                    emit(String(Self.escapePicture))
                    index = end
                } else {
                    emit(value == 0x1B ? String(Self.escapePicture) : String(Self.c1Placeholder))
                }
            case 0x00..<0x20:
                emit(String(Character(Unicode.Scalar(0x2400 + value)!)))
            case 0x7F:
                emit("␡")
            case 0x80...0x9F:
                emit(String(Self.c1Placeholder))
            case 0x202A...0x202E, 0x2066...0x2069:
                emit("<U+\(String(value, radix: 16, uppercase: true))>")
            default:
                output.append(scalar)
                column += DisplayWidth.width(of: scalar)
            }
        }
        return String(output)
    }

    private func emitNewline(_ output: inout String.UnicodeScalarView, _ column: inout Int) {
        switch newlines {
        case .keep:
            output.append("\n")
            column = 0
        case .space, .expand:
            output.append(" ")
            column += 1
        case .picture:
            output.append("␊")
            column += 1
        }
    }

    /// Index just past the escape sequence whose introducer is at `start`, or nil if the
    /// sequence is not terminated (then it is revealed rather than swallowing the rest).
    static func sequenceEnd(_ scalars: [Unicode.Scalar], introducer start: Int) -> Int? {
        let introducer = scalars[start].value
        var kind: UInt32 = introducer
        var index = start + 1
        if introducer == 0x1B {
            guard index < scalars.count else { return nil }
            let next = scalars[index].value
            index += 1
            switch next {
            case 0x5B: kind = 0x9B  // [ CSI
            case 0x5D: kind = 0x9D  // ] OSC
            case 0x50: kind = 0x90  // P DCS
            case 0x58, 0x5E, 0x5F: kind = 0x98  // X ^ _ SOS/PM/APC
            case 0x20...0x2F:  // nF: intermediates then a final byte
                while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
                guard index < scalars.count, (0x30...0x7E).contains(scalars[index].value) else { return nil }
                return index + 1
            case 0x30...0x7E: return index  // two-character sequence such as ESC c (reset)
            default: return nil
            }
        }
        if kind == 0x9B {
            while index < scalars.count {
                let v = scalars[index].value
                index += 1
                if (0x40...0x7E).contains(v) { return index }
                if !(0x20...0x3F).contains(v) { return nil }
            }
            return nil
        }
        // String sequences: terminated by ST (ESC \ or U+009C) or, as xterm accepts, BEL.
        while index < scalars.count {
            let v = scalars[index].value
            if v == 0x07 || v == 0x9C { return index + 1 }
            if v == 0x1B {
                if index + 1 < scalars.count, scalars[index + 1].value == 0x5C { return index + 2 }
                return nil
            }
            index += 1
        }
        return nil
    }
}

extension String {
    /// This text made safe for the terminal. See ``Sanitizer``.
    public func sanitized(_ sanitizer: Sanitizer = .singleLine) -> String {
        sanitizer.sanitize(self)
    }
}
