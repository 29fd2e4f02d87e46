import CursesTerminal
import Foundation
import HelpDeskCore
import HelpDeskStore
import HelpDeskUI
import TerminalKit

/// Opens the full-screen UI on a database: the one place where the store, the UI and curses
/// meet (ARCHITECTURE.md).
enum TUILauncher {
    struct Options {
        var screen: StartScreen?
        var theme: String?
        var noColor = false
        var language: String?
    }

    /// Kept for `helpdesk demo`, which opens the UI on the database it just built.
    static func launch(global: GlobalOptions, databasePath: String, screen: String?) throws {
        try launch(global: global, databasePath: databasePath, options: Options(screen: screen.flatMap(StartScreen.init(rawValue:))))
    }

    static func launch(global: GlobalOptions, databasePath: String, options: Options) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError(.usage, "the terminal UI needs a terminal on stdin and stdout; for scripts use the `ticket` commands")
        }
        var global = global
        global.db = databasePath
        let context = try CommandContext.open(global)
        let agent = try context.actor()
        let environment = ProcessInfo.processInfo.environment
        let loaded = ThemeLoader.load(options.theme)
        for diagnostic in loaded.diagnostics { Console.note("helpdesk: \(diagnostic)") }
        var theme = loaded.theme
        if options.noColor { theme.monochrome = true }
        let configuration = AppConfiguration(
            agent: agent,
            language: Language.detect(flag: options.language, environment: environment),
            startScreen: options.screen,
            classify: classify,
            loadTheme: { name in
                let loaded = ThemeLoader.load(name)
                if let error = loaded.diagnostics.first(where: { $0.severity == .error }) ?? loaded.diagnostics.first { throw error }
                return loaded.theme
            },
            // The policies the store uses for `ticket_sla` (imported config, else sla.toml, else
            // built-in), so the lists' SLA column and the dashboard agree with the CLI.
            slaPolicies: context.db.slaPolicies,
            knowledgeBase: context.db,
            slaRepository: context.db,
            drafts: DraftFile.standard(databasePath: databasePath, login: agent.login, environment: environment),
            reloadSLAPolicies: SLAPolicyReloader(db: context.db).reload
        )
        // Signals only set a flag: the loop saves the draft being typed, then the terminal is
        // restored and the process exits with the usual 128 + signal.
        let curses = CursesOptions(signalHandling: .flag, maximumColorDepth: options.noColor ? .monochrome : .indexed256, theme: theme)
        // CursesTerminal switches XON/XOFF off, so Ctrl-S (save) reaches the UI.
        let signal: Int32?
        do {
            signal = try withTerminal(curses) { terminal in
                let app = HelpDeskApp(terminal: terminal, repository: context.db, configuration: configuration, theme: theme)
                for warning in terminal.warnings { app.notify(warning, isError: true) }
                app.run()
                return app.stopSignal
            }
        } catch let error as CursesTerminalError {
            throw CLIError(.unavailable, "cannot open the terminal UI: \(error)")
        }
        if let signal { exit(128 + signal) }
    }

    /// The store's errors as the UI needs them: conflicts and refusals get their own toasts.
    @Sendable static func classify(_ error: any Error) -> RepositoryFailure {
        switch error {
        case StoreError.conflict: return .conflict
        case StoreError.refused(let refusal): return .refused(refusal)
        case let store as StoreError: return .other(store.description)
        default: return RepositoryFailure.basic(error)
        }
    }
}
