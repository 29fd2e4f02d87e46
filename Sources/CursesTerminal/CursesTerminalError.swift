/// Why the real terminal could not be opened.
public enum CursesTerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `newterm` failed: the terminal type has no terminfo entry.
    case unknownTerminal(String)
    /// A device file for headless use could not be opened.
    case cannotOpen(String)
    /// Curses is a process-wide singleton: only one terminal may be open at a time.
    case alreadyOpen

    public var description: String {
        switch self {
        case .unknownTerminal(let name):
            return "unknown terminal type \"\(name)\": no terminfo entry. Set TERM to e.g. xterm-256color, or install ncurses-term"
        case .cannotOpen(let path):
            return "cannot open \(path) for the terminal"
        case .alreadyOpen:
            return "the terminal is already open in this process"
        }
    }
}
