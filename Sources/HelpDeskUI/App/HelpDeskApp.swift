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
    /// Screens, the visible one last. The first is always a queue.
    var stack: [any Screen] = []
    var toast: Toast?
    /// The `:` command line or the `/` search field while open.
    var prompt: Prompt?
    var helpVisible = false
    public internal(set) var isRunning = true
    var language: Language
    var changeToken: Int?
    var lastPoll = ContinuousClock.now
    var baseTheme: ResolvedTheme
    var themedScreen: String?
    var lastMinute = ""

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
        switchTo(start)
    }

    var context: ScreenContext {
        ScreenContext(agent: configuration.agent, l10n: Localizer(language: language, timeZone: configuration.timeZone),
                      now: configuration.clock(), bindings: configuration.bindings)
    }

    /// The visible screen (for tests and the launcher).
    public var topScreen: any Screen { stack[stack.count - 1] }
    public var currentToast: Toast? { toast }
    public var currentLanguage: Language { language }

    // MARK: Loop

    /// Runs until the user quits.
    public func run() {
        draw()
        while isRunning {
            if let key = terminal.readKey(timeout: .milliseconds(100)) {
                handle(key)
            } else {
                tick()
            }
            if isRunning { draw() }
        }
    }

    /// Handles every key already queued, then draws and returns: how tests wait for idle.
    public func runUntilIdle() {
        draw()
        while isRunning, let key = terminal.readKey(timeout: .zero) {
            handle(key)
            if isRunning { draw() }
        }
    }

    /// Time passing without a key: poll for other processes' changes, age toasts, move the clock.
    public func tick() {
        let now = ContinuousClock.now
        if now - lastPoll >= configuration.pollInterval {
            lastPoll = now
            pollForChanges()
        }
        if let toast, toast.isExpired(at: configuration.clock()) { self.toast = nil }
    }

    /// Reloads the visible screen when another process committed to the database.
    public func pollForChanges() {
        guard let token = try? repository.changeToken() else { return }
        if changeToken == nil { changeToken = token; return }
        if token != changeToken {
            changeToken = token
            reloadTop(refresh: true)
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
            if key == .character("q") || configuration.bindings.action(for: key) == .quit { isRunning = false }
            return
        }
        if helpVisible {
            helpVisible = false
            return
        }
        if prompt != nil {
            handlePromptKey(key)
            return
        }
        if topScreen.wantsRawKeys {
            send(.key(key))
            return
        }
        guard let action = configuration.bindings.action(for: key) else {
            if case .character = key { showToast(context.l10n(.toastKeyUnbound, key.displayName), .info) }
            return
        }
        perform(action)
    }

    /// Runs a bound action: global ones here, the rest by the visible screen.
    public func perform(_ action: UIAction) {
        let l10n = context.l10n
        if let reason = topScreen.disabledReason(action, context) {
            showToast(l10n(.toastDisabled, l10n(action.help), reason), .error)
            return
        }
        switch action {
        case .quit: isRunning = false
        case .help: helpVisible = true
        case .command: prompt = .command(TextInput())
        case .search:
            guard topScreen.isSearchable else {
                showToast(l10n(.toastDisabled, l10n(action.help), l10n(.reasonOnlyDetail)), .error)
                return
            }
            prompt = .search(TextInput())
        case .refresh:
            terminal.invalidate()
            reloadTop(refresh: true)
        case .screenL1: switchTo(.l1)
        case .screenL2: switchTo(.l2)
        case .screenL3: switchTo(.l3)
        case .screenDashboard: switchTo(.dashboard)
        case .screenKB: switchTo(.kb)
        case .back where stack.count == 1:
            break
        default:
            send(.action(action))
        }
    }

    /// Replaces the stack with a start screen. The dashboard and knowledge base are not in
    /// this build: 4 shows every tier's open tickets and says so; 5 explains and stays.
    func switchTo(_ screen: StartScreen) {
        let l10n = context.l10n
        switch screen {
        case .l1: stack = [TicketQueueScreen(tier: .l1)]
        case .l2: stack = [TicketQueueScreen(tier: .l2)]
        case .l3: stack = [TicketQueueScreen(tier: .l3)]
        case .dashboard:
            stack = [TicketQueueScreen(tier: nil)]
            showToast(l10n(.toastDashboardMissing), .info)
        case .kb:
            showToast(l10n(.toastDisabled, l10n(.actScreenKB), l10n(.reasonKBMissing)), .error)
            // Key 5 stays where it is; `--screen kb` at start opens the role's queue instead.
            guard stack.isEmpty else { return }
            stack = [TicketQueueScreen(tier: configuration.agent.role.tier ?? .l1)]
        }
        layoutTop()
        reloadTop(refresh: false)
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
