import Foundation
import HelpDeskCore
import TerminalKit

/// The app shell: one event loop over a ``Terminal`` that reads keys, ticks the clock, polls
/// the database for other technicians' changes, draws the frame (title bar, the top screen,
/// toasts, status bar) and executes the screens' effects against the repository.
///
/// Used from one thread. Tests drive it with a ``VirtualTerminal`` and ``runUntilIdle()``.
public final class HelpDeskApp {
    let terminal: any Terminal
    let repository: any HelpDeskRepository
    var configuration: AppConfiguration
    /// Screens, the visible one last. The first is always a queue or the dashboard.
    var stack: [any Screen] = []
    var toast: Toast?
    /// The `:` command line or the `/` search field while open.
    var prompt: Prompt?
    var helpVisible = false
    /// First help line shown (the overlay scrolls with j/k when it does not fit).
    var helpOffset = 0
    public internal(set) var isRunning = true
    var language: Language
    var changeToken: Int?
    var lastPoll = ContinuousClock.now
    var lastLiveRefresh = ContinuousClock.now
    /// What the last automatic reload of a live screen took (see `HelpDeskApp+LiveRefresh`).
    var liveRefreshCost: Duration = .zero
    /// Another process committed, or the minute turned, while a live screen was still resting.
    var liveReloadPending = false
    var baseTheme: ResolvedTheme
    var themedScreen: String?
    var lastMinute = ""
    /// When the visible screen last recomputed its countdowns (``HelpDeskApp/moveClockIfDue()``),
    /// on the configured clock.
    var lastClockMove: Date?
    /// Where drafts are kept; nil when there is nowhere (tests) or the stored one could not be reopened.
    var draftStore: (any DraftStoring)?
    /// The draft as last written to the store.
    var savedDraft: Draft?
    var lastDraftSave: ContinuousClock.Instant?
    var draftSaveFailed = false
    /// The signal that ended the loop (SIGINT, SIGTERM, SIGHUP), nil after a normal quit: the
    /// launcher exits with 128 + it once the terminal is restored.
    public internal(set) var stopSignal: Int32?

    enum Prompt {
        case command(TextInput)
        case search(TextInput)
    }

    public init(terminal: any Terminal, repository: any HelpDeskRepository, configuration: AppConfiguration, theme: ResolvedTheme = .plain) {
        self.terminal = terminal
        self.repository = repository
        self.configuration = configuration
        self.language = configuration.language
        self.baseTheme = theme
        let start = configuration.startScreen ?? StartScreen.forRole(configuration.agent.role)
        changeToken = try? repository.changeToken()
        draftStore = configuration.drafts
        switchTo(start)
        restoreDraft()
    }

    var context: ScreenContext {
        ScreenContext(agent: configuration.agent, l10n: Localizer(language: language, timeZone: configuration.timeZone),
                      now: configuration.clock(), keyMap: configuration.keyMap,
                      sla: SLAClock(policies: configuration.slaPolicies))
    }

    /// The visible screen (for tests and the launcher).
    public var topScreen: any Screen { stack[stack.count - 1] }
    public var currentToast: Toast? { toast }
    public var currentLanguage: Language { language }

    // MARK: Loop

    /// Runs until the user quits.
    /// Runs until the user quits or a signal arrives (the terminal reports it; the draft is
    /// saved before the loop ends).
    public func run() {
        draw()
        while isRunning {
            if let signal = terminal.pendingSignal {
                stop(bySignal: signal)
                break
            }
            if let key = terminal.readKey(timeout: idleTimeout) {
                handle(key)
            } else {
                tick()
            }
            syncDraft(force: false)
            if isRunning { draw() }
        }
        syncDraft(force: true)
    }

    /// Handles every key already queued, then draws and returns: how tests wait for idle.
    public func runUntilIdle() {
        draw()
        while isRunning {
            if let signal = terminal.pendingSignal {
                stop(bySignal: signal)
                return
            }
            guard let key = terminal.readKey(timeout: .zero) else { break }
            handle(key)
            syncDraft(force: false)
            if isRunning { draw() }
        }
        syncDraft(force: !isRunning)
    }

