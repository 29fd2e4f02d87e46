/// A colour as a terminal understands it: the terminal's own default (so transparent
/// backgrounds and user colour schemes keep working) or an index into the 256-colour palette
/// (0–15 are the classic ANSI colours).
public enum TerminalColor: Hashable, Sendable {
    case `default`
    case indexed(UInt8)

    /// The colour for a terminal that has only `count` colours: 16-colour indices 8–15
    /// ("bright") become 0–7 on 8-colour terminals; anything out of range becomes the default.
    public func limited(to count: Int) -> TerminalColor {
        guard case .indexed(let index) = self else { return self }
        if Int(index) < count { return self }
        if count >= 8, index < 16 { return .indexed(index - 8) }
        return .default
    }
}

/// How many colours the terminal shows, decided once at start-up.
public enum ColorDepth: Int, Sendable, Comparable, CaseIterable {
    case monochrome = 0
    case ansi8 = 8
    case ansi16 = 16
    case indexed256 = 256

    /// The depth for a terminal reporting `colors` colours (curses' `COLORS`).
    public init(colorCount colors: Int) {
        switch colors {
        case 256...: self = .indexed256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .monochrome
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The look of one role, with a variant for each colour depth, already resolved from a theme
/// file so the terminal layer needs no TOML.
public struct RoleStyle: Hashable, Sendable {
    /// Colours on 256-colour terminals.
    public var foreground: TerminalColor
    public var background: TerminalColor
    /// Fallback colours (0–15) on 16- and 8-colour terminals.
    public var foreground16: TerminalColor
    public var background16: TerminalColor
    /// Attributes used whenever colour is available.
    public var attributes: TextAttributes
    /// Attributes used instead when there is no colour (vt100, `NO_COLOR`).
    public var monoAttributes: TextAttributes

    public init(
        foreground: TerminalColor = .default, background: TerminalColor = .default,
        foreground16: TerminalColor? = nil, background16: TerminalColor? = nil,
        attributes: TextAttributes = [], monoAttributes: TextAttributes? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.foreground16 = foreground16 ?? foreground.limited(to: 16)
        self.background16 = background16 ?? background.limited(to: 16)
        self.attributes = attributes
        self.monoAttributes = monoAttributes ?? attributes
    }

    /// Plain text in the terminal's own colours.
    public static let plain = RoleStyle()

    /// What to actually send to a terminal of the given depth.
    public func concrete(for depth: ColorDepth) -> ConcreteStyle {
        switch depth {
        case .monochrome:
            return ConcreteStyle(foreground: .default, background: .default, attributes: monoAttributes)
        case .indexed256:
            return ConcreteStyle(foreground: foreground, background: background, attributes: attributes)
        case .ansi16, .ansi8:
            let count = depth.rawValue
            var attributes = attributes
            // Bright foregrounds on 8-colour consoles are shown as bold, as the Linux console does.
            if depth == .ansi8, case .indexed(let index) = foreground16, (8..<16).contains(index) {
                attributes.insert(.bold)
            }
            return ConcreteStyle(
                foreground: foreground16.limited(to: count), background: background16.limited(to: count),
                attributes: attributes
            )
        }
    }
}

/// A style ready for one terminal: one foreground, one background, attributes.
public struct ConcreteStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor, background: TerminalColor, attributes: TextAttributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
