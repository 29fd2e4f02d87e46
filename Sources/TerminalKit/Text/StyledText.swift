/// A piece of text in one role: one run of a row made of several styles
/// (`P2` in `p2`, `!0:35` in `atRisk`, the subject in `normal`).
public struct StyledSpan: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    public var attributes: TextAttributes

    public init(_ text: String, _ role: StyleRole = .normal, attributes: TextAttributes = []) {
        self.text = text
        self.role = role
        self.attributes = attributes
    }

    /// `text` in `base`, with every case-insensitive occurrence of any of `terms` in `match`
    /// (search results, filter matches). Empty terms are ignored.
    public static func highlighting(_ text: String, terms: [String], base: StyleRole = .normal, match: StyleRole = .highlight) -> [StyledSpan] {
        let needles = terms.filter { !$0.isEmpty }.map { Array($0.lowercased()) }
        guard !needles.isEmpty else { return [StyledSpan(text, base)] }
        let characters = Array(text)
        let lowered = characters.map { Character($0.lowercased()) }
        var marked = [Bool](repeating: false, count: characters.count)
        for needle in needles where needle.count <= lowered.count {
            for start in 0...(lowered.count - needle.count) where Array(lowered[start..<(start + needle.count)]) == needle {
                for index in start..<(start + needle.count) { marked[index] = true }
            }
        }
        var spans: [StyledSpan] = []
        for (index, character) in characters.enumerated() {
            let role = marked[index] ? match : base
            if let last = spans.last, last.role == role {
                spans[spans.count - 1].text.append(character)
            } else {
                spans.append(StyledSpan(String(character), role))
            }
        }
        return spans
    }
}

extension ScreenBuffer {
    /// Writes spans one after another from (`row`, `column`), clipped to `maxWidth` columns;
    /// with `ellipsis`, a row that is too long ends in `…` (in the role of the span it cuts).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func write(spans: [StyledSpan], row: Int, column: Int, maxWidth: Int? = nil, ellipsis: Bool = false) -> Int {
        let limit = maxWidth ?? (columns - column)
        let total = spans.reduce(0) { $0 + $1.text.displayWidth }
        let cut = ellipsis && total > limit
        let budget = cut ? limit - TextFitting.ellipsis.displayWidth : limit
        var used = 0
        var col = column
        for span in spans {
            let remaining = budget - used
            if remaining <= 0 {
                if cut { col = write(TextFitting.ellipsis, row: row, column: col, role: span.role, attributes: span.attributes) }
                return col
            }
            let text = span.text.displayWidth <= remaining ? span.text : TextFitting.prefix(span.text, width: remaining)
            let end = write(text, row: row, column: col, role: span.role, attributes: span.attributes, maxWidth: remaining)
            used += end - col
            col = end
            if text.count < span.text.count {
                if cut { col = write(TextFitting.ellipsis, row: row, column: col, role: span.role, attributes: span.attributes) }
                return col
            }
        }
        return col
    }
}
