import TerminalKit

/// Every UI action, declared once. The defaults follow CLI.md's "Default keys".
///
/// One deviation from the UX sketches: drafting a KB article from a ticket is `K` (shift-k),
/// because `k` moves up.
public enum ActionCatalog {
    private static let ticketScreens = ScreenName.ticketScreens
    private static func keys(_ labels: String) -> [Key] {
        // Defaults are written as key labels, exactly as users write them in keys.toml.
        (try? Key.parseSequence(labels)) ?? []
    }

    public static let all: [UIAction] = navigation + screens + tickets + knowledgeBase + forms + general

    static let navigation: [UIAction] = [
        UIAction("move.down", "down", help: "Move the cursor down", group: .navigation, scope: .list, keys: keys("j <down>")),
        UIAction("move.up", "up", help: "Move the cursor up", group: .navigation, scope: .list, keys: keys("k <up>")),
        UIAction("move.top", "top", help: "Go to the first item", group: .navigation, scope: .list, keys: keys("g <home>")),
        UIAction("move.bottom", "bottom", help: "Go to the last item", group: .navigation, scope: .list, keys: keys("G <end>")),
        UIAction("move.pageDown", "page down", help: "Scroll one page down", group: .navigation, scope: .list, keys: keys("<pgdn> <ctrl+d>")),
        UIAction("move.pageUp", "page up", help: "Scroll one page up", group: .navigation, scope: .list, keys: keys("<pgup> <ctrl+u>")),
        UIAction("move.left", "left", help: "Previous tile or column", group: .navigation, scope: .list, keys: keys("<left> h")),
        UIAction("move.right", "right", help: "Next tile or column", group: .navigation, scope: .list, keys: keys("<right> l")),
        UIAction("focus.next", "next pane", help: "Move focus to the next pane", group: .navigation, scope: .list, keys: keys("<tab>")),
        UIAction("focus.previous", "previous pane", help: "Move focus to the previous pane", group: .navigation, scope: .list, keys: keys("<s-tab>")),
        UIAction("item.open", "open", help: "Open the selected ticket, article or tile", group: .navigation, scope: .list, keys: keys("<enter>"), statusBar: true, screens: [ScreenName.dashboard, ScreenName.kb, ScreenName.search]),
        UIAction("app.back", "back", help: "Go back to the previous screen", group: .navigation, scope: .list, keys: keys("<esc>")),
    ]

    static let screens: [UIAction] = [
        UIAction("screen.l1", "L1", help: "L1 console", group: .screens, scope: .global, keys: keys("1")),
        UIAction("screen.l2", "L2", help: "L2 queue", group: .screens, scope: .global, keys: keys("2")),
        UIAction("screen.l3", "L3", help: "L3 queue", group: .screens, scope: .global, keys: keys("3")),
        UIAction("screen.dashboard", "dashboard", help: "Supervisor dashboard", group: .screens, scope: .global, keys: keys("4")),
        UIAction("screen.kb", "KB", help: "Knowledge base", group: .screens, scope: .global, keys: keys("5")),
    ]

    static let tickets: [UIAction] = [
        UIAction("ticket.new", "new", help: "Open a new ticket (intake with article suggestions)", group: .tickets, scope: .list, keys: keys("n"), statusBar: true, screens: [ScreenName.l1, ScreenName.l2, ScreenName.l3]),
        UIAction("ticket.take", "take", help: "Assign the selected ticket to yourself", group: .tickets, scope: .list, keys: keys("t"), statusBar: true, screens: ticketScreens, disabledReason: ActionAvailability.take),
        UIAction("ticket.escalate", "escalate", help: "Escalate to the next tier or outside, with what was tried", group: .tickets, scope: .list, keys: keys("e"), statusBar: true, screens: ticketScreens, disabledReason: ActionAvailability.escalate),
        UIAction("ticket.sendBack", "send back", help: "Send the ticket back to the previous tier with a coaching note", group: .tickets, scope: .list, keys: keys("b"), statusBar: true, screens: [ScreenName.l2, ScreenName.l3, ScreenName.ticket], disabledReason: ActionAvailability.sendBack),
        UIAction("ticket.reply", "reply", help: "Reply to the requester", group: .tickets, scope: .list, keys: keys("r"), statusBar: true, screens: ticketScreens, disabledReason: ActionAvailability.needsTicket),
        UIAction("ticket.note", "note", help: "Add an internal note (agents only)", group: .tickets, scope: .list, keys: keys("i"), statusBar: true, screens: ticketScreens, disabledReason: ActionAvailability.needsTicket),
        UIAction("ticket.status", "status", help: "Change the status (pending, reopen, ...)", group: .tickets, scope: .list, keys: keys("s"), screens: ticketScreens, disabledReason: ActionAvailability.status),
        UIAction("ticket.resolve", "resolve", help: "Resolve the ticket, optionally with a KB article", group: .tickets, scope: .list, keys: keys("x"), statusBar: true, screens: ticketScreens, disabledReason: ActionAvailability.resolve),
        UIAction("ticket.assign", "assign", help: "Assign the ticket to another technician", group: .tickets, scope: .list, keys: keys("a"), screens: ticketScreens, disabledReason: ActionAvailability.assign),
        UIAction("dashboard.period", "period", help: "Change the dashboard period (today, 7 d, 30 d)", group: .tickets, scope: .list, keys: keys("p"), statusBar: true, screens: [ScreenName.dashboard]),
    ]

