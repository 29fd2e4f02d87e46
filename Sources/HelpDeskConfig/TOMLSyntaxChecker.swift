/// Checks a document against the TOML 1.0 grammar before toml++ sees it.
///
/// toml++ (inside TOMLKit 0.6.0) guards its parser with assertions that abort the whole process
/// on some malformed inputs instead of returning an error: a header that starts with `é`, a value
/// that starts with `,` or `}` (`warning =, "x"`, `attrs = [}`), and more that libFuzzer keeps
/// finding. Patching those one by one never ends, so every configuration file is first read by
/// this checker, which accepts only what the grammar allows and reports the first deviation with
/// its line and column. Whatever reaches toml++ is then syntactically valid TOML, the input its
/// assertions were written for; toml++ still decides the meaning (duplicate keys, redefined
/// tables, out-of-range dates), and reports those as ordinary errors.
///
/// It is a recogniser, not a parser: it builds nothing and allocates one array of scalars.
struct TOMLSyntaxChecker {
    /// Deeper nesting than this is refused: it is never meant, and recursion must stay bounded.
    static let maxDepth = 64

    private let s: [Unicode.Scalar]
    private var i = 0

    private init(_ text: String) { s = Array(text.unicodeScalars) }

    /// The first syntax error in `text`, or nil when it is valid TOML.
    static func firstError(in text: String) -> TOMLSyntaxError? {
        var checker = TOMLSyntaxChecker(text)
        do {
            try checker.document()
            return nil
        } catch {
            return error
        }
    }

    // MARK: Document

    private mutating func document() throws(TOMLSyntaxError) {
        if peek == "\u{FEFF}" { i += 1 }
        while true {
            skipSpaces()
            switch peek {
            case nil: return
            case "#": try comment()
            case "[": try header()
            case "\n", "\r": break
            default: try keyValue(depth: 0)
            }
            skipSpaces()
            if peek == "#" { try comment() }
            guard let c = peek else { return }
            guard try newline() else {
                throw fail("expected the end of the line, saw \(shown(c))")
            }
        }
    }

