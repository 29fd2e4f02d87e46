import HelpDeskCore

/// The interface speaks the desk's two languages (``Language`` from the core, the same values
/// as articles). Ticket data is never translated, only the UI around it.
extension Language {
    /// Picks the language from `--lang` first, then the POSIX locale variables in their order
    /// of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`): the first one set decides, and a value
    /// starting with `es` means Spanish. Anything else (including `C`) is English.
    public static func detect(flag: String?, environment: [String: String]) -> Language {
        if let flag, let language = Language(code: flag) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("es") ? .es : .en
        }
        return .en
    }

    /// Reads `es`, `en`, `es_ES.UTF-8`, `Spanish`... loosely; nil when it is neither language.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("es") || lower.hasPrefix("spa") { self = .es }
        else if lower.hasPrefix("en") { self = .en }
        else { return nil }
    }
}
