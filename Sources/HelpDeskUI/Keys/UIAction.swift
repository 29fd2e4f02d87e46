import TerminalKit

/// One thing the user can do, declared once as data (tig's request table, lazygit's
/// bindings): its name, help, group, default keys, where it shows, and why it may be
/// disabled. Key maps, the status bar and the help overlay are all generated from these.
public struct UIAction: Sendable {
    public let id: ActionID
    /// Short label for the status bar: `take`, `escalate`.
    public let title: String
    /// One sentence for the help overlay.
    public let help: String
    public let group: ActionGroup
    public let scope: KeyScope
    /// Keys bound when the user's keys.toml says nothing about this action.
    public let defaultKeys: [Key]
    /// Whether the status bar offers it (on the screens in ``screens``).
    public let showInStatusBar: Bool
    /// Screens where it is relevant; nil means every screen.
    public let screens: Set<String>?
    /// Why it cannot run now, or nil when it can.
    public let disabledReason: @Sendable (ActionContext) -> String?

    public init(
        _ id: ActionID, _ title: String, help: String, group: ActionGroup, scope: KeyScope, keys: [Key],
        statusBar: Bool = false, screens: Set<String>? = nil,
        disabledReason: @escaping @Sendable (ActionContext) -> String? = { _ in nil }
    ) {
        self.id = id
        self.title = title
        self.help = help
        self.group = group
        self.scope = scope
        self.defaultKeys = keys
        self.showInStatusBar = statusBar
        self.screens = screens
        self.disabledReason = disabledReason
    }

    /// Whether this action belongs on `screen`.
    public func isRelevant(on screen: String) -> Bool {
        screens?.contains(screen) ?? true
    }
}
