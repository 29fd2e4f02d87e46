import TerminalKit

/// One screen line made of styled pieces, laid out before drawing so a scrolling view can
/// count its lines. Text is sanitised when the line is built.
public struct StyledLine: Sendable, Equatable {
    public var segments: [(text: String, role: StyleRole)]

    public init(_ segments: [(String, StyleRole)] = []) {
        self.segments = segments.map { ($0.0.sanitized(.singleLine), $0.1) }
    }

    public init(_ text: String, role: StyleRole) { self.init([(text, role)]) }

    public static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.segments.map(\.text) == rhs.segments.map(\.text) && lhs.segments.map(\.role) == rhs.segments.map(\.role)
    }

    /// Untrusted multi-line text wrapped to `width`, each line prefixed (e.g. `┃ ` for notes).
    public static func wrapped(_ text: String, width: Int, prefix: String, prefixRole: StyleRole, role: StyleRole) -> [StyledLine] {
        let clean = Sanitizer.multiLine.sanitize(text)
        let available = max(1, width - prefix.displayWidth)
        return clean.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            TextFitting.wrap(String(paragraph), width: available).map {
                StyledLine([(prefix, prefixRole), ($0, role)])
            }
        }
    }

    /// Cells the line needs, not counting trailing spaces (separators after the last piece).
    public var usedWidth: Int {
        var text = segments.map(\.text).joined()
        while text.last == " " { text.removeLast() }
        return text.displayWidth
    }

    public func draw(into buffer: inout ScreenBuffer, row: Int, column: Int, width: Int) {
        var col = column
        let limit = column + width
        for segment in segments where col < limit {
            col = buffer.write(segment.text, row: row, column: col, role: segment.role, maxWidth: limit - col)
        }
    }
}
