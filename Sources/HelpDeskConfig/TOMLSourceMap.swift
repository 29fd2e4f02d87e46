import Foundation

/// Where keys and values sit in a TOML text, for error messages that point at the mistake.
///
/// TOMLKit reports positions only for syntax errors; a document that parses but says
/// something wrong (an unknown plan, a bad duration) needs its own map. This one scans the
/// lines once and records, per dotted key path, the position of the key and of its value,
/// including keys inside one-line inline tables (`basic = { resolution = "8h" }`). It
/// assumes the text already parsed, so it can be simple about the grammar.
struct TOMLSourceMap {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    private var keys: [[String]: Position] = [:]
    private var values: [[String]: Position] = [:]
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var table: [String] = []
        var depth = 0 // open brackets of a multi-line array
        for (index, raw) in lines.enumerated() {
            let chars = Array(Self.stripComment(raw))
            let line = index + 1
            if depth > 0 {
                depth += Self.bracketBalance(chars[...])
                continue
            }
            guard let first = chars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { continue }
            if chars[first] == "[" {
                let inner = String(chars[first...]).trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
                table = Self.splitKey(inner)
                keys[table] = keys[table] ?? Position(line: line, column: first + 1)
                continue
            }
            guard let eq = Self.firstOutsideQuotes("=", in: chars, from: first) else { continue }
            let path = table + Self.splitKey(String(chars[first..<eq]))
            keys[path] = Position(line: line, column: first + 1)
            let valueStart = chars[(eq + 1)...].firstIndex(where: { $0 != " " && $0 != "\t" }) ?? eq + 1
            values[path] = Position(line: line, column: valueStart + 1)
            if valueStart < chars.count, chars[valueStart] == "{" {
                recordInline(chars, from: valueStart + 1, path: path, line: line)
            }
            depth = max(0, Self.bracketBalance(chars[min(valueStart, chars.count)...]))
        }
    }

    /// The key at `path`; for a table only named in headers (`[a.b]` names `a`), its first
    /// header; else its nearest recorded ancestor, or the top of the file.
    func key(_ path: [String]) -> Position {
        if let found = keys[path] { return found }
        let inside = keys.filter { $0.key.starts(with: path) }.map(\.value)
        if let first = inside.min(by: { ($0.line, $0.column) < ($1.line, $1.column) }) { return first }
        var p = path
        while !p.isEmpty {
            if let found = keys[p] { return found }
            p.removeLast()
        }
        return Position(line: 1, column: 1)
    }

    /// The value of the key at `path` (falls back like `key`).
    func value(_ path: [String]) -> Position {
        values[path] ?? key(path)
    }

    /// The first occurrence of `literal` from the value of `path` on (an array element).
    func literal(_ literal: String, in path: [String]) -> Position {
        let start = value(path)
        for index in (start.line - 1)..<lines.count {
            let line = lines[index]
            let from = index == start.line - 1 ? line.index(line.startIndex, offsetBy: min(start.column - 1, line.count)) : line.startIndex
            if let range = line[from...].range(of: literal) {
                return Position(line: index + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return start
    }

    private mutating func recordInline(_ chars: [Character], from start: Int, path: [String], line: Int) {
        var i = start
        while i < chars.count {
            guard let keyStart = chars[i...].firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "," }),
                  chars[keyStart] != "}",
                  let eq = Self.firstOutsideQuotes("=", in: chars, from: keyStart) else { return }
            let sub = path + Self.splitKey(String(chars[keyStart..<eq]))
            keys[sub] = Position(line: line, column: keyStart + 1)
            let valueStart = chars[(eq + 1)...].firstIndex(where: { $0 != " " && $0 != "\t" }) ?? eq + 1
            values[sub] = Position(line: line, column: valueStart + 1)
            guard let comma = Self.firstOutsideQuotes(",", in: chars, from: valueStart) else { return }
            i = comma + 1
        }
    }

    static func splitKey(_ text: String) -> [String] {
        var parts: [String] = [], current = "", quote: Character?
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            let ch = chars[index]
            index += 1
            if let q = quote {
                // A basic string's escapes, so `"night\u0007"` is found under the name TOML gives it.
                if q == "\"", ch == "\\", index < chars.count {
                    let (text, used) = unescape(chars, at: index)
                    current += text
                    index += used
                } else if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }

    /// The escape after a backslash at `index` (`n`, `t`, `"`, `u0007`, `U0001F600`...): its
    /// text and how many characters it took; an unknown one is kept as written.
    static func unescape(_ chars: [Character], at index: Int) -> (String, Int) {
        let simple: [Character: String] = ["b": "\u{08}", "t": "\t", "n": "\n", "f": "\u{0C}", "r": "\r", "e": "\u{1B}", "\"": "\"", "\\": "\\"]
        let ch = chars[index]
        if let text = simple[ch] { return (text, 1) }
        let width = ch == "u" ? 4 : ch == "U" ? 8 : 0
        guard width > 0, index + width < chars.count,
              let value = UInt32(String(chars[(index + 1)...(index + width)]), radix: 16),
              let scalar = Unicode.Scalar(value) else { return ("\\" + String(ch), 1) }
        return (String(Character(scalar)), 1 + width)
    }

    static func firstOutsideQuotes(_ target: Character, in chars: [Character], from start: Int) -> Int? {
        var quote: Character?
        var i = start
        while i < chars.count {
            let ch = chars[i]
            if let q = quote {
                if ch == "\\" && q == "\"" { i += 1 } else if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == target {
                return i
            }
            i += 1
        }
        return nil
    }

    static func stripComment(_ line: Substring) -> Substring {
        let chars = Array(line)
        guard let hash = firstOutsideQuotes("#", in: chars, from: 0) else { return line }
        return line.prefix(hash)
    }

    static func bracketBalance(_ chars: ArraySlice<Character>) -> Int {
        var balance = 0, quote: Character?
        for ch in chars {
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "[" {
                balance += 1
            } else if ch == "]" {
                balance -= 1
            }
        }
        return balance
    }
}
