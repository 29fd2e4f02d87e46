/// A theme resolved to terminal colours: a style for every ``StyleRole``, plus per-screen
/// overrides. Built by the UI's theme loader from a TOML file and handed to the terminal as a
/// plain value.
public struct ResolvedTheme: Hashable, Sendable {
    public var name: String
    /// A style per role. Roles missing here fall back to ``StyleRole/normal``'s style.
    public var styles: [StyleRole: RoleStyle]
    /// Overrides by screen name (`dashboard`, `kb`, ...), applied by ``forScreen(_:)``.
    public var screens: [String: [StyleRole: RoleStyle]]
    /// True when colour must not be used even if the terminal has it (`NO_COLOR`, mono theme).
    public var monochrome: Bool

    public init(
        name: String, styles: [StyleRole: RoleStyle], screens: [String: [StyleRole: RoleStyle]] = [:],
        monochrome: Bool = false
    ) {
        self.name = name
        self.styles = styles
        self.screens = screens
        self.monochrome = monochrome
    }

    /// The style of a role, falling back to `normal`, then to plain text.
    public func style(for role: StyleRole) -> RoleStyle {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// The concrete style of a role on a terminal of `depth` colours (mono if ``monochrome``).
    public func concrete(_ role: StyleRole, depth: ColorDepth) -> ConcreteStyle {
        style(for: role).concrete(for: monochrome ? .monochrome : depth)
    }

    /// This theme with a screen's overrides applied (unknown screens: unchanged).
    public func forScreen(_ screen: String) -> ResolvedTheme {
        guard let overrides = screens[screen] else { return self }
        var copy = self
        copy.styles.merge(overrides) { _, new in new }
        return copy
    }

    /// No colours at all; selection and emphasis by attributes only. Used by tests and as the
    /// last resort when no theme can be loaded.
    public static let plain: ResolvedTheme = {
        var styles: [StyleRole: RoleStyle] = [:]
        for role in StyleRole.allCases { styles[role] = .plain }
        let reverse: [StyleRole] = [.title, .statusBar, .selected, .inputFocused, .buttonFocused, .highlight]
        for role in reverse { styles[role] = RoleStyle(attributes: .reverse) }
        let bold: [StyleRole] = [.header, .section, .p1, .breached, .error, .toastError, .heading, .strong, .statusKey]
        for role in bold { styles[role] = RoleStyle(attributes: .bold) }
        styles[.statusKey] = RoleStyle(attributes: [.bold, .reverse])
        styles[.dim] = RoleStyle(attributes: .dim)
        styles[.link] = RoleStyle(attributes: .underline)
        return ResolvedTheme(name: "plain", styles: styles, monochrome: true)
    }()
}
