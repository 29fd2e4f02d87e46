/// Display width of text in terminal columns, computed in Swift so every target (and the tests)
/// agree on one answer regardless of the C library's `wcwidth` tables or the current locale.
///
/// Rules, per grapheme cluster (what the user sees as one character):
/// - combining marks, zero-width format characters and controls: 0
/// - East Asian Wide / Fullwidth (CJK, Hangul, fullwidth forms): 2
/// - emoji with emoji presentation, text emoji followed by VS16 (U+FE0F), ZWJ sequences,
///   keycaps and flag pairs: 2
/// - everything else (Latin incl. accents such as `é`, `ñ`): 1
public enum DisplayWidth {
    /// Width of one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return width(of: first) }
        var hasVS16 = false
        var hasVS15 = false
        var hasZWJ = false
        var hasKeycap = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: hasVS16 = true
            case 0xFE0E: hasVS15 = true
            case 0x200D: hasZWJ = true
            case 0x20E3: hasKeycap = true
            default: break
            }
        }
        let base = width(of: first)
        if hasVS15 && base <= 1 { return base }
        if hasKeycap { return 2 }
        if first.properties.isEmoji && (hasVS16 || hasZWJ) { return 2 }
        if isRegionalIndicator(first) { return 2 }
        if base == 0 {
            // A cluster that starts with a mark (e.g. a stray combining accent) takes the width of
            // its widest visible scalar, which is usually 0.
            return scalars.dropFirst().map(width(of:)).max() ?? 0
        }
        return base
    }

    /// Width of a string: the sum of its grapheme clusters' widths.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Width of a single scalar outside any cluster context.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        if isEastAsianWide(value) { return 2 }
        return 1
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF: return true
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true  // Hangul medial vowels and finals
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true  // variation selectors
        case 0x1F3FB...0x1F3FF: return false  // skin tone modifiers are wide when alone
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Width W or F (Unicode 15 EastAsianWidth.txt, condensed to blocks).
    static func isEastAsianWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
             0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension Character {
    /// Columns this character occupies in a terminal (0, 1 or 2). See ``DisplayWidth``.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Columns this text occupies in a terminal. See ``DisplayWidth``.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
