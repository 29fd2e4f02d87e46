/// A cell position: zero-based row and column from the top left.
public struct Point: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// A rectangle of cells. Empty when width or height is zero or negative.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of a terminal of this size.
    public init(size: TerminalSize) {
        self.init(row: 0, column: 0, width: size.columns, height: size.rows)
    }

    public var isEmpty: Bool { width <= 0 || height <= 0 }
    /// One past the last row.
    public var maxRow: Int { row + height }
    /// One past the last column.
    public var maxColumn: Int { column + width }
    public var rows: Range<Int> { row..<maxRow }
    public var columns: Range<Int> { column..<maxColumn }

    public func contains(_ point: Point) -> Bool {
        rows.contains(point.row) && columns.contains(point.column)
    }

    /// The overlap of two rectangles (empty if they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let top = max(row, other.row), left = max(column, other.column)
        let bottom = min(maxRow, other.maxRow), right = min(maxColumn, other.maxColumn)
        return Rect(row: top, column: left, width: right - left, height: bottom - top)
    }

    /// This rectangle shrunk by the given margins.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(row: row + top, column: column + left, width: width - left - right, height: height - top - bottom)
    }

    /// This rectangle shrunk by `amount` on every side (the inside of a box border when 1).
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The single row at `offset` from the top.
    public func row(_ offset: Int) -> Rect {
        Rect(row: row + offset, column: column, width: width, height: offset < height ? 1 : 0)
    }

    public var description: String { "(\(row),\(column) \(width)x\(height))" }
}
