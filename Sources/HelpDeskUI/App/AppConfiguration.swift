import Foundation
import HelpDeskCore
import TerminalKit

/// The screens the UI can open on (`--screen`, `:screen`, keys 1–5).
public enum StartScreen: String, CaseIterable, Sendable {
    /// `l1` is the L1 console (the agent's own tickets, the new queue, coaching); `queue` the
    /// whole L1 queue as a list with filters, sorting and search.
    case l1, l1Queue = "queue", l2, l3, dashboard, kb

    /// The screen of an agent's role: L1 agents their console, specialists their tier's queue,
    /// overseers the dashboard, which shows every tier at once and drills down to the queue that
    /// needs them.
    public static func forRole(_ role: Role) -> StartScreen {
        switch role {
        case .l1: .l1
        case .l2: .l2
        case .l3: .l3
        case .supervisor, .admin: .dashboard
        }
    }
}

/// Why a repository call failed, as the UI needs to know it. The UI cannot see the store's
/// error type (it must not import the SQLite layer), so the launcher supplies ``AppConfiguration/classify``.
public enum RepositoryFailure: Sendable, Equatable {
    /// Someone else changed the ticket since it was read.
    case conflict
    /// The workflow refused the action, with its explanation.
    case refused(WorkflowError)
    /// Anything else (database locked, disk full...), with a message for a human.
    case other(String)

    /// The classification that needs no store knowledge: core errors are refusals.
    public static func basic(_ error: any Error) -> RepositoryFailure {
        if let workflow = error as? WorkflowError {
            if case .conflict = workflow { return .conflict }
            return .refused(workflow)
        }
        return .other("\(error)")
    }
}

/// Everything the app needs besides the terminal and the repository, so tests can fix the
/// clock, the time zone, the language and the editor.
public struct AppConfiguration: Sendable {
    public var agent: Agent
    public var language: Language
    public var timeZone: TimeZone
    public var startScreen: StartScreen?
    public var keyMap: KeyMap
    /// The time shown and stamped on actions; fixed in tests.
    public var clock: @Sendable () -> Date
    /// How often to ask the database whether another process changed it.
    public var pollInterval: Duration
    /// Store errors to UI failures (conflicts and refusals get their own toasts).
    public var classify: @Sendable (any Error) -> RepositoryFailure
    /// Loads a theme by name or path for `:theme`; nil when themes cannot be switched.
    public var loadTheme: (@Sendable (String) throws -> ResolvedTheme)?
    /// The editor for long texts (Ctrl-E in the composer).
    public var editor: any TextEditing
    /// SLA targets and calendars (the launcher may read them from a config file).
    public var slaPolicies: SLAPolicySet
    /// Asked on every poll for the policies in force when they changed since the last call
    /// (another technician's `sla import` applies to every running session), nil when they did
    /// not. Without it ``slaPolicies`` stays fixed.
    public var reloadSLAPolicies: (@Sendable () -> SLAPolicySet?)?
    /// The knowledge base behind screen `5`; nil where there is none (then `5` says so).
    public var knowledgeBase: (any KnowledgeBasePort)?
    /// The SQL-backed SLA and metrics queries of the dashboard. A separate, optional value because
    /// ``HelpDeskRepository`` does not include them; the launcher passes the same database.
    public var slaRepository: (any SLARepository)?
    /// How often the dashboard re-reads its figures even when nothing was written, so
    /// countdowns and at-risk tickets move with the clock.
    public var dashboardRefresh: Duration
    /// Where typed text is kept across a signal (``DraftFile`` in the real app), or nil.
    public var drafts: (any DraftStoring)?
    /// How often text being typed is written to ``drafts`` (a signal or quitting writes at once).
    public var draftSaveInterval: Duration

    public init(
        agent: Agent, language: Language = .en, timeZone: TimeZone = .current, startScreen: StartScreen? = nil,
        keyMap: KeyMap = .defaults, clock: @escaping @Sendable () -> Date = { Date() },
        pollInterval: Duration = .milliseconds(300),
        classify: @escaping @Sendable (any Error) -> RepositoryFailure = RepositoryFailure.basic,
        loadTheme: (@Sendable (String) throws -> ResolvedTheme)? = nil,
        editor: any TextEditing = ExternalEditor(), slaPolicies: SLAPolicySet = .standard,
        knowledgeBase: (any KnowledgeBasePort)? = nil,
        slaRepository: (any SLARepository)? = nil, dashboardRefresh: Duration = .seconds(5),
        drafts: (any DraftStoring)? = nil, draftSaveInterval: Duration = .seconds(1),
        reloadSLAPolicies: (@Sendable () -> SLAPolicySet?)? = nil
    ) {
        self.reloadSLAPolicies = reloadSLAPolicies
        self.drafts = drafts
        self.draftSaveInterval = draftSaveInterval
        self.knowledgeBase = knowledgeBase
        self.agent = agent
        self.language = language
        self.timeZone = timeZone
        self.startScreen = startScreen
        self.keyMap = keyMap
        self.clock = clock
        self.pollInterval = pollInterval
        self.classify = classify
        self.loadTheme = loadTheme
        self.editor = editor
        self.slaPolicies = slaPolicies
        self.slaRepository = slaRepository
        self.dashboardRefresh = dashboardRefresh
    }
}
