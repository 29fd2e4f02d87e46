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
/// toml++ (inside TOMLKit 0.6.0) aborts the whole process on some malformed inputs (a header
/// such as `[configuración]`, a value that starts with `,` or `}`), which a hand-edited file can
/// easily contain. `TOMLSyntaxChecker` reads the text against the TOML grammar first and reports
/// the first problem as an ordinary located error; only valid TOML reaches toml++.
public enum SafeTOML {
    public static func table(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        if let problem = TOMLSyntaxChecker.firstError(in: text) { throw problem }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLSyntaxError(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw TOMLSyntaxError(line: 1, column: 1, message: "not a TOML document: \(error)")
        }
    }
}
