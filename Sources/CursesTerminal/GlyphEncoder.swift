import CNcursesw
import TerminalKit

/// Turns buffer text into the `wchar_t` units curses writes, keeping curses' idea of each
/// character's width equal to TerminalKit's (which the buffer was laid out with). Where the C
/// library disagrees (ZWJ emoji families, flags, VS16 emoji on older glibc), a simpler form
/// is written: the first scalar, padded with spaces to the expected width. Without a UTF-8
/// locale only ASCII is written (box lines become `+-|`, other text `?`).
struct GlyphEncoder {
    var utf8: Bool

    func encode(_ text: String) -> [wchar_t] {
        var units: [wchar_t] = []
        units.reserveCapacity(text.unicodeScalars.count + 1)
        for character in text { append(character, to: &units) }
        return units
    }

    private func append(_ character: Character, to units: inout [wchar_t]) {
        let width = character.displayWidth
        let scalars = Array(character.unicodeScalars)
        guard utf8 else {
            let ascii = Self.ascii(for: character)
            units.append(contentsOf: ascii.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
            let padding = max(0, width - ascii.count)
            units.append(contentsOf: Array(repeating: wchar_t(32), count: padding))
            return
        }
        let wide = scalars.map { wchar_t(bitPattern: $0.value) }
        if wcswidth(wide, wide.count) == Int32(width) {
            units.append(contentsOf: wide)
            return
        }
        let firstWidth = wcwidth(wide[0])
        if firstWidth >= 0, firstWidth <= Int32(width) {
            units.append(wide[0])
            units.append(contentsOf: Array(repeating: wchar_t(32), count: width - Int(firstWidth)))
        } else {
            units.append(contentsOf: Array(repeating: wchar_t(63), count: width))  // "?"
        }
    }

    static func ascii(for character: Character) -> String {
        if character.isASCII { return String(character) }
        switch character {
        case "─", "━", "═": return "-"
        case "│", "┃", "║": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "╭", "╮", "╰", "╯",
             "┏", "┓", "┗", "┛", "┣", "┫", "┳", "┻", "╋", "╔", "╗", "╚", "╝", "╠", "╣", "╦", "╩", "╬":
            return "+"
        case "…": return "."
        case "·", "•", "●": return "*"
        case "▲": return "^"
        case "▼", "▾": return "v"
        case "▸", "→": return ">"
        case "←", "↩": return "<"
        case "✓": return "v"
        default: return "?"
        }
    }
}
