import HelpDeskConfig
import HelpDeskCore
import HelpDeskUI
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// One parser under libFuzzer. Each target feeds the input (as UTF-8, repaired the way a file
/// read with `String(decoding:)` would be) to the parser and checks what the parser promises,
/// beyond "does not crash": a violated promise aborts, so libFuzzer saves the input.
enum FuzzTarget: String, CaseIterable {
    case keyLabel = "key-label"
    case sanitizer
    case kbQuery = "kb-query"
    case sla
    case theme
    case keys

    func run(_ text: String) {
        switch self {
        case .keyLabel:
            // Parse or a typed error; whatever parses prints back to the same key.
            if let key = try? Key(label: text) {
                check((try? Key(label: key.label)) == key, "label \(key.label.debugDescription) does not read back")
            }
            _ = try? Key.parseSequence(text)
        case .sanitizer:
            for sanitizer in [Sanitizer.singleLine, .multiLine] {
                let clean = sanitizer.sanitize(text)
                for scalar in clean.unicodeScalars {
                    let value = scalar.value
                    let control = value < 0x20 && !(value == 0x0A && sanitizer == .multiLine)
                    check(!control, "control U+\(String(value, radix: 16)) survived")
                    check(!(0x7F...0x9F).contains(value), "DEL/C1 U+\(String(value, radix: 16)) survived")
                    check(!(0x202A...0x202E).contains(value) && !(0x2066...0x2069).contains(value), "bidi override survived")
                }
            }
        case .kbQuery:
            for language in [Language.es, .en, nil] { _ = QueryAnalyzer.analyze(text, language: language) }
        case .sla:
            let (policies, errors) = SLAConfig.check(text, file: "fuzz.toml")
            check(policies != nil || !errors.isEmpty, "neither policies nor errors")
            for error in errors { check(error.description.hasPrefix("fuzz.toml:"), "unlocated error: \(error)") }
        case .theme:
            let (_, diagnostics) = ThemeParser.parse(file: "fuzz.toml", source: text, defaultName: "fuzz")
            for diagnostic in diagnostics { check(diagnostic.file == "fuzz.toml" && diagnostic.line >= 0, "bad location: \(diagnostic)") }
        case .keys:
            let loaded = KeyMapLoader.parse(source: text, file: "keys.toml")
            check(!loaded.keyMap.keys(for: "app.quit").isEmpty || !loaded.diagnostics.isEmpty, "quit lost its keys silently")
        }
    }

    private func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        print("helpdesk-fuzz \(rawValue): \(message())")
        abort()
    }
}
