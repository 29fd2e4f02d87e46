/// A horizontal run of cells with one style, as a terminal writes it in one call.
public struct CellRun: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int
    /// The characters of the run (wide characters once, not their continuation cells).
    public var text: String
    /// Columns covered.
    public var width: Int
    public var role: StyleRole
    public var attributes: TextAttributes

    public init(row: Int, column: Int, text: String, width: Int, role: StyleRole, attributes: TextAttributes = []) {
        self.row = row
        self.column = column
        self.text = text
        self.width = width
        self.role = role
        self.attributes = attributes
    }

    public var description: String {
        "\(row),\(column) \(ScreenBuffer.marker(role: role, attributes: attributes))\(text)"
    }
}

/// Diffing against the previous frame, so a terminal only writes what changed (the SwiftTUI /
/// TermKit approach): a clock tick then costs a few cells, not a full repaint.
extension ScreenBuffer {
    /// Runs of cells that differ from `previous`. Everything is returned when there is no
    /// previous frame or its size differs. A changed half of a wide character brings its first
    /// half along, so the terminal always receives whole characters.
    public func diff(from previous: ScreenBuffer?) -> [CellRun] {
        let full = previous == nil || previous?.size != size
        var runs: [CellRun] = []
        for row in 0..<rows {
            var changed = [Bool](repeating: full, count: columns)
            if let previous, !full {
                for column in 0..<columns where previous[row, column] != self[row, column] {
                    changed[column] = true
                    if self[row, column].isContinuation, column > 0 { changed[column - 1] = true }
                    if self[row, column].width == 2, column + 1 < columns { changed[column + 1] = true }
                }
            }
            runs.append(contentsOf: self.runs(row: row, where: changed))
        }
        return runs
    }

    /// All of one row as runs (for a full repaint of that row).
    public func runs(row: Int) -> [CellRun] {
        runs(row: row, where: [Bool](repeating: true, count: columns))
    }

    private func runs(row: Int, where changed: [Bool]) -> [CellRun] {
        var runs: [CellRun] = []
        var current: CellRun?
        for column in 0..<columns {
            let cell = self[row, column]
            if cell.isContinuation {
                if !changed[column] { flush(&current, into: &runs) }
                continue
            }
            guard changed[column] else {
                flush(&current, into: &runs)
                continue
            }
            let width = Int(cell.width)
            if var run = current, run.role == cell.role, run.attributes == cell.attributes,
               run.column + run.width == column {
                run.text.append(cell.character)
                run.width += width
                current = run
            } else {
                flush(&current, into: &runs)
                current = CellRun(row: row, column: column, text: String(cell.character), width: width, role: cell.role, attributes: cell.attributes)
            }
        }
        flush(&current, into: &runs)
        return runs
    }

    private func flush(_ run: inout CellRun?, into runs: inout [CellRun]) {
        if let finished = run { runs.append(finished) }
        run = nil
    }
}
