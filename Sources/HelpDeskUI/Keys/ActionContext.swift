import HelpDeskCore

/// Known screen names (also the `[screens.NAME]` sections of theme files).
public enum ScreenName {
    public static let l1 = "l1", l2 = "l2", l3 = "l3", dashboard = "dashboard", kb = "kb"
    public static let ticket = "ticket", intake = "intake", escalation = "escalation", search = "search", help = "help"
    /// The knowledge-base article reader.
    public static let article = "article"
    /// The tier queues and the ticket detail: where ticket actions make sense.
    public static let ticketScreens: Set<String> = [l1, l2, l3, ticket, search]
}

/// What the UI knows at the moment a key is pressed or the status bar drawn: enough to tell
/// whether an action can run now and, if not, why (lazygit's "disabled reason").
public struct ActionContext: Sendable {
    /// The current screen (see ``ScreenName``).
    public var screen: String
    /// The technician using the UI.
    public var agent: Agent?
    /// The ticket under the cursor or open in the detail view.
    public var ticket: Ticket?
    /// The input mode of the focused view.
    public var mode: InputMode

    public init(screen: String, agent: Agent? = nil, ticket: Ticket? = nil, mode: InputMode = .browsing) {
        self.screen = screen
        self.agent = agent
        self.ticket = ticket
        self.mode = mode
    }

    var inForm: Bool {
        if case .form = mode { return true }
        return false
    }
}
