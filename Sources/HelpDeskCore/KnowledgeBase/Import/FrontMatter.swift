/// The simple subset of YAML (`---`) and TOML (`+++`) front matter that article files use:
/// `key: value` / `key = value`, quoted or bare strings, booleans, and lists of strings (inline
/// `[a, "b"]` or YAML `- item` lines). Anything else is reported with its line number rather
/// than guessed at.
public struct FrontMatter: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case string(String)
        case list([String])
        case bool(Bool)

        public var string: String? {
            switch self {
            case .string(let s): s
            case .bool(let b): String(b)
            case .list: nil
            }
        }
    }

    public var values: [String: Value] = [:]
    /// The 1-based line of each key, so a bad value is reported where it is written.
    public var lines: [String: Int] = [:]
    /// The text after the front matter.
    public var body: String
    /// 1-based line number where the body starts.
    public var bodyLine: Int

    /// Splits a Markdown file into front matter and body. A file without front matter is all body.
    public static func parse(_ text: String, file: String) throws(ImportProblem) -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0] = lines[0].dropFirst() }
        guard let opener = lines.first.map({ $0.trimmingTrailingSpaces() }), opener == "---" || opener == "+++" else {
            return FrontMatter(body: text, bodyLine: 1)
        }
        let toml = opener == "+++"
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces() == opener }) else {
            throw ImportProblem(file: file, line: 1, message: "front matter opened with \(opener) is never closed")
        }
        var result = FrontMatter(body: lines[(close + 1)...].joined(separator: "\n"), bodyLine: close + 2)
        var listKey: String?
        for index in 1..<close {
            let lineNumber = index + 1
            let raw = String(lines[index])
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !toml, line.hasPrefix("- "), let key = listKey {
                var items: [String] = []
                if case .list(let existing)? = result.values[key] { items = existing }
                items.append(unquote(String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)))
                result.values[key] = .list(items)
                continue
            }
            let separator: Character = toml ? "=" : ":"
            guard let cut = line.firstIndex(of: separator) else {
                throw ImportProblem(file: file, line: lineNumber,
                                    message: "expected \"key\(toml ? " = " : ": ")value\" in front matter")
            }
            let key = line[..<cut].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: cut)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                throw ImportProblem(file: file, line: lineNumber, message: "invalid key \"\(key)\" in front matter")
            }
            listKey = nil
            result.lines[key] = lineNumber
            // Reported here, at their line: later they would read as a missing title (an empty
            // TOML value) or as a title that begins with a quote (an unclosed string).
            if toml && value.isEmpty {
                throw ImportProblem(file: file, line: lineNumber, message: "expected a value after \"\(key) =\"")
            }
            if let quote = value.first, quote == "\"" || quote == "'", !value.dropFirst().contains(quote) {
                throw ImportProblem(file: file, line: lineNumber, message: "string for \"\(key)\" is not closed with \(quote)")
            }
            if value.isEmpty {
                listKey = key
                result.values[key] = .list([])
            } else if value.hasPrefix("[") {
                guard value.hasSuffix("]") else {
                    throw ImportProblem(file: file, line: lineNumber, message: "list for \"\(key)\" is not closed with ]")
                }
                let inner = value.dropFirst().dropLast()
                result.values[key] = .list(inner.split(separator: ",").map {
                    unquote($0.trimmingCharacters(in: .whitespaces))
                }.filter { !$0.isEmpty })
            } else if value == "true" || value == "false" {
                result.values[key] = .bool(value == "true")
            } else {
                result.values[key] = .string(unquote(value))
            }
        }
        return result
    }

    /// The line of `key`, or 1 (the file) when the front matter does not have it.
    public func line(of key: String) -> Int {
        lines[key] ?? 1
    }

    static func unquote(_ s: String) -> String {
        if s.count >= 2, let f = s.first, let l = s.last, f == l, f == "\"" || f == "'" {
            let inner = String(s.dropFirst().dropLast())
            return f == "\"" ? inner.replacingOccurrences(of: "\\\"", with: "\"") : inner
        }
        return s
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
