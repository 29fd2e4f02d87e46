/// A fixed-size grid of ``Cell``s that screens draw into and terminals flush.
///
/// Writes are clipped and width-aware: a wide character takes two cells, is never split at the
/// right edge (a space is written instead), and overwriting half of a wide character blanks the
/// other half. Text written here is sanitised first if it contains control characters, so no
/// escape sequence can ever reach the terminal through a buffer.
public struct ScreenBuffer: Hashable, Sendable {
    public private(set) var size: TerminalSize
    public private(set) var cells: [Cell]
    /// Where the terminal shows the cursor after drawing this frame; nil hides it.
    public var cursor: Point?

    public init(size: TerminalSize, fill: Cell = .blank) {
        self.size = TerminalSize(columns: max(0, size.columns), rows: max(0, size.rows))
        self.cells = Array(repeating: fill.isContinuation ? .blank : fill, count: self.size.columns * self.size.rows)
    }

    public init(columns: Int, rows: Int) {
        self.init(size: TerminalSize(columns: columns, rows: rows))
    }

    public var columns: Int { size.columns }
    public var rows: Int { size.rows }
    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at a position; positions outside the buffer read as blank.
    public subscript(row: Int, column: Int) -> Cell {
        guard row >= 0, row < rows, column >= 0, column < columns else { return .blank }
        return cells[row * columns + column]
    }

    /// Blanks every cell.
    public mutating func clear(role: StyleRole = .normal) {
        let blank = Cell(" ", role: role)
        for index in cells.indices { cells[index] = blank }
        cursor = nil
    }

    /// Fills `rect` (clipped to the buffer) with a one-column character in `role`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole = .normal, attributes: TextAttributes = []) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let character = character.displayWidth == 1 ? character : " "
        for row in area.rows {
            for column in area.columns {
                place(Cell(character, role: role, attributes: attributes), row: row, column: column)
            }
        }
    }

    /// Writes one line of text starting at (`row`, `column`) and returns the column after the
    /// last cell written. Text past `maxWidth` columns (and past the buffer edge) is clipped;
    /// with `ellipsis` it is cut with `…` instead. Newlines are shown as spaces: lay out lines
    /// with ``TextFitting/wrap(_:width:)`` first.
    @discardableResult
    public mutating func write(
        _ text: String, row: Int, column: Int, role: StyleRole = .normal, attributes: TextAttributes = [],
        maxWidth: Int? = nil, ellipsis: Bool = false
    ) -> Int {
        guard row >= 0, row < rows else { return column }
        let limit = min(columns, maxWidth.map { column + max(0, $0) } ?? columns)
        var text = Self.needsSanitizing(text) ? Sanitizer.singleLine.sanitize(text) : text
        if ellipsis { text = TextFitting.truncate(text, toWidth: limit - column) }
        var col = column
        for original in text {
            let character = Self.standalone(original)
            let width = character.displayWidth
            if width == 0 { continue }  // stray combining marks and format characters
            if col + width > limit {
                if col >= 0, col < limit { place(Cell(" ", role: role, attributes: attributes), row: row, column: col) }
                col = max(col, limit)
                break
            }
            if col < 0 {
                // A wide character straddling the left edge leaves a blank in column 0.
                if col + width > 0 { place(Cell(" ", role: role, attributes: attributes), row: row, column: 0) }
                col += width
                continue
            }
            place(Cell(character, role: role, attributes: attributes), row: row, column: col)
            col += width
        }
        return col
    }

    /// A character that cannot merge with its neighbours on screen. A grapheme that starts with
    /// a combining mark or joiner, or ends with a prepending mark, only appears when text was
    /// cut mid-cluster; in its own cell it would fuse with the next or previous cell and shift
    /// the rest of the row, so it becomes U+FFFD.
    static func standalone(_ character: Character) -> Character {
        if character.isASCII { return character }
        let alone = String(character)
        if ("a" + alone).count != 2 || (alone + "a").count != 2 { return "\u{FFFD}" }
        return character
    }

    /// Writes text at a point. See ``write(_:row:column:role:attributes:maxWidth:ellipsis:)``.
    @discardableResult
    public mutating func write(
        _ text: String, at point: Point, role: StyleRole = .normal, attributes: TextAttributes = [],
        maxWidth: Int? = nil, ellipsis: Bool = false
    ) -> Int {
        write(text, row: point.row, column: point.column, role: role, attributes: attributes, maxWidth: maxWidth, ellipsis: ellipsis)
    }

    /// Writes text fitted to exactly `rect`'s width on its first row: padded with spaces, cut
    /// with `…` when too long. The usual way to draw a list row or a field.
    public mutating func write(_ text: String, in rect: Rect, role: StyleRole = .normal, attributes: TextAttributes = [], alignment: TextAlignment = .left) {
        guard !rect.isEmpty else { return }
        let fitted = TextFitting.fit(text, width: rect.width, alignment: alignment)
        write(fitted, row: rect.row, column: rect.column, role: role, attributes: attributes, maxWidth: rect.width)
    }

    /// Changes the role (and attributes) of existing cells without touching their text, e.g.
    /// to mark the cursor row or search matches after the text was written.
    public mutating func restyle(_ rect: Rect, role: StyleRole, attributes: TextAttributes = []) {
        let area = rect.intersection(bounds)
        for row in area.rows {
            for column in area.columns {
                cells[row * columns + column].role = role
                cells[row * columns + column].attributes = attributes
            }
        }
    }

    /// Copies another buffer (a view drawn on its own) into this one with its top left at
    /// `origin`, clipped to this buffer.
    public mutating func draw(_ other: ScreenBuffer, at origin: Point) {
        for row in 0..<other.rows {
            for column in 0..<other.columns {
                let cell = other[row, column]
                if cell.isContinuation { continue }
                let target = Point(row: origin.row + row, column: origin.column + column)
                guard target.row >= 0, target.row < rows, target.column >= 0,
                      target.column + Int(cell.width) <= columns else { continue }
                place(cell, row: target.row, column: target.column)
            }
        }
    }

    /// Puts a cell, keeping wide characters whole: any wide character partly covered by the new
    /// cell is blanked, and a wide cell also fills its continuation.
    mutating func place(_ cell: Cell, row: Int, column: Int) {
        let span = cell.width == 2 ? 2 : 1
        guard column >= 0, column + span <= columns, row >= 0, row < rows else { return }
        let base = row * columns
        for col in column..<(column + span) {
            let existing = cells[base + col]
            if existing.isContinuation, col - 1 >= 0, col - 1 < column {
                cells[base + col - 1] = Cell(" ", role: cells[base + col - 1].role, attributes: cells[base + col - 1].attributes)
            }
            if existing.width == 2, col + 1 < columns, col + 1 >= column + span {
                cells[base + col + 1] = Cell(" ", role: existing.role, attributes: existing.attributes)
            }
        }
        cells[base + column] = cell
        if span == 2 { cells[base + column + 1] = .continuation(of: cell) }
    }

    static func needsSanitizing(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
        }
    }
}
