import TOMLKit

/// A TOML syntax problem with its position, whatever produced it.
public struct TOMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { message }
}

/// Parses TOML for every configuration file (SLA, themes, keys), shielding the app from
/// inputs that crash the underlying C++ parser.
///
/// toml++ (inside TOMLKit 0.6.0) aborts the whole process on a table header whose name starts
/// with anything but a bare-key character or a quote (`[configuración]`, `[[é]]`, `[.a]`,
/// `[=]`, `[\r]`, a `[` that ends the line), which a hand-edited file can easily contain. Such headers are reported as ordinary syntax errors before the parser sees them.
public enum SafeTOML {
    public static func table(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        if let problem = unsafeHeader(in: text) { throw problem }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLSyntaxError(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw TOMLSyntaxError(line: 1, column: 1, message: "not a TOML document: \(error)")
        }
    }

    /// The first table header whose name starts with a character toml++ cannot handle, outside
    /// multi-line strings.
    static func unsafeHeader(in text: String) -> TOMLSyntaxError? {
        var inMultiline: Unicode.Scalar?
        var arrayDepth = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            if let quote = inMultiline {
                if tripleQuotes(of: quote, in: scalars) % 2 == 1 { inMultiline = nil }
                continue
            }
            for quote: Unicode.Scalar in ["\"", "'"] where tripleQuotes(of: quote, in: scalars) % 2 == 1 {
                inMultiline = quote
            }
            // toml++ skips a byte-order mark before the first line (libFuzzer found `\u{FEFF}[\u{FFFD}`).
            var i = index == 0 && scalars.first == "\u{FEFF}" ? 1 : 0
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            // Inside a multi-line array a line may start with `[` (an inner array): not a header.
            guard arrayDepth == 0, i < scalars.count, scalars[i] == "[" else {
                arrayDepth = max(0, arrayDepth + bracketBalance(scalars))
                continue
            }
            i += 1
            if i < scalars.count, scalars[i] == "[" { i += 1 }
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            // toml++ also aborts when the line ends right after the bracket (`[` then a newline
            // or the end of the file; found by the libFuzzer target in Fuzz/).
            guard i < scalars.count else {
                return TOMLSyntaxError(line: index + 1, column: i + 1, message: "a table header needs a name and a closing ']'")
            }
            if !startsTableName(scalars[i]) {
                let shown = scalars[i].properties.generalCategory == .control
                    ? "U+" + String(scalars[i].value, radix: 16, uppercase: true) : String(scalars[i])
                return TOMLSyntaxError(line: index + 1, column: i + 1,
                                       message: "a table name must start with an ASCII letter, digit, '_' or '-', or be quoted (saw '\(shown)')")
            }
        }
        return nil
    }

    /// What toml++ accepts first in a header without aborting: a bare-key character, a quote,
    /// or the closing bracket (an empty name is then an ordinary error).
    private static func startsTableName(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'", "]": true
        default: false
        }
    }

    /// Opening minus closing brackets on a value line, outside strings and comments (roughly:
    /// enough to know whether the next line is still inside an array).
    private static func bracketBalance(_ scalars: [Unicode.Scalar]) -> Int {
        var balance = 0
        var quote: Unicode.Scalar?
        var escaped = false
        for c in scalars {
            if let open = quote {
                if escaped { escaped = false } else if c == "\\" && open == "\"" { escaped = true } else if c == open { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "#": return balance
            case "[": balance += 1
            case "]": balance -= 1
            default: break
            }
        }
        return balance
    }

    /// How many times the quote occurs tripled (a multi-line string delimiter), without overlaps.
    private static func tripleQuotes(of quote: Unicode.Scalar, in scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var i = 0
        while i + 2 < scalars.count {
            if scalars[i] == quote && scalars[i + 1] == quote && scalars[i + 2] == quote {
                count += 1
                i += 3
            } else {
                i += 1
            }
        }
        return count
    }
}
