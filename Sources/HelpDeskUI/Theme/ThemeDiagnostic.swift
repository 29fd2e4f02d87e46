import Foundation
/// A problem found in a theme or keys file, located as `file:line:column` so editors and
/// terminals can jump to it. Line and column are 1-based; 0 means unknown.
public struct ThemeDiagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `themes/x.toml:12:3: error: unknown role "titel"`.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if column > 0 { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

/// Finds where a key is written in TOML source text, because TOMLKit's values do not carry
/// positions. Good enough for the files we read: `[table]` headers, `key = value` lines and
/// keys inside inline tables on one line.
struct TOMLSourceLocator {
    let lines: [Substring]

    init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Line and column of `key` inside table `table` (e.g. `"roles"`, `"screens.dashboard"`,
    /// `""` for the top level). When `subkey` is given, the column of that key inside the
    /// inline table on the same line, if present.
    func locate(table: String, key: String, subkey: String? = nil) -> (line: Int, column: Int) {
        var current = ""
        var tableLine = 0
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("[") {
                let name = trimmed.dropFirst().prefix(while: { $0 != "]" })
                current = name.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\"", with: "")
                if current == table { tableLine = index + 1 }
                continue
            }
            guard current == table else { continue }
            if let column = keyColumn(in: line, key: key) {
                if let subkey, let sub = keyColumn(in: line, key: subkey, anywhere: true) {
                    return (index + 1, sub)
                }
                return (index + 1, column)
            }
        }
        return (tableLine, tableLine > 0 ? 1 : 0)
    }

    /// Line of the header `[table]`, or 0.
    func locate(table: String) -> Int {
        locate(table: table, key: "\u{0}").line
    }

    private func keyColumn(in line: Substring, key: String, anywhere: Bool = false) -> Int? {
        let candidates = [key, "\"\(key)\"", "'\(key)'"]
        for candidate in candidates {
            var searchStart = line.startIndex
            while let range = line[searchStart...].range(of: candidate) {
                let before = line[line.startIndex..<range.lowerBound]
                let after = line[range.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
                let startsLine = before.allSatisfy { $0 == " " || $0 == "\t" }
                let precededOK = anywhere ? (before.last.map { $0 == " " || $0 == "{" || $0 == "," } ?? true) : startsLine
                if precededOK, after.hasPrefix("=") {
                    return line.distance(from: line.startIndex, to: range.lowerBound) + 1
                }
                searchStart = range.upperBound
            }
        }
        return nil
    }
}
