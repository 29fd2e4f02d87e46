import Foundation
import HelpDeskCore

extension Localizer {
    /// The tier screens' string for `key`, with `{n}` replaced by `arguments[n]`.
    public func callAsFunction(_ key: TierString, _ arguments: String...) -> String {
        var text = Self.tierTable(for: language)[key] ?? Self.tierTable(for: .en)[key] ?? key.rawValue
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    /// Whether a translation exists (tests check every key in every language).
    public static func has(_ key: TierString, in language: Language) -> Bool {
        tierTable(for: language)[key] != nil
    }

    static func tierTable(for language: Language) -> [TierString: String] {
        switch language {
        case .en: englishTierStrings
        case .es: spanishTierStrings
        }
    }
}
