import TerminalKit

/// Article bodies are Markdown written by people (and imported from anywhere), so the reader
/// renders the common subset a help-desk article uses — headings, bullet and numbered lists,
/// quotes, code spans and fenced blocks, *emphasis* and **strong** — into styled, wrapped lines.
/// Everything is sanitised first: styling comes only from theme roles, never from the text.
public enum MarkdownText {
    /// The body as lines of at most `width` columns.
    public static func lines(_ markdown: String, width: Int) -> [StyledLine] {
        let width = max(8, width)
        let source = Sanitizer.multiLine.sanitize(markdown).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [StyledLine] = []
        var paragraph: [String] = []
        var inCode = false

        func flush() {
            guard !paragraph.isEmpty else { return }
            out += wrap(inline(paragraph.joined(separator: " ")), width: width, first: "", rest: "", prefixRole: .normal)
            paragraph = []
        }
        func blank() {
            if let last = out.last, !last.segments.isEmpty { out.append(StyledLine()) }
        }

        for raw in source {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                if !inCode { blank() }
                inCode.toggle()
                continue
            }
            if inCode {
                // Code keeps its spacing; long lines are cut into width-sized pieces, not re-flowed.
                let text = "  " + raw.replacingOccurrences(of: "\t", with: "    ")
                for piece in hardSplit(text, width: width) { out.append(StyledLine(piece, role: .code)) }
                continue
            }
            if trimmed.isEmpty { flush(); blank(); continue }
            if let level = headingLevel(trimmed) {
                flush(); blank()
                let text = String(trimmed.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces)
                out += wrap(inline(text, base: .heading), width: width, first: "", rest: "", prefixRole: .heading)
                if level == 1 { out.append(StyledLine(String(repeating: "─", count: min(width, max(1, text.displayWidth))), role: .heading)) }
                continue
            }
            if let item = listItem(trimmed) {
                flush()
                let indent = String(repeating: " ", count: min(8, (raw.count - raw.drop(while: { $0 == " " }).count) / 2 * 2))
                let marker = indent + item.marker
                out += wrap(inline(item.text), width: width, first: marker,
                            rest: String(repeating: " ", count: marker.displayWidth), prefixRole: .strong)
                continue
            }
            if trimmed.hasPrefix(">") {
                flush()
                let text = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
                out += wrap(inline(text, base: .quote), width: width, first: "│ ", rest: "│ ", prefixRole: .quote)
                continue
            }
            paragraph.append(trimmed)
        }
        flush()
        while let last = out.last, last.segments.isEmpty { out.removeLast() }
        return out
    }

    /// A snippet is an excerpt of the raw body, so it carries Markdown punctuation (`**`,
    /// backticks, `## `) that means nothing on one line: drop it, keep the words.
    public static func plain(_ text: String) -> String {
        var out = ""
        var previous: Character = " "
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            let next = text.index(after: index)
            if ch == "`" || ch == "*" { index = next; continue }
            if ch == "#", previous == " " {
                // A heading marker: the run of # and the space after it.
                var end = index
                while end < text.endIndex, text[end] == "#" { end = text.index(after: end) }
                if end == text.endIndex || text[end] == " " {
                    index = end < text.endIndex ? text.index(after: end) : end
                    continue
                }
            }
            if ch == " ", previous == " ", !out.isEmpty { index = next; continue }
            out.append(ch)
            previous = ch
            index = next
        }
        return out
    }

    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes), line.count == hashes || line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    /// `- x`, `* x`, `+ x` become a bullet; `1. x` / `1) x` keep their number.
    static func listItem(_ line: String) -> (marker: String, text: String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return ("• ", String(line.dropFirst(2)))
        }
        let digits = line.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return ("\(digits). ", String(rest.dropFirst(2)))
    }

    /// Inline spans: `code`, **strong**, *emphasis* / _emphasis_. Unclosed markers stay text.
    static func inline(_ text: String, base: StyleRole = .normal) -> [(String, StyleRole)] {
        var spans: [(String, StyleRole)] = []
        var current = ""
        var chars = Array(text)
        var i = 0
        func emit(_ s: String, _ role: StyleRole) {
            if !current.isEmpty { spans.append((current, base)); current = "" }
            spans.append((s, role))
        }
        func closing(_ marker: [Character], from start: Int) -> Int? {
            var j = start
            while j + marker.count <= chars.count {
                if Array(chars[j..<(j + marker.count)]) == marker, j > start { return j }
                j += 1
            }
            return nil
        }
        while i < chars.count {
            let c = chars[i]
            if c == "`", let end = closing(["`"], from: i + 1) {
                emit(String(chars[(i + 1)..<end]), .code); i = end + 1; continue
            }
            if (c == "*" || c == "_"), i + 1 < chars.count, chars[i + 1] == c, let end = closing([c, c], from: i + 2) {
                emit(String(chars[(i + 2)..<end]), .strong); i = end + 2; continue
            }
            if (c == "*" || c == "_"), i + 1 < chars.count, chars[i + 1] != " ", let end = closing([c], from: i + 1),
               c == "*" || i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) {
                emit(String(chars[(i + 1)..<end]), .emphasis); i = end + 1; continue
            }
            current.append(c)
            i += 1
        }
        if !current.isEmpty { spans.append((current, base)) }
        chars = []
        return spans
    }

    /// Greedy word wrap of styled spans, with a first-line marker and a hanging indent.
    static func wrap(_ spans: [(String, StyleRole)], width: Int, first: String, rest: String, prefixRole: StyleRole) -> [StyledLine] {
        // Words keep their role; a space before a word is styled like the text around it.
        var words: [(text: String, role: StyleRole, spaceBefore: Bool)] = []
        var pendingSpace = false
        for (text, role) in spans {
            var word = ""
            for ch in text {
                if ch == " " {
                    if !word.isEmpty { words.append((word, role, pendingSpace)); word = "" }
                    pendingSpace = true
                } else {
                    word.append(ch)
                }
            }
            if !word.isEmpty { words.append((word, role, pendingSpace)); pendingSpace = false }
        }
        var lines: [StyledLine] = []
        var line = StyledLine([(first, prefixRole)])
        var used = first.displayWidth
        var empty = true
        func newLine() {
            lines.append(line)
            line = StyledLine([(rest, prefixRole)])
            used = rest.displayWidth
            empty = true
        }
        for word in words {
            let space = (!empty && word.spaceBefore) ? 1 : 0
            if !empty && used + space + word.text.displayWidth > width { newLine() }
            // A word wider than a whole line is cut; the pieces continue on the next lines.
            var remaining = word.text
            var gap = (!empty && word.spaceBefore) ? " " : ""
            while !remaining.isEmpty {
                let room = max(1, width - used - gap.count)
                let piece = hardSplit(remaining, width: room)[0]
                // Between a styled span and plain text the space takes the plain role, so an
                // underlined or reversed span neither starts nor ends with a styled blank.
                if !gap.isEmpty, let previous = line.segments.last?.role, previous != word.role {
                    let inline: Set<StyleRole> = [.strong, .emphasis, .code]
                    line.segments.append((gap, [previous, word.role].first { !inline.contains($0) } ?? previous))
                    used += gap.displayWidth
                    gap = ""
                }
                line.segments.append((gap + piece, word.role))
                used += (gap + piece).displayWidth
                empty = false
                remaining = String(remaining.dropFirst(piece.count))
                gap = ""
                if !remaining.isEmpty { newLine() }
            }
        }
        if !empty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Cuts text longer than `width` columns into pieces that fit (for code and very long words).
    static func hardSplit(_ text: String, width: Int) -> [String] {
        guard text.displayWidth > width else { return [text] }
        var pieces: [String] = []
        var piece = ""
        for ch in text {
            if (piece + String(ch)).displayWidth > width, !piece.isEmpty {
                pieces.append(piece)
                piece = ""
            }
            piece.append(ch)
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
