/// Why a key label (as written in keys.toml or a key script) could not be read.
public enum KeyLabelError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    /// `<ctrl+e` without the closing `>`.
    case unterminated(String)
    /// `<foo>`: no such key name.
    case unknownName(String)
    /// `ab`: more than one key without angle brackets.
    case notOneKey(String)
    /// `<ctrl+1>`: ctrl works with letters only.
    case badControl(String)
    /// `<f13>`.
    case functionOutOfRange(String)

    public var description: String {
        switch self {
        case .empty:
            return "empty key label; write a character such as \"j\" or a name such as \"<enter>\""
        case .unterminated(let label):
            return "key label \"\(label)\" is missing its closing \">\""
        case .unknownName(let label):
            return "unknown key \"\(label)\"; expected a name such as <enter>, <esc>, <tab>, <s-tab>, <space>, <up>, <pgdn>, <f5> or <ctrl+e>"
        case .notOneKey(let label):
            return "\"\(label)\" is more than one key; write one character, or a name in angle brackets such as <enter>"
        case .badControl(let label):
            return "\"\(label)\": ctrl combinations take one letter, e.g. <ctrl+e>"
        case .functionOutOfRange(let label):
            return "\"\(label)\": function keys go from <f1> to <f12>"
        }
    }
}

/// Reading and writing key labels: `j`, `G`, `<ctrl+e>`, `<enter>`, `<esc>`, `<f5>`, `<up>`,
/// `<space>`, `<tab>`, `<s-tab>` (also `<backtab>`, `<shift+tab>`), `<pgdn>`. Names are case
/// insensitive; `<c-e>`, `<ctrl-e>` and `<C-E>` are the same key. `<lt>` is a literal `<`.
extension Key {
    /// Canonical names (what ``label`` prints) first, then accepted aliases.
    static let names: [(name: String, key: Key)] = [
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("s-tab", .backTab), ("backspace", .backspace),
        ("del", .delete), ("insert", .insert), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdn", .pageDown), ("space", .space),
        ("lt", .character("<")), ("resize", .resize),
        // aliases
        ("return", .enter), ("cr", .enter), ("escape", .escape), ("backtab", .backTab), ("shift+tab", .backTab),
        ("shift-tab", .backTab), ("bs", .backspace), ("delete", .delete), ("ins", .insert),
        ("pageup", .pageUp), ("pagedown", .pageDown), ("lessthan", .character("<")),
    ]

    /// Parses one key label. See the extension's documentation for the syntax.
    public init(label: String) throws(KeyLabelError) {
        guard !label.isEmpty else { throw .empty }
        if label.count == 1 {
            let character = label.first!
            guard let scalar = character.unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F else {
                throw .unknownName(label)
            }
            self = .character(character)
            return
        }
        guard label.hasPrefix("<") else { throw .notOneKey(label) }
        guard label.hasSuffix(">") else { throw .unterminated(label) }
        let name = String(label.dropFirst().dropLast()).lowercased()
        if let match = Self.names.first(where: { $0.name == name }) {
            self = match.key
            return
        }
        for prefix in ["ctrl+", "ctrl-", "c-", "^"] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter || letter == "[" else {
                throw .badControl(label)
            }
            self = .control(letter)
            return
        }
        if name.hasPrefix("f"), let number = Int(name.dropFirst()) {
            guard (1...12).contains(number) else { throw .functionOutOfRange(label) }
            self = .function(number)
            return
        }
        throw .unknownName(label)
    }

    /// Parses labels separated by spaces (`"j j <enter> G"`), as used in key scripts for tests.
    public static func parseSequence(_ text: String) throws(KeyLabelError) -> [Key] {
        var keys: [Key] = []
        for token in text.split(separator: " ") {
            keys.append(try Key(label: String(token)))
        }
        return keys
    }

    /// The canonical label, which ``init(label:)`` reads back as the same key.
    public var label: String {
        switch self {
        case .character(let character):
            if character == " " { return "<space>" }
            if character == "<" { return "<lt>" }
            return String(character)
        case .ctrl(let letter): return "<ctrl+\(letter)>"
        case .function(let number): return "<f\(number)>"
        case .unknown(let code): return "<unknown \(code)>"
        default:
            let name = Self.names.first(where: { $0.key == self })?.name ?? "?"
            return "<\(name)>"
        }
    }

    /// A short human name for status bars and help (`Enter`, `Ctrl-S`, `Shift-Tab`, `PgDn`, `j`).
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .ctrl(let letter): return "Ctrl-\(letter.uppercased())"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let number): return "F\(number)"
        case .resize: return "Resize"
        case .unknown(let code): return "key \(code)"
        }
    }
}

extension Key: CustomStringConvertible {
    public var description: String { label }
}
