/// A short, one-line, name-like field: a subject, a title, a login, a tag, an area...
///
/// Free text (descriptions, replies, notes, article bodies) is limited by size elsewhere (1 MB);
/// these fields are what lists, tables, queue rows and pickers show on one line, so the same
/// rules hold for every one of them and only the name and the limit differ:
///
/// - leading and trailing white space (line breaks included) is trimmed, never refused;
/// - a line break inside (`\n`, `\r`, VT, FF, NEL, U+2028, U+2029) is refused: one line;
/// - control characters (C0, DEL, C1) are refused: an escape sequence in a name is never meant;
/// - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused: they make
///   text read differently from how it is stored (`gnp.exe` shown as `exe.png`);
/// - what is left may have at most `limit` characters, counted as a person counts them
///   (`Character`s, grapheme clusters): "ñ", "é" written with a combining accent, "漢" and
///   "👩‍💻" each count once, whatever their UTF-8 size.
///
/// Only new writes are checked: values already stored are shown as they are (terminals and
/// `--json` still make them harmless).
public struct ShortTextField: Sendable, Hashable, CustomStringConvertible {
    /// The field as messages name it: "subject", "vendor or department name".
    public let name: String
    /// The most characters accepted after trimming.
    public let limit: Int

    public init(_ name: String, limit: Int) {
        self.name = name
        self.limit = limit
    }

    public var description: String { name }

    /// The value trimmed, or the first reason it is refused.
    public func check(_ raw: String) -> Result<String, ShortTextError> {
        let value = raw.trimmed
        if let problem = problem(inTrimmed: value) { return .failure(problem) }
        return .success(value)
    }

    /// The value trimmed; throws the first reason it is refused.
    public func validated(_ raw: String) throws(ShortTextError) -> String {
        try check(raw).get()
    }

    /// An optional value trimmed: nil, or only white space, is nil (the field was left out).
    public func validated(optional raw: String?) throws(ShortTextError) -> String? {
        guard let raw else { return nil }
        let value = try validated(raw)
        return value.isEmpty ? nil : value
    }

    /// The value made one clean line: line breaks and control characters (tab included) become
    /// spaces, bidirectional overrides and isolates are dropped, runs of spaces become one, the
    /// ends are trimmed. For bulk imports of existing documents, where a stray control character
    /// in a title (a man page's "DESCRIPCIÃ\u{93}N", mis-decoded Latin-1) must not stop the import
    /// of thousands of good records; what a person types is refused instead (`validated`).
    /// The length is not touched: an over-long value is still refused.
    public static func cleaned(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in raw.unicodeScalars {
            if isBidiControl(scalar) { continue }
            let space = isLineBreak(scalar) || scalar.properties.generalCategory == .control || scalar == " "
            if space {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(scalar)
                lastWasSpace = false
            }
        }
        return String(out).trimmed
    }

    /// What is wrong with a value as typed so far (nil: nothing, or only white space to trim),
    /// for a form that flags a field while it is being typed.
    public func problem(in raw: String) -> ShortTextError? {
        problem(inTrimmed: raw.trimmed)
    }

    private func problem(inTrimmed value: String) -> ShortTextError? {
        for scalar in value.unicodeScalars {
            if ShortTextField.isLineBreak(scalar) { return .lineBreak(field: self) }
            if scalar.properties.generalCategory == .control { return .controlCharacter(field: self, scalar: scalar) }
            if ShortTextField.isBidiControl(scalar) { return .bidiControl(field: self, scalar: scalar) }
        }
        let length = value.count
        if length > limit { return .tooLong(field: self, length: length, limit: limit) }
        return nil
    }

    /// LF, VT, FF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR: what ends a line somewhere.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// The embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). The plain
    /// marks (U+200E, U+200F) stay allowed: right-to-left names need them.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}

/// Why a short field was refused. Each message is one sentence for a person, naming the field,
/// what is wrong and, for length, the count and the limit: `subject is 245 characters; at most 200`.
public enum ShortTextError: Error, Sendable, Equatable, CustomStringConvertible {
    case tooLong(field: ShortTextField, length: Int, limit: Int)
    case lineBreak(field: ShortTextField)
    case controlCharacter(field: ShortTextField, scalar: Unicode.Scalar)
    case bidiControl(field: ShortTextField, scalar: Unicode.Scalar)

    public var field: ShortTextField {
        switch self {
        case .tooLong(let field, _, _), .lineBreak(let field), .controlCharacter(let field, _), .bidiControl(let field, _): field
        }
    }

    public var description: String {
        switch self {
        case .tooLong(let field, let length, let limit):
            "\(field.name) is \(length) characters; at most \(limit)"
        case .lineBreak(let field):
            "\(field.name) has a line break; it must be a single line"
        case .controlCharacter(let field, let scalar):
            "\(field.name) contains the control character \(Self.codePoint(scalar)); remove it"
        case .bidiControl(let field, let scalar):
            "\(field.name) contains the bidirectional control \(Self.codePoint(scalar)), which can disguise text; remove it"
        }
    }

    /// `U+001B (escape)`: the code point, with a name for the few people meet.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x09: "tab", 0x1B: "escape", 0x7F: "delete",
                                       0x202E: "right-to-left override", 0x202D: "left-to-right override"]
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }
}

/// Every short field of the desk with its limit, in one place so the CLI, the terminal UI, the
/// importers and the tests agree. The limits leave room for real Spanish and English values
/// (names with accents, a full sentence as a subject) and stop pasted logs and binary junk.
public enum FieldLimits {
    /// A ticket's one-line summary: a full sentence fits, a pasted log does not; what a queue
    /// row and an e-mail subject can show.
    public static let subject = ShortTextField("subject", limit: 200)
    /// An article's title: the same room as a ticket's subject (drafts take their title from it).
    public static let articleTitle = ShortTextField("title", limit: 200)
    /// A requester's handle, usually an e-mail address: 254 is the longest address SMTP can
    /// carry (RFC 5321), so no real address is ever refused.
    public static let requester = ShortTextField("requester", limit: 254)
    /// People's and organisations' names: 100 holds the longest real names with every surname.
    public static let requesterName = ShortTextField("requester name", limit: 100)
    public static let organisation = ShortTextField("organisation", limit: 100)
    public static let agentName = ShortTextField("agent name", limit: 100)
    /// The OS user name an agent works as; 64 is more than any system allows (Linux: 32).
    public static let agentLogin = ShortTextField("login", limit: 64)
    /// A ticket's category and an agent's or an escalation's specialist area: one word or two
    /// in practice ("network", "applications"); 100 like a name.
    public static let category = ShortTextField("category", limit: 100)
    public static let area = ShortTextField("area", limit: 100)
    /// The vendor or department a ticket is escalated to: a company or team name.
    public static let externalName = ShortTextField("vendor or department name", limit: 100)
    /// One article tag.
    public static let tag = ShortTextField("tag", limit: 100)
    /// An article's id in its source system, or a Markdown file's path under the imported
    /// folder: room for nested folders, like a title.
    public static let externalID = ShortTextField("external id", limit: 200)
    /// A theme's `name` (what `--theme` and `:theme` take) and its one-line description.
    public static let themeName = ShortTextField("theme name", limit: 64)
    public static let themeDescription = ShortTextField("theme description", limit: 200)
    /// A business calendar's name in `sla.toml` (what policies refer to).
    public static let calendarName = ShortTextField("calendar name", limit: 64)
}
