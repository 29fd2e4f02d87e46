import TerminalKit

/// Makes untrusted ticket text harmless for a terminal, with the same rules as the UI:
/// TerminalKit's `Sanitizer` shows escapes, controls and bidi overrides as visible placeholders.
enum TextSafety {
    static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        (keepNewlines ? Sanitizer.multiLine : Sanitizer.singleLine).sanitize(text)
    }
}
