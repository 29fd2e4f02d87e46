import TerminalKit

/// Opens the real terminal, runs `body`, and always restores the terminal afterwards, also
/// when `body` throws. SIGINT/SIGTERM/SIGHUP restore it too (see ``CursesOptions/SignalHandling``).
///
/// ```swift
/// try withTerminal(CursesOptions(theme: theme)) { terminal in
///     try app.run(on: terminal)
/// }
/// ```
public func withTerminal<T>(_ options: CursesOptions = CursesOptions(), _ body: (CursesTerminal) throws -> T) throws -> T {
    let terminal = try CursesTerminal(options: options)
    defer { terminal.shutdown() }
    return try body(terminal)
}
