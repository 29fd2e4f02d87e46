/// Text renderings of a buffer for tests and snapshot files.
extension ScreenBuffer {
    /// Each row as text (continuation cells skipped), trailing spaces trimmed by default.
    public func textLines(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns where !self[row, column].isContinuation {
                line.append(self[row, column].character)
            }
            return trimmingTrailingSpaces ? Self.trimTrailingSpaces(line) : line
        }
    }

    /// All rows joined with newlines (trailing spaces trimmed).
    public var text: String { textLines().joined(separator: "\n") }

    /// Each row with a `[role]` marker wherever the role or attributes change (always one at the
    /// start), e.g. `[title] helpdesk · L1 console[titleCounter]mine 4`. Attributes follow the
    /// role: `[selected+bold]`. Trailing plain spaces are trimmed. Meant to read well in a diff.
    public func styledLines() -> [String] {
        (0..<rows).map { row in
            var segments: [(marker: String, text: String)] = []
            for column in 0..<columns {
                let cell = self[row, column]
                if cell.isContinuation { continue }
                let marker = Self.marker(role: cell.role, attributes: cell.attributes)
                if let last = segments.last, last.marker == marker {
                    segments[segments.count - 1].text.append(cell.character)
                } else {
                    segments.append((marker, String(cell.character)))
                }
            }
            // Trim trailing plain blanks so snapshot files do not depend on invisible padding.
            while let last = segments.last, last.marker == "[normal]" {
                let trimmed = Self.trimTrailingSpaces(last.text)
                if trimmed.isEmpty && segments.count > 1 { segments.removeLast(); continue }
                segments[segments.count - 1].text = trimmed
                break
            }
            return segments.map { $0.marker + $0.text }.joined()
        }
    }

    /// All styled rows joined with newlines.
    public var styledText: String { styledLines().joined(separator: "\n") }

    static func marker(role: StyleRole, attributes: TextAttributes) -> String {
        attributes.isEmpty ? "[\(role.rawValue)]" : "[\(role.rawValue)+\(attributes)]"
    }

    static func trimTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
