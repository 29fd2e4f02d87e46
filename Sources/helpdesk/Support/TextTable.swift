/// Plain aligned columns for terminal output; cells are cleaned of control characters.
enum TextTable {
    static func render(header: [String], rows: [[String]], maxWidth: Int? = nil) -> String {
        let clean = rows.map { $0.map { TextSafety.clean($0, keepNewlines: false) } }
        var widths = header.map(\.count)
        for row in clean {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                parts.append(i == cells.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0))
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            if let maxWidth, s.count > maxWidth { s = String(s.prefix(maxWidth - 1)) + "…" }
            return s
        }
        return ([line(header)] + clean.map(line)).joined(separator: "\n")
    }
}