    /// Time passing without a key: poll for other processes' changes, age toasts, move the clock.
    public func tick() {
        let now = ContinuousClock.now
        if now - lastPoll >= configuration.pollInterval {
            lastPoll = now
            pollForChanges()
        }
        if let toast, toast.isExpired(at: configuration.clock()) { self.toast = nil }
        if topScreen.wantsIdleLoad { reloadTop(refresh: false) }
        // Figures counted in SQL as of now are re-read when the minute turns (an injected clock
        // may jump hours between two ticks) and every `dashboardRefresh` in between: tickets
        // cross into "at risk" between minutes, and a supervisor should not wait for one.
        let minute = context.l10n.time(configuration.clock())
        let minuteTurned = minute != lastMinute
        lastMinute = minute
        if topScreen.refreshesLive {
            if minuteTurned { liveReloadPending = true }
            let since = now - lastLiveRefresh
            if since >= liveRefreshRest, liveReloadPending || since >= configuration.dashboardRefresh {
                reloadLive(refresh: !minuteTurned, at: now)
            }
        }
        // Countdowns computed from rows already loaded turn at their own instants, without SQL.
        moveClockIfDue()
    }

    /// Reloads the visible screen when another process committed to the database.
    public func pollForChanges() {
        // An `sla import` appends no ticket event, so new policies are looked for separately.
        var policiesChanged = false
        if let policies = configuration.reloadSLAPolicies?() {
            configuration.slaPolicies = policies
            policiesChanged = true
        }
        guard let token = try? repository.changeToken() else { return }
        if changeToken == nil { changeToken = token; return }
        if token != changeToken || policiesChanged {
            changeToken = token
            if topScreen.refreshesLive {
                // A busy desk commits every few seconds: the dashboard follows at its own pace.
                let now = ContinuousClock.now
                if now - lastLiveRefresh >= liveRefreshRest { reloadLive(refresh: true, at: now) } else { liveReloadPending = true }
            } else {
                reloadTop(refresh: true)
            }
        }
    }

    // MARK: Keys

    public func handle(_ key: Key) {
        if key == .resize {
            terminal.invalidate()
            layoutTop()
            reloadTop(refresh: false)
            return
        }
        if isTooSmall {
            // Text typed into a field is kept even while the window is too small to show it:
            // keys typed just before a shrink are read after it (found by the resize test in
            // tmux). Anything else would act blind, so it is ignored; `q` quits from a list.
            if topScreen.wantsRawKeys {
                if Self.isTyping(key), formKey(key) == key { send(.key(key)) }
            } else if configuration.keyMap.action(for: key, mode: .browsing) == Act.quit {
                isRunning = false
            }
            return
        }
        if helpVisible {
            handleHelpKey(key)
            return
        }
        if prompt != nil {
            handlePromptKey(key)
            return
        }
        if topScreen.wantsRawKeys {
            send(.key(formKey(key)))
            return
        }
        guard let action = configuration.keyMap.action(for: key, mode: .browsing) else {
            if topScreen.localKeys(context).contains(where: { $0.key == key }) {
                send(.key(key))
            } else if case .character = key {
                showToast(context.l10n(.toastKeyUnbound, key.displayName), .info)
            }
            return
        }
        perform(action)
    }

    /// In a text field, picker or form, a key the user rebound to a form action (keys.toml)
    /// is handed over as that action's standard key, so the components need not know the map.
    /// Arrows stay arrows: they move inside multi-line text and lists.
    func formKey(_ key: Key) -> Key {
        if [.up, .down, .left, .right].contains(key) { return key }
        guard let action = configuration.keyMap.action(for: key, mode: .form(editingText: true)) else { return key }
        switch action {
        case Act.formNext: return .tab
        case Act.formPrevious: return .backTab
        case Act.formConfirm: return .enter
        case Act.formSubmit: return .ctrl("s")
        case Act.formCancel: return .escape
        case Act.formToggle: return .space
        case Act.formEditor: return .ctrl("e")
        default: return key
        }
    }

    /// Keys that only edit text (never submit, cancel or move between fields).
    static func isTyping(_ key: Key) -> Bool {
        switch key {
        case .character, .backspace: true
        default: false
        }
    }

    func handleHelpKey(_ key: Key) {
        switch configuration.keyMap.action(for: key, mode: .browsing) {
        case Act.moveDown: helpOffset += 1
        case Act.moveUp: helpOffset = max(0, helpOffset - 1)
        case Act.pageDown: helpOffset += max(1, bodyArea.height - 4)
        case Act.pageUp: helpOffset = max(0, helpOffset - max(1, bodyArea.height - 4))
        // g and G are listed in the help as top and bottom; they closed it instead.
        case Act.top: helpOffset = 0
        case Act.bottom: helpOffset = Int(Int32.max)  // drawing clamps it to the last page
        default: helpVisible = false
        }
    }

