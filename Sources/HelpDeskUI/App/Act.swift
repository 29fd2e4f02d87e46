import TerminalKit

/// The catalogue's action names (``ActionCatalog``) the shell and screens react to, as
/// constants so a typo is a compile error rather than a dead key.
public enum Act {
    public static let moveDown: ActionID = "move.down", moveUp: ActionID = "move.up"
    public static let top: ActionID = "move.top", bottom: ActionID = "move.bottom"
    public static let pageDown: ActionID = "move.pageDown", pageUp: ActionID = "move.pageUp"
    public static let moveLeft: ActionID = "move.left", moveRight: ActionID = "move.right"
    public static let open: ActionID = "item.open", back: ActionID = "app.back"
    public static let focusNext: ActionID = "focus.next", focusPrevious: ActionID = "focus.previous"
    public static let screenL1: ActionID = "screen.l1", screenL2: ActionID = "screen.l2", screenL3: ActionID = "screen.l3"
    public static let screenDashboard: ActionID = "screen.dashboard", screenKB: ActionID = "screen.kb"
    public static let newTicket: ActionID = "ticket.new", take: ActionID = "ticket.take", escalate: ActionID = "ticket.escalate"
    public static let sendBack: ActionID = "ticket.sendBack", reply: ActionID = "ticket.reply", note: ActionID = "ticket.note"
    public static let status: ActionID = "ticket.status", resolve: ActionID = "ticket.resolve", assign: ActionID = "ticket.assign"
    public static let kbDraft: ActionID = "kb.draft", kbLink: ActionID = "kb.link", dashboardPeriod: ActionID = "dashboard.period"
    public static let kbLanguage: ActionID = "kb.language", kbReviewQueue: ActionID = "kb.reviewQueue", kbEdit: ActionID = "kb.edit"
    public static let kbSubmit: ActionID = "kb.submit", kbPublish: ActionID = "kb.publish", kbRetire: ActionID = "kb.retire"
    public static let kbHelpful: ActionID = "kb.helpful", kbNotHelpful: ActionID = "kb.notHelpful"
    public static let search: ActionID = "app.search", command: ActionID = "app.command", help: ActionID = "app.help"
    public static let redraw: ActionID = "app.redraw", quit: ActionID = "app.quit"
    public static let formNext: ActionID = "form.next", formPrevious: ActionID = "form.previous"
    public static let formConfirm: ActionID = "form.confirm", formSubmit: ActionID = "form.submit"
    public static let formCancel: ActionID = "form.cancel", formToggle: ActionID = "form.toggle", formEditor: ActionID = "form.editor"

    /// Actions that change a ticket, shared by the queue (on the cursor row) and the detail.
    public static let ticketActions: Set<ActionID> = [take, reply, note, status, resolve, assign, escalate, sendBack]
}

/// Keys a screen handles itself because the catalogue has no action for them yet (the queue's
/// `f` filter and `o` sort), shown in the status bar next to the generated items.
public struct LocalKey: Sendable, Equatable {
    public var key: Key
    public var title: String

    public init(key: Key, title: String) {
        self.key = key
        self.title = title
    }
}
