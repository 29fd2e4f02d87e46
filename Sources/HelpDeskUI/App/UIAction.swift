/// Every action the UI can perform, declared once with its help text and group (tig's
/// `request.h`, lazygit's bindings). Key maps bind keys to these; the status bar and the help
/// overlay are generated from them.
///
/// Until the key-map catalogue from the `term` branch is merged, this is the UI's own list;
/// the raw values are the action names used in `keys.toml`.
public enum UIAction: String, CaseIterable, Sendable {
    case moveDown = "move-down", moveUp = "move-up", pageDown = "page-down", pageUp = "page-up"
    case top, bottom, open, back, search, command, help, quit, refresh
    case screenL1 = "screen-l1", screenL2 = "screen-l2", screenL3 = "screen-l3"
    case screenDashboard = "screen-dashboard", screenKB = "screen-kb"
    case newTicket = "new-ticket", take, escalate, sendBack = "send-back", reply, note, status, resolve, assign
    case cycleFilter = "cycle-filter", cycleSort = "cycle-sort"

    public enum Group: CaseIterable, Sendable {
        case navigation, ticket, screens, app
        var title: UIString {
            switch self {
            case .navigation: .groupNavigation
            case .ticket: .groupTicket
            case .screens: .groupScreens
            case .app: .groupApp
            }
        }
    }

    /// The help text (also the status-bar description).
    public var help: UIString {
        switch self {
        case .moveDown: .actMoveDown
        case .moveUp: .actMoveUp
        case .pageDown: .actPageDown
        case .pageUp: .actPageUp
        case .top: .actTop
        case .bottom: .actBottom
        case .open: .actOpen
        case .back: .actBack
        case .search: .actSearch
        case .command: .actCommand
        case .help: .actHelp
        case .quit: .actQuit
        case .refresh: .actRefresh
        case .screenL1: .actScreenL1
        case .screenL2: .actScreenL2
        case .screenL3: .actScreenL3
        case .screenDashboard: .actScreenDashboard
        case .screenKB: .actScreenKB
        case .newTicket: .actNew
        case .take: .actTake
        case .escalate: .actEscalate
        case .sendBack: .actSendBack
        case .reply: .actReply
        case .note: .actNote
        case .status: .actStatus
        case .resolve: .actResolve
        case .assign: .actAssign
        case .cycleFilter: .actFilter
        case .cycleSort: .actSort
        }
    }

    public var group: Group {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .open, .back, .search, .cycleFilter, .cycleSort:
            .navigation
        case .newTicket, .take, .escalate, .sendBack, .reply, .note, .status, .resolve, .assign:
            .ticket
        case .screenL1, .screenL2, .screenL3, .screenDashboard, .screenKB:
            .screens
        case .command, .help, .quit, .refresh:
            .app
        }
    }

    /// Actions that change a ticket, shared by the list (on the cursor row) and the detail.
    public static let ticketActions: [UIAction] = [.take, .reply, .note, .status, .resolve, .assign, .escalate, .sendBack]
}
