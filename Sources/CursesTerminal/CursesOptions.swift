import TerminalKit

/// How to open the real terminal.
public struct CursesOptions: Sendable {
    /// Where curses reads and writes.
    public enum Devices: Sendable, Equatable {
        /// The process's stdin and stdout (the normal case).
        case standard
        /// Files, for headless tests: `/dev/null` for both, with `LINES`/`COLUMNS` set.
        case files(output: String, input: String)
    }

    /// What a SIGINT, SIGTERM or SIGHUP does while curses is active.
    public enum SignalHandling: Sendable, Equatable {
        /// Restore the terminal (endwin) and exit with 128 + signal number.
        case restoreAndExit
        /// Record the signal in ``CursesTerminal/receivedSignal``: the pending `readKey` returns
        /// nil at once (also when waiting without a timeout; checked in tmux), and the app loop
        /// checks the flag and shuts down cleanly itself (saving drafts first, say). A second
        /// signal before it has done so restores the terminal and exits at once.
        case flag
        /// Leave signal dispositions alone (tests).
        case none
    }

    /// Terminal type; nil uses `$TERM`.
    public var terminalType: String?
    public var devices: Devices
    public var signalHandling: SignalHandling
    /// Milliseconds to wait after Esc for the rest of an escape sequence. The curses default
    /// of one second makes Esc feel broken; 25 ms is enough locally and over ssh.
    public var escapeDelay: Int32
    /// Caps the colours used (`--no-color` / `NO_COLOR` pass `.monochrome`).
    public var maximumColorDepth: ColorDepth
    /// The theme to start with.
    public var theme: ResolvedTheme

    public init(
        terminalType: String? = nil, devices: Devices = .standard, signalHandling: SignalHandling = .restoreAndExit,
        escapeDelay: Int32 = 25, maximumColorDepth: ColorDepth = .indexed256, theme: ResolvedTheme = .plain
    ) {
        self.terminalType = terminalType
        self.devices = devices
        self.signalHandling = signalHandling
        self.escapeDelay = escapeDelay
        self.maximumColorDepth = maximumColorDepth
        self.theme = theme
    }
}
