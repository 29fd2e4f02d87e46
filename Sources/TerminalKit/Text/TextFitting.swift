/// Horizontal alignment of text inside a fixed number of columns.
public enum TextAlignment: Sendable, Equatable {
    case left, right, center
}

/// Cutting and padding text to a number of terminal columns, measured with ``DisplayWidth``
/// (not `String.count`), so accented, CJK and emoji text lines up in tables.
public enum TextFitting {
    /// The ellipsis appended when text is cut.
    public static let ellipsis = "…"

    /// `text` cut to at most `width` columns. When cut, the result ends in `ellipsis` and a wide
    /// character that would straddle the limit is dropped rather than split.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = TextFitting.ellipsis) -> String {
        guard width > 0 else { return "" }
        if text.displayWidth <= width { return text }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return prefix(text, width: width) }
        return prefix(text, width: width - ellipsisWidth) + ellipsis
    }

    /// The longest leading part of `text` that fits in `width` columns (no ellipsis).
    public static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let w = character.displayWidth
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result
    }

    /// `text` padded with spaces to exactly `width` columns, truncated with an ellipsis first
    /// when it is too long.
    public static func fit(_ text: String, width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(text, toWidth: width)
        return pad(cut, toWidth: width, alignment: alignment)
    }

    /// `text` padded with spaces to at least `width` columns (never cut).
    public static func pad(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let missing = width - text.displayWidth
        guard missing > 0 else { return text }
        switch alignment {
        case .left: return text + String(repeating: " ", count: missing)
        case .right: return String(repeating: " ", count: missing) + text
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: missing - left)
        }
    }

    /// Splits `text` into lines of at most `width` columns, breaking at spaces where possible and
    /// inside words only when a word is longer than a line. Existing newlines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = String(word)
                var wordWidth = word.displayWidth
                let needed = line.isEmpty ? wordWidth : lineWidth + 1 + wordWidth
                if needed <= width {
                    if !line.isEmpty { line += " "; lineWidth += 1 }
                    line += word
                    lineWidth += wordWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                while wordWidth > width {
                    var head = prefix(word, width: width)
                    if head.isEmpty { head = String(word.prefix(1)) }  // a wide char in a 1-column line
                    lines.append(head)
                    word.removeFirst(head.count)
                    wordWidth = word.displayWidth
                }
                if word.isEmpty, let last = lines.popLast() {
                    // The word ended exactly on a line break: continue on its last piece.
                    line = last
                    lineWidth = last.displayWidth
                    continue
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    /// This text cut to `width` columns with a trailing `…`. See ``TextFitting/truncate(_:toWidth:ellipsis:)``.
    public func truncated(toWidth width: Int) -> String { TextFitting.truncate(self, toWidth: width) }

    /// This text cut or padded to exactly `width` columns. See ``TextFitting/fit(_:width:alignment:)``.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        TextFitting.fit(self, width: width, alignment: alignment)
    }
}
