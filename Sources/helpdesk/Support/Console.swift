import Foundation

/// Writing to the terminal or a pipe. Untrusted text is cleaned before it reaches a terminal.
enum Console {
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    static let stderrIsTerminal = isatty(STDERR_FILENO) == 1

    static func print(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Set by `batch` while it runs a line, so errors say which line failed.
    nonisolated(unsafe) static var context: String?

    /// One line whatever the message quotes: CR, CR LF and U+2028/U+2029 in a value typed by a
    /// user end a line on a terminal as surely as LF does, so all of them become spaces.
    static func error(_ message: String) {
        let prefix = context.map { "helpdesk: \($0): " } ?? "helpdesk: "
        FileHandle.standardError.write(Data((prefix + TextSafety.clean(message, keepNewlines: false) + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Untrusted text for the terminal: escapes and controls made visible; unchanged into a pipe
    /// only when it is JSON (JSON escaping already makes it inert).
    static func safe(_ text: String) -> String {
        TextSafety.clean(text)
    }
}