    /// What the key map's "disabled reason" rules need to know now.
    var actionContext: ActionContext {
        ActionContext(screen: topScreen.name, agent: configuration.agent, ticket: topScreen.actionTicket,
                      mode: topScreen.wantsRawKeys ? .form(editingText: true) : .browsing)
    }

    /// Runs a bound action: global ones here, the rest by the visible screen.
    public func perform(_ action: ActionID) {
        let l10n = context.l10n
        let reason = topScreen.disabledReason(action, context) ?? ActionCatalog.action(action)?.disabledReason(actionContext)
        if let reason {
            showToast(l10n(.toastDisabled, l10n.actionTitle(action), reason), .error)
            return
        }
        switch action {
        case Act.quit: isRunning = false
        case Act.help:
            helpVisible = true
            helpOffset = 0
        case Act.command: prompt = .command(TextInput())
        case Act.search:
            guard topScreen.isSearchable else {
                showToast(l10n(.toastDisabled, l10n.actionTitle(action), l10n(.reasonNotSearchable)), .error)
                return
            }
            prompt = .search(TextInput())
        case Act.redraw:
            terminal.invalidate()
            reloadTop(refresh: true)
        case Act.screenL1: switchTo(.l1)
        case Act.screenL2: switchTo(.l2)
        case Act.screenL3: switchTo(.l3)
        case Act.screenDashboard: switchTo(.dashboard)
        case Act.screenKB: switchTo(.kb)
        // A call can come in on any screen (the dashboard, an article): the intake opens over it.
        case Act.newTicket: push(IntakeScreen())
        case Act.back where stack.count == 1:
            break
        default:
            send(.action(action))
        }
    }

    /// Replaces the stack with a start screen. 5 opens the knowledge base when the launcher gave
    /// one; without it 5 explains and stays.
    func switchTo(_ screen: StartScreen) {
        let l10n = context.l10n
        switch screen {
        case .l1: stack = [L1ConsoleScreen()]
        case .l1Queue: stack = [TicketQueueScreen(tier: .l1)]
        case .l2: stack = [TicketQueueScreen(tier: .l2)]
        case .l3: stack = [TicketQueueScreen(tier: .l3)]
        case .dashboard: stack = [DashboardScreen(metrics: configuration.slaRepository, knowledgeBase: configuration.knowledgeBase)]
        case .kb where configuration.knowledgeBase != nil:
            // From a ticket's detail the knowledge base opens over it, for that ticket: `L`
            // links articles to it and back returns to it. Elsewhere it replaces the stack.
            if let detail = stack.last as? TicketDetailScreen {
                push(KnowledgeBaseScreen(knowledgeBase: configuration.knowledgeBase!, workingTicket: detail.ticketID))
                return
            }
            stack = [KnowledgeBaseScreen(knowledgeBase: configuration.knowledgeBase!)]
        case .kb:
            showToast(l10n(.toastDisabled, l10n.actionHelp(Act.screenKB), l10n(.reasonKBMissing)), .error)
            // Key 5 stays where it is; `--screen kb` at start opens the role's queue instead.
            guard stack.isEmpty else { return }
            stack = [TicketQueueScreen(tier: configuration.agent.role.tier ?? .l1)]
        }
        layoutTop()
        reloadTop(refresh: false)
        // Its figures are as of this minute: without this the first tick took the minute as
        // turned and reloaded a live screen at once, all of it again (a second of dead
        // keyboard right after the first frame on a million tickets).
        if topScreen.refreshesLive { lastMinute = context.l10n.time(configuration.clock()) }
    }

    func showToast(_ text: String, _ kind: ToastKind) {
        toast = Toast(text, kind: kind, shownAt: configuration.clock())
    }

    /// Gives an input to the visible screen and runs the effects it returns.
    func send(_ input: ScreenInput) {
        var screen = stack.removeLast()
        let effects = screen.handle(input, context: context)
        stack.append(screen)
        run(effects)
    }
}

extension HelpDeskApp {
    /// Shows a message from outside the screens (e.g. the terminal's locale warning at start).
    public func notify(_ text: String, isError: Bool) {
        showToast(text, isError ? .error : .info)
    }
}
