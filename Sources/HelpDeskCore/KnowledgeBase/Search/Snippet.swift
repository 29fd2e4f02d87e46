/// A short excerpt of an article around the words that matched, built from the ORIGINAL text
/// (not the stems), as parts so the caller decides how to show a match: the terminal UI uses a
/// theme style, the CLI brackets. Marker characters inside the text can never fake a highlight
/// because `rendered` removes them from the text parts.
public struct Snippet: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var text: String
        public var isMatch: Bool
    }

    public var parts: [Part]

    /// Text with matches between `open` and `close`; any marker inside the text is dropped and
    /// control characters become spaces.
    public func rendered(open: String = "[", close: String = "]") -> String {
        let markers = Set((open + close).unicodeScalars)
        func clean(_ s: String) -> String {
            var out = String.UnicodeScalarView()
            for u in s.unicodeScalars where !markers.contains(u) {
                out.append(u.properties.generalCategory == .control ? " " : u)
            }
            return String(out)
        }
        return parts.map { $0.isMatch ? open + clean($0.text) + close : clean($0.text) }.joined()
    }

    /// Builds the excerpt: the window of about `width` words holding the most distinct matches.
    /// `isMatch` receives each folded token and tells whether it matches the query.
    public static func make(from text: String, width: Int = 24, isMatch: (String) -> String?) -> Snippet {
        // Only look at the start of huge bodies: a snippet is for a glance.
        let limited = text.utf8.count > 200_000 ? String(text.prefix(200_000)) : text
        let tokens = Tokenizer.locatedTokens(in: limited)
        guard !tokens.isEmpty else { return Snippet(parts: []) }
        let keys = tokens.map { isMatch($0.text) }
        var bestStart = 0
        var bestScore = -1
        var counts: [String: Int] = [:]
        var distinct = 0
        var hits = 0
        for i in 0..<tokens.count {
            if let k = keys[i] {
                counts[k, default: 0] += 1
                if counts[k] == 1 { distinct += 1 }
                hits += 1
            }
            if i >= width, let k = keys[i - width] {
                counts[k]! -= 1
                if counts[k] == 0 { distinct -= 1 }
                hits -= 1
            }
            let score = distinct * 100 + hits
            if score > bestScore {
                bestScore = score
                bestStart = max(0, i - width + 1)
            }
        }
        // Start a little before the first match of the window, when there is room.
        if let first = (bestStart..<min(tokens.count, bestStart + width)).first(where: { keys[$0] != nil }) {
            bestStart = max(0, min(bestStart, first - 4))
        }
        let end = min(tokens.count, bestStart + width)
        var parts: [Part] = []
        var cursor = tokens[bestStart].range.lowerBound
        if bestStart > 0 { parts.append(Part(text: "…", isMatch: false)) }
        for i in bestStart..<end where keys[i] != nil {
            let r = tokens[i].range
            if cursor < r.lowerBound { parts.append(Part(text: collapse(limited[cursor..<r.lowerBound]), isMatch: false)) }
            parts.append(Part(text: String(limited[r]), isMatch: true))
            cursor = r.upperBound
        }
        let stop = tokens[end - 1].range.upperBound
        if cursor < stop { parts.append(Part(text: collapse(limited[cursor..<stop]), isMatch: false)) }
        if end < tokens.count { parts.append(Part(text: "…", isMatch: false)) }
        return Snippet(parts: parts)
    }

    /// Runs of whitespace and controls become one space, so a snippet is one line.
    static func collapse(_ s: Substring) -> String {
        var out = ""
        var lastSpace = false
        for ch in s {
            if ch.isWhitespace || ch.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(ch)
                lastSpace = false
            }
        }
        return out
    }
}
