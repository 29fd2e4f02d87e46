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

    /// A short field refused by ``FieldLimits``, worded with the form's own label for the field
    /// ("Subject is 245 characters; at most 200.").
    public func shortText(_ error: ShortTextError, label: String) -> String {
        var label = label
        while label.last == ":" || label.last == " " { label.removeLast() }
        return switch error {
        case .tooLong(_, let length, let limit): self(.textTooLong, label, "\(length)", "\(limit)")
        case .lineBreak: self(.textLineBreak, label)
        case .controlCharacter(_, let scalar): self(.textControl, label, ShortTextError.codePoint(scalar))
        case .bidiControl(_, let scalar): self(.textBidi, label, ShortTextError.codePoint(scalar))
        }
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
