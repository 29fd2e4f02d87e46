import Foundation

/// An ArgumentParser usage error as the contract wants every error: one human line.
///
/// ArgumentParser prints `Error: …`, a `Help:` line, the whole usage synopsis and a `See …`
/// hint, and lists valid values one per line: four lines or more on stderr. The contract says
/// every error is "a one-line human message", and scripts that log stderr line by line need
/// the problem and where to read more on one line:
/// `The value 'bogus' is invalid for '<status>'. Please provide one of the following: new, open, …
/// (see 'helpdesk ticket status --help')`.
enum UsageErrorLine {
    /// - Parameters:
    ///   - message: `HelpDesk.message(for:)`, the problem alone (possibly several lines).
    ///   - fullMessage: `HelpDesk.fullMessage(for:)`, where the `See '… --help'` hint is.
    static func render(message: String, fullMessage: String) -> String {
        var parts: [String] = []
        var items: [String] = []
        for line in message.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) where !line.isEmpty {
            if line.hasPrefix("- ") {
                items.append(String(line.dropFirst(2)))
                continue
            }
            if !items.isEmpty { parts.append(items.joined(separator: ", ")); items = [] }
            parts.append(line)
        }
        if !items.isEmpty { parts.append(items.joined(separator: ", ")) }
        var text = parts.joined(separator: " ")
        if let hint = helpHint(in: fullMessage) { text += " (see '\(hint)')" }
        return text
    }

    /// `helpdesk ticket status --help` out of `  See 'helpdesk ticket status --help' for more information.`
    static func helpHint(in fullMessage: String) -> String? {
        guard let start = fullMessage.range(of: "See '"),
              let end = fullMessage[start.upperBound...].firstIndex(of: "'") else { return nil }
        return String(fullMessage[start.upperBound..<end])
    }
}
