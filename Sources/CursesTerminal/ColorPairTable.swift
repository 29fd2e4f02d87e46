import CNcursesw
import TerminalKit

/// Turns a theme into curses colour pairs and attribute masks: one pair per distinct
/// (foreground, background) combination, allocated when the theme is set.
struct ColorPairTable {
    struct Entry {
        var attributes: attr_t
        var pair: Int16
    }

    let maximumPairs: Int
    let defaultColors: Bool
    private var entries: [StyleRole: Entry] = [:]
    private var themeAttributes: [StyleRole: TextAttributes] = [:]

    init(maximumPairs: Int, defaultColors: Bool) {
        self.maximumPairs = maximumPairs
        self.defaultColors = defaultColors
    }

    mutating func load(theme: ResolvedTheme, depth: ColorDepth) {
        entries = [:]
        themeAttributes = [:]
        var pairs: [ConcreteStylePairKey: Int16] = [:]
        for role in StyleRole.allCases {
            let style = theme.concrete(role, depth: depth)
            var pair: Int16 = 0
            if depth != .monochrome, style.foreground != .default || style.background != .default {
                let key = ConcreteStylePairKey(foreground: style.foreground, background: style.background)
                if let existing = pairs[key] {
                    pair = existing
                } else if pairs.count + 1 < maximumPairs {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, colorNumber(style.foreground, isForeground: true), colorNumber(style.background, isForeground: false))
                    pairs[key] = pair
                }
            }
            themeAttributes[role] = style.attributes
            entries[role] = Entry(attributes: Self.mask(style.attributes), pair: pair)
        }
    }

    /// The curses attributes for a cell: the theme's for its role plus the cell's own.
    func attributes(for role: StyleRole, extra: TextAttributes) -> Entry {
        var entry = entries[role] ?? Entry(attributes: 0, pair: 0)
        if !extra.isEmpty { entry.attributes |= Self.mask(extra) }
        return entry
    }

    private func colorNumber(_ color: TerminalColor, isForeground: Bool) -> Int16 {
        switch color {
        case .indexed(let index): return Int16(index)
        case .default:
            if defaultColors { return -1 }
            return isForeground ? Int16(COLOR_WHITE) : Int16(COLOR_BLACK)
        }
    }

    static func mask(_ attributes: TextAttributes) -> attr_t {
        var mask = shim_a_normal()
        if attributes.contains(.bold) { mask |= shim_a_bold() }
        if attributes.contains(.dim) { mask |= shim_a_dim() }
        if attributes.contains(.underline) { mask |= shim_a_underline() }
        if attributes.contains(.reverse) { mask |= shim_a_reverse() }
        if attributes.contains(.italic) { mask |= shim_a_italic() }
        return mask
    }
}

private struct ConcreteStylePairKey: Hashable {
    var foreground: TerminalColor
    var background: TerminalColor
}
