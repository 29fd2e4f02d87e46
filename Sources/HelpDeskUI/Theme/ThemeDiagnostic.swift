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
///
/// The lines are read once into an index of (table, key) → position: a file with thousands
/// of mistakes (each located) used to rescan every line per mistake, which made a generated
/// 8,000-line theme take minutes to check.
struct TOMLSourceLocator {
    let lines: [Substring]
    /// First `key = ` line of each key, per table (normalised header name, "" at the top).
    private var keys: [String: [String: (line: Int, column: Int)]] = [:]
    /// Last line of each table's header.
    private var headers: [String: Int] = [:]
    /// Where each table is first named by a header, its own (`[colors]`) or a child's
    /// (`[colors.dark]` names `colors` too): a table is a key of its parent, and an unknown one
    /// is reported there.
    private var introductions: [String: (line: Int, column: Int)] = [:]

    init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var current = ""
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.hasPrefix("[") {
                // `[[name]]` (an array of tables) names its table like `[name]`.
                let name = trimmed.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                current = name.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\"", with: "")
                headers[current] = index + 1
                let column = line.distance(from: line.startIndex, to: trimmed.startIndex) + 1
                var path = ""
                for part in current.split(separator: ".", omittingEmptySubsequences: false) {
                    path = path.isEmpty ? String(part) : "\(path).\(part)"
                    if introductions[path] == nil { introductions[path] = (index + 1, column) }
                }
                continue
            }
            guard let (key, column) = Self.leadingKey(line) else { continue }
            if keys[current]?[key] == nil { keys[current, default: [:]][key] = (index + 1, column) }
        }
    }

    /// Line and column of `key` inside table `table` (e.g. `"roles"`, `"screens.dashboard"`,
    /// `""` for the top level). When `subkey` is given, the column of that key inside the
    /// inline table on the same line, if present. A key written as a table (`[table.key]`) is
    /// at its first header.
    func locate(table: String, key: String, subkey: String? = nil) -> (line: Int, column: Int) {
        if let found = keys[table]?[key] {
            if let subkey, let sub = Self.keyColumn(in: lines[found.line - 1], key: subkey) {
                return (found.line, sub)
            }
            return found
        }
        if let header = introductions[table.isEmpty ? key : "\(table).\(key)"] { return header }
        let tableLine = headers[table] ?? 0
        return (tableLine, tableLine > 0 ? 1 : 0)
    }

    /// Line of the header `[table]`, or 0.
    func locate(table: String) -> Int {
        headers[table] ?? 0
    }

    /// The key a line starts with (bare, or quoted with `"` or `'`) when `=` follows it, and its
    /// 1-based column.
    static func leadingKey(_ line: Substring) -> (String, Int)? {
        let start = line.firstIndex { $0 != " " && $0 != "\t" } ?? line.endIndex
        guard start < line.endIndex else { return nil }
        var rest = line[start...]
        let key: Substring
        if let quote = rest.first, quote == "\"" || quote == "'" {
            let body = rest.dropFirst()
            guard let close = body.firstIndex(of: quote) else { return nil }
            key = body[..<close]
            rest = body[body.index(after: close)...]
        } else {
            let end = rest.firstIndex { $0 == " " || $0 == "\t" || $0 == "=" } ?? rest.endIndex
            key = rest[..<end]
            rest = rest[end...]
        }
        guard !key.isEmpty, rest.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") else { return nil }
        return (String(key), line.distance(from: line.startIndex, to: start) + 1)
    }

    /// Column of `key = ` inside an inline table on `line` (after a space, `{` or `,`).
    static func keyColumn(in line: Substring, key: String) -> Int? {
        let candidates = [key, "\"\(key)\"", "'\(key)'"]
        for candidate in candidates {
            var searchStart = line.startIndex
            while let range = line[searchStart...].range(of: candidate) {
                let before = line[line.startIndex..<range.lowerBound]
                let after = line[range.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
                if before.last.map({ $0 == " " || $0 == "{" || $0 == "," }) ?? true, after.hasPrefix("=") {
                    return line.distance(from: line.startIndex, to: range.lowerBound) + 1
                }
                searchStart = range.upperBound
            }
        }
        return nil
    }
}
