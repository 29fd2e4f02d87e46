import TerminalKit

/// One role's entry in a theme, before resolution: colours as written, attributes, and the
/// optional explicit fallbacks for 16-colour and monochrome terminals.
public struct RoleSpec: Hashable, Sendable {
    public var foreground: ColorSpec
    public var background: ColorSpec
    /// 16-colour fallbacks; nil picks the nearest ANSI colour.
    public var foreground16: ColorSpec?
    public var background16: ColorSpec?
    public var attributes: TextAttributes
    /// Attributes without colour; nil reuses ``attributes``.
    public var mono: TextAttributes?

    public init(
        fg: ColorSpec = .terminalDefault, bg: ColorSpec = .terminalDefault, fg16: ColorSpec? = nil, bg16: ColorSpec? = nil,
        attrs: TextAttributes = [], mono: TextAttributes? = nil
    ) {
        self.foreground = fg
        self.background = bg
        self.foreground16 = fg16
        self.background16 = bg16
        self.attributes = attrs
        self.mono = mono
    }

    /// The terminal-ready style.
    public var resolved: RoleStyle {
        RoleStyle(
            foreground: foreground.terminalColor, background: background.terminalColor,
            foreground16: (foreground16 ?? foreground).nearest16, background16: (background16 ?? background).nearest16,
            attributes: attributes, monoAttributes: mono ?? attributes
        )
    }
}

/// A theme as written in a file: roles plus per-screen overrides.
public struct ThemeDocument: Hashable, Sendable {
    public var name: String
    public var description: String
    public var roles: [StyleRole: RoleSpec]
    public var screens: [String: [StyleRole: RoleSpec]]
    /// True for themes meant for terminals without colour (`mono`).
    public var monochrome: Bool

    public init(name: String, description: String = "", roles: [StyleRole: RoleSpec], screens: [String: [StyleRole: RoleSpec]] = [:], monochrome: Bool = false) {
        self.name = name
        self.description = description
        self.roles = roles
        self.screens = screens
        self.monochrome = monochrome
    }

    /// Resolves to terminal colours. Roles the document leaves out take `fallback`'s style, so
    /// a user theme may set only the roles it cares about.
    public func resolve(fallback: ThemeDocument? = BuiltInThemes.default) -> ResolvedTheme {
        var styles: [StyleRole: RoleStyle] = [:]
        for role in StyleRole.allCases {
            if let spec = roles[role] ?? fallback?.roles[role] { styles[role] = spec.resolved }
        }
        let screenStyles = screens.mapValues { overrides in overrides.mapValues(\.resolved) }
        return ResolvedTheme(name: name, styles: styles, screens: screenStyles, monochrome: monochrome)
    }
}
