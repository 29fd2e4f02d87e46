import Foundation
import HelpDeskCore
import TerminalKit

/// What every screen may read while rendering or handling input. Passed in, never global, so
/// a screen renders the same way in a test with a fixed `now` and agent.
public struct ScreenContext: Sendable {
    public var agent: Agent
    public var l10n: Localizer
    public var now: Date
    public var keyMap: KeyMap
    /// SLA policies for the lists' SLA column.
    public var sla: SLAClock

    public init(agent: Agent, l10n: Localizer, now: Date, keyMap: KeyMap = .defaults, sla: SLAClock = SLAClock()) {
        self.agent = agent
        self.l10n = l10n
        self.now = now
        self.keyMap = keyMap
        self.sla = sla
    }
}

/// What the app hands a screen.
public enum ScreenInput: Sendable {
    /// A bound key's action (already resolved through the key map).
    case action(ActionID)
    /// A raw key: for screens that are editing text or have a picker open (``Screen/wantsRawKeys``),
    /// or a key no action is bound to.
    case key(Key)
    /// The incremental search text changed (`/`); `final` when Enter confirmed it.
    case search(String, final: Bool)
    /// The text back from `$EDITOR` (nil: the editor failed or was cancelled).
    case edited(String?)
    /// The result of the last `.perform` effect this screen asked for.
    case performed(PerformResult)
}

/// How a `.perform` effect ended, for the screen that asked (close a form, keep it open...).
public enum PerformResult: Sendable, Equatable {
    case done(Ticket)
    /// Refused by the workflow; `field` names the form field at fault, if any.
    case refused(message: String, field: String?)
    case conflict
    case failed(String)
}

/// Something a screen wants done outside itself. The app executes effects against the
/// repository and the terminal, so screens stay plain values that tests can drive directly.
public enum Effect: Sendable {
    /// Apply a workflow action. With `expectedVersion` a ticket someone else changed since is
    /// refused as a conflict instead of being overwritten.
    case perform(TicketAction, ticketID: Int64, expectedVersion: Int?)
    /// Push the detail screen of a ticket.
    case openTicket(Int64)
    /// Push another screen (the intake form, the escalation wizard); it is loaded first.
    case push(any Screen)
    /// Log a new ticket, then apply `then` to it in order (take, article views, resolve...).
    /// The result comes back as ``ScreenInput/performed(_:)`` with the ticket after the last step.
    case createTicket(NewTicket, then: [TicketAction])
    /// Pop this screen.
    case back
    /// Reload this screen's data (after a filter or sort change).
    case reload
    case toast(String, ToastKind)
    /// Suspend the terminal and edit `initial` in `$VISUAL`/`$EDITOR`; the text comes back as
    /// ``ScreenInput/edited(_:)``.
    case editExternally(initial: String)
    /// Count a search that found nothing (KB gaps); the app adds the agent and the time and
    /// never lets the bookkeeping fail the screen.
    case recordSearchGap(query: String, lang: Language?)
    /// Draft a KB article from a resolved ticket: pre-filled text, `$EDITOR`, save as a draft
    /// linked to the ticket, then the reader on it (`HelpDeskApp+Draft.swift`).
    case draftArticle(ticketID: Int64)
    case quit
}

/// A screen is a value: it renders its state and turns input into new state plus effects
/// (ARCHITECTURE.md). Data comes in through ``load(from:context:)``, which the app calls when
/// the screen is shown, after an effect, and when another process changed the database.
public protocol Screen: Sendable {
    /// The ``ScreenName`` for theme overrides and the key map's relevance (`l1`, `ticket`...).
    var name: String { get }
    /// The ticket actions apply to: the cursor row, or the open ticket.
    var actionTicket: Ticket? { get }
    /// Title bar text for the screen part (`L1 queue`, `Ticket #12`).
    func title(_ context: ScreenContext) -> String
    /// Live counters for the title bar (`mine 4`, `unassigned 12`).
    func counters(_ context: ScreenContext) -> [String]
    /// Keys the screen handles itself (not in the catalogue), for the status bar and help.
    func localKeys(_ context: ScreenContext) -> [LocalKey]
    /// The keys to show in the status bar while the screen takes raw keys (a search field is
    /// not a form: "Ctrl-S save" would be a lie there); nil shows the key map's form keys.
    func typingKeys(_ context: ScreenContext) -> [LocalKey]?
    /// Why an action cannot be used on this screen now, beyond the catalogue's own reasons
    /// (e.g. a screen that is not in this build), or nil.
    func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String?
    /// True while a text field, picker or form has the keyboard: keys then come raw, so typing
    /// `q` in a note does not quit.
    var wantsRawKeys: Bool { get }
    /// True for screens with a list that `/` can search.
    var isSearchable: Bool { get }
    /// True for screens whose figures move with the clock alone and are counted in SQL (the
    /// dashboard, the SLA drill-downs): the app then reloads them every
    /// ``AppConfiguration/dashboardRefresh``, and when the minute turns.
    var refreshesLive: Bool { get }
    /// When something the screen shows next changes with the clock alone (an SLA countdown
    /// crossing a minute, a timer passing its due time), nil when nothing does. The app calls
    /// ``clockMoved(context:)`` at that instant, so a breach shows when it happens.
    var nextClockChange: Date? { get }

    func render(into buffer: inout ScreenBuffer, area: Rect, context: ScreenContext)
    mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect]
    /// Fetches what the screen shows. `refresh` is true when the database changed (another
    /// process, or an action just performed): rows already shown must be read again.
    mutating func load(from repository: any HelpDeskRepository, context: ScreenContext, refresh: Bool) throws
    /// Recomputes what moves with the clock from the data already loaded. No repository: a
    /// countdown turning must not cost a query (other processes' changes come by the poll).
    mutating func clockMoved(context: ScreenContext)
    /// The body area changed (start, resize): lists use it to know how many rows to fetch.
    mutating func layout(area: Rect)
    /// True while the screen has work for an idle moment (e.g. suggestions for what was typed):
    /// the app then calls ``load(from:context:refresh:)`` on its next tick without a key.
    var wantsIdleLoad: Bool { get }
    /// Text typed and not sent yet, which must survive a signal (see ``Draft``), or nil.
    var draft: Draft? { get }
}

extension Screen {
    public func counters(_ context: ScreenContext) -> [String] { [] }
    public var isSearchable: Bool { false }
    public var refreshesLive: Bool { false }
    public var nextClockChange: Date? { nil }
    public mutating func clockMoved(context: ScreenContext) {}
    public func localKeys(_ context: ScreenContext) -> [LocalKey] { [] }
    public func typingKeys(_ context: ScreenContext) -> [LocalKey]? { nil }
    public mutating func layout(area: Rect) {}
    public var wantsIdleLoad: Bool { false }
    public var draft: Draft? { nil }
}