    /// `[table]` or `[[array.of.tables]]`.
    private mutating func header() throws(TOMLSyntaxError) {
        i += 1
        let arrayOfTables = peek == "["
        if arrayOfTables { i += 1 }
        skipSpaces()
        try key()
        skipSpaces()
        guard peek == "]" else { throw fail("expected '\(arrayOfTables ? "]]" : "]")' to close the table header, saw \(shown(peek))") }
        i += 1
        if arrayOfTables {
            guard peek == "]" else { throw fail("expected ']]' to close the array-of-tables header, saw \(shown(peek))") }
            i += 1
        }
    }

    private mutating func keyValue(depth: Int) throws(TOMLSyntaxError) {
        try key()
        skipSpaces()
        guard peek == "=" else { throw fail("expected '=' after the key, saw \(shown(peek))") }
        i += 1
        skipSpaces()
        try value(depth: depth)
    }

    /// A bare, quoted or dotted key.
    private mutating func key() throws(TOMLSyntaxError) {
        while true {
            switch peek {
            case "\"": try basicString()
            case "'": try literalString()
            case let c? where Self.isBareKey(c):
                while let c = peek, Self.isBareKey(c) { i += 1 }
            default:
                throw fail("a key must be ASCII letters, digits, '_' and '-', or quoted (saw \(shown(peek)))")
            }
            skipSpaces()
            guard peek == "." else { return }
            i += 1
            skipSpaces()
        }
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(TOMLSyntaxError) {
        guard depth < Self.maxDepth else { throw fail("values nested more than \(Self.maxDepth) deep") }
        switch peek {
        case "\"":
            if lookingAt("\"\"\"") { try multilineString(quote: "\"") } else { try basicString() }
        case "'":
            if lookingAt("'''") { try multilineString(quote: "'") } else { try literalString() }
        case "[": try array(depth: depth + 1)
        case "{": try inlineTable(depth: depth + 1)
        case let c? where Self.isBareValue(c): try bareValue()
        default: throw fail("expected a value, saw \(shown(peek))")
        }
    }

    private mutating func array(depth: Int) throws(TOMLSyntaxError) {
        i += 1
        while true {
            try skipBlank()
            if peek == "]" { i += 1; return }
            try value(depth: depth)
            try skipBlank()
            switch peek {
            case ",": i += 1
            case "]": i += 1; return
            default: throw fail("expected ',' or ']' in the array, saw \(shown(peek))")
            }
        }
    }

    /// `{ a = 1, b.c = "x" }`: on one line, no trailing comma (TOML 1.0).
    private mutating func inlineTable(depth: Int) throws(TOMLSyntaxError) {
        i += 1
        skipSpaces()
        if peek == "}" { i += 1; return }
        while true {
            skipSpaces()
            try keyValue(depth: depth)
            skipSpaces()
            switch peek {
            case ",": i += 1
            case "}": i += 1; return
            default: throw fail("expected ',' or '}' in the inline table, saw \(shown(peek))")
            }
        }
    }

    private mutating func basicString() throws(TOMLSyntaxError) {
        i += 1
        while true {
            guard let c = peek, c != "\n", c != "\r" else { throw fail("a string must close on its own line") }
            i += 1
            switch c {
            case "\"": return
            case "\\": try escape()
            default: try stringCharacter(c)
            }
        }
    }

    private mutating func literalString() throws(TOMLSyntaxError) {
        i += 1
        while true {
            guard let c = peek, c != "\n", c != "\r" else { throw fail("a string must close on its own line") }
            i += 1
            if c == "'" { return }
            try stringCharacter(c)
        }
    }

    /// `"""…"""` or `'''…'''`; up to two extra quotes may sit just before the closing three.
    private mutating func multilineString(quote: Unicode.Scalar) throws(TOMLSyntaxError) {
        i += 3
        while true {
            guard let c = peek else { throw fail("a multi-line string is never closed") }
            if c == quote && lookingAt(String(repeating: Character(quote), count: 3)) {
                var run = 0
                while peek == quote { run += 1; i += 1 }
                guard run <= 5 else { i -= run - 5; throw fail("too many quotes at the end of a multi-line string") }
                return
            }
            if try newline() { continue }
            i += 1
            if c == "\\" && quote == "\"" {
                // A backslash at the end of a line trims the line break and following blanks.
                var j = i
                while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
                if j < s.count, s[j] == "\n" || s[j] == "\r" {
                    i = j
                } else {
                    try escape()
                }
            } else {
                try stringCharacter(c)
            }
        }
    }

    /// The character after a backslash (already consumed) in a basic string.
    private mutating func escape() throws(TOMLSyntaxError) {
        guard let c = peek else { throw fail("a string ends inside an escape") }
        i += 1
        switch c {
        case "\"", "\\", "b", "f", "n", "r", "t": return
        case "u", "U":
            let digits = c == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                guard let d = peek, let v = Self.hexValue(d) else { throw fail("\\\(c) needs \(digits) hexadecimal digits") }
                value = value &* 16 &+ v
                i += 1
            }
            guard Unicode.Scalar(value) != nil else { throw fail("\\\(c) names no Unicode scalar") }
        default:
            i -= 1
            throw fail("unknown escape \\\(shown(c, quoted: false))")
        }
    }

    /// Checks a string's character, already consumed (the error points back at it).
    private mutating func stringCharacter(_ c: Unicode.Scalar) throws(TOMLSyntaxError) {
        if (c.value < 0x20 && c != "\t") || c.value == 0x7F {
            i -= 1
            throw fail("control character \(shown(c)) in a string (write it as an escape)")
        }
    }

    /// Booleans, numbers, dates and times: one run of the characters they are made of, then
    /// matched against the grammar's forms. A date and a time may be separated by one space.
    private mutating func bareValue() throws(TOMLSyntaxError) {
        let start = i
        while let c = peek, Self.isBareValue(c) { i += 1 }
        if i - start == 10, peek == " ", i + 3 < s.count, Self.isDigit(s[i + 1]), Self.isDigit(s[i + 2]), s[i + 3] == ":",
           Self.isDate(s[start..<i]) {
            i += 1
            while let c = peek, Self.isBareValue(c) { i += 1 }
        }
        let token = String(String.UnicodeScalarView(s[start..<i]))
        guard TOMLBareValue.isValid(token) else {
            i = start
            throw fail("'\(token.prefix(40))' is not a TOML value (strings need quotes)")
        }
    }

    // MARK: Blanks

    private mutating func skipSpaces() {
        while peek == " " || peek == "\t" { i += 1 }
    }

    /// Spaces, comments and line breaks, as allowed between array elements.
    private mutating func skipBlank() throws(TOMLSyntaxError) {
        while true {
            skipSpaces()
            if peek == "#" { try comment(); continue }
            guard try newline() else { return }
        }
    }

    private mutating func comment() throws(TOMLSyntaxError) {
        i += 1
        while let c = peek, c != "\n" {
            if c == "\r" && i + 1 < s.count && s[i + 1] == "\n" { return }
            if (c.value < 0x20 && c != "\t") || c.value == 0x7F {
                throw fail("control character \(shown(c)) in a comment")
            }
            i += 1
        }
    }

    /// Consumes LF or CRLF; a lone CR is an error.
    private mutating func newline() throws(TOMLSyntaxError) -> Bool {
        if peek == "\n" { i += 1; return true }
        guard peek == "\r" else { return false }
        guard i + 1 < s.count, s[i + 1] == "\n" else { throw fail("a carriage return must be followed by a line feed") }
        i += 2
        return true
    }

    // MARK: Helpers

    private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

    private func lookingAt(_ text: String) -> Bool {
        var j = i
        for c in text.unicodeScalars {
            guard j < s.count, s[j] == c else { return false }
            j += 1
        }
        return true
    }

    private func fail(_ message: String) -> TOMLSyntaxError {
        var line = 1
        var column = 1
        for c in s[..<min(i, s.count)] {
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return TOMLSyntaxError(line: line, column: column, message: message)
    }

    private func shown(_ c: Unicode.Scalar?, quoted: Bool = true) -> String {
        guard let c else { return "the end of the file" }
        switch c {
        case "\n": return "the end of the line"
        case _ where c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.properties.generalCategory == .format:
            return "U+" + String(c.value, radix: 16, uppercase: true)
        default: return quoted ? "'\(c)'" : String(c)
        }
    }

    private static func isBareKey(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    private static func isBareValue(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "+", ".", ":": true
        default: false
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    private static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": c.value - 0x30
        case "a"..."f": c.value - 0x61 + 10
        case "A"..."F": c.value - 0x41 + 10
        default: nil
        }
    }

    private static func isDate(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        TOMLBareValue.isFullDate(Array(scalars))
    }
}
