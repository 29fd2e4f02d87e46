import HelpDeskCore
import Foundation

/// Looks up UI strings in plain Swift tables (no Foundation bundles, so the binary carries its
/// translations and tests can check that every string exists in every language).
///
/// Parameters are written `{0}`, `{1}`... so each translation can put them where its grammar
/// wants them. Dates use the same tables for month names, so snapshots do not depend on the
/// ICU data installed on the machine.
public struct Localizer: Sendable {
    public var language: Language
    /// The zone in which times are shown (tests fix it to UTC).
    public var timeZone: TimeZone

    public init(language: Language, timeZone: TimeZone = .current) {
        self.language = language
        self.timeZone = timeZone
    }

    /// The string for `key` with `{n}` replaced by `arguments[n]`.
    public func callAsFunction(_ key: UIString, _ arguments: String...) -> String {
        format(key, arguments)
    }

    public func format(_ key: UIString, _ arguments: [String]) -> String {
        var text = Self.table(for: language)[key] ?? Self.table(for: .en)[key] ?? key.rawValue
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    /// Whether a translation exists (tests check every key in every language).
    public static func has(_ key: UIString, in language: Language) -> Bool {
        table(for: language)[key] != nil
    }

    static func table(for language: Language) -> [UIString: String] {
        switch language {
        case .en: englishStrings
        case .es: spanishStrings
        }
    }
}