    static let knowledgeBase: [UIAction] = [
        UIAction("kb.draft", "draft KB", help: "Draft a KB article from this ticket's resolution (K: k moves up)", group: .knowledgeBase, scope: .list, keys: keys("K"), statusBar: true, screens: [ScreenName.l2, ScreenName.l3, ScreenName.ticket], disabledReason: ActionAvailability.draftArticle),
        UIAction("kb.link", "link", help: "Link the article to the current ticket", group: .knowledgeBase, scope: .list, keys: keys("L"), statusBar: true, screens: [ScreenName.kb, ScreenName.article]),
        // Upper case: the lower-case letters already act on tickets (e escalates, s status, r reply, n new).
        UIAction("kb.language", "lang", help: "Show articles in all languages, Spanish or English", group: .knowledgeBase, scope: .list, keys: keys("F"), statusBar: true, screens: [ScreenName.kb]),
        UIAction("kb.reviewQueue", "review queue", help: "Switch between search and the articles waiting for review", group: .knowledgeBase, scope: .list, keys: keys("V"), statusBar: true, screens: [ScreenName.kb]),
        UIAction("kb.edit", "edit", help: "Edit the article in $VISUAL/$EDITOR (saves a new version)", group: .knowledgeBase, scope: .list, keys: keys("E"), statusBar: true, screens: [ScreenName.article]),
        UIAction("kb.submit", "submit", help: "Submit the article for review", group: .knowledgeBase, scope: .list, keys: keys("S"), screens: [ScreenName.article]),
        UIAction("kb.publish", "publish", help: "Publish the article (reviewers: L2, L3, supervisors)", group: .knowledgeBase, scope: .list, keys: keys("P"), statusBar: true, screens: [ScreenName.article]),
        UIAction("kb.retire", "retire", help: "Retire the article (reviewers: L2, L3, supervisors)", group: .knowledgeBase, scope: .list, keys: keys("R"), screens: [ScreenName.article]),
        UIAction("kb.helpful", "helpful", help: "Mark the article as helpful", group: .knowledgeBase, scope: .list, keys: keys("y"), statusBar: true, screens: [ScreenName.article]),
        UIAction("kb.notHelpful", "not helpful", help: "Mark the article as not helpful (N: n opens a ticket)", group: .knowledgeBase, scope: .list, keys: keys("N"), statusBar: true, screens: [ScreenName.article]),
    ]

    static let forms: [UIAction] = [
        UIAction("form.next", "next", help: "Next field", group: .forms, scope: .form, keys: keys("<tab> <down>"), statusBar: true),
        UIAction("form.previous", "previous", help: "Previous field", group: .forms, scope: .form, keys: keys("<s-tab> <up>")),
        UIAction("form.confirm", "continue", help: "Next field; on the last field or button, submit", group: .forms, scope: .form, keys: keys("<enter>")),
        UIAction("form.submit", "save", help: "Submit the form from any field", group: .forms, scope: .form, keys: keys("<ctrl+s>"), statusBar: true),
        UIAction("form.cancel", "cancel", help: "Cancel (asks first if something was typed)", group: .forms, scope: .form, keys: keys("<esc>"), statusBar: true),
        UIAction("form.toggle", "toggle", help: "Toggle the checkbox or choice under the cursor", group: .forms, scope: .form, keys: keys("<space>")),
        UIAction("form.editor", "editor", help: "Edit this text in $EDITOR", group: .forms, scope: .form, keys: keys("<ctrl+e>")),
    ]

    static let general: [UIAction] = [
        UIAction("app.search", "search", help: "Search tickets and articles", group: .general, scope: .global, keys: keys("/"), statusBar: true),
        UIAction("app.command", "cmd", help: "Open the command line (:take 1043, :theme light)", group: .general, scope: .global, keys: keys(":"), statusBar: true),
        UIAction("app.help", "help", help: "Show this help", group: .general, scope: .global, keys: keys("? <f1>")),
        UIAction("app.redraw", "redraw", help: "Redraw the screen", group: .general, scope: .global, keys: keys("<ctrl+l>")),
        UIAction("app.quit", "quit", help: "Quit helpdesk", group: .general, scope: .global, keys: keys("q")),
    ]

    /// The action with this name.
    public static func action(_ id: ActionID) -> UIAction? { byID[id] }

    private static let byID: [ActionID: UIAction] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}
