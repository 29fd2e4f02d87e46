import CNcursesw
import TerminalKit

extension CursesTerminal {
    /// Writes the cells that changed since the last frame (all of them after a resize, a theme
    /// change or ``invalidate()``), places the cursor, and refreshes once.
    public func draw(_ buffer: ScreenBuffer) {
        guard isOpen else { return }
        let screenSize = size
        if previous?.size != buffer.size { previous = nil }
        let runs = buffer.diff(from: previous)
        for run in runs where run.row < screenSize.rows && run.column < screenSize.columns {
            let style = colors.attributes(for: run.role, extra: run.attributes)
            shim_attr_set(style.attributes, style.pair)
            let units = encoder.encode(run.text)
            units.withUnsafeBufferPointer { pointer in
                _ = shim_mvaddnwstr(Int32(run.row), Int32(run.column), pointer.baseAddress, Int32(pointer.count))
            }
        }
        shim_attr_set(shim_a_normal(), 0)
        if let cursor = buffer.cursor, cursor.row < screenSize.rows, cursor.column < screenSize.columns {
            shim_move(Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        shim_refresh()
        previous = buffer
        lastFlushCount = runs.count
    }

    /// The text curses holds for each row: what the terminal shows. For headless tests and
    /// diagnostics; wide characters appear once.
    public func readBack() -> [String] {
        let current = size
        var lines: [String] = []
        for row in 0..<current.rows {
            var units = [wchar_t](repeating: 0, count: current.columns * 2 + 1)
            let count = shim_mvinnwstr(Int32(row), 0, &units, Int32(units.count - 1))
            let scalars = units.prefix(max(0, Int(count))).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
            var line = String(String.UnicodeScalarView(scalars))
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines
    }

    /// The colour pair and attributes curses holds for a cell (headless tests).
    public func readBackStyle(row: Int, column: Int) -> (pair: Int, bold: Bool, reverse: Bool) {
        let attributes = shim_cell_attrs(Int32(row), Int32(column))
        return (Int(shim_cell_pair(Int32(row), Int32(column))),
                attributes & shim_a_bold() != 0, attributes & shim_a_reverse() != 0)
    }

    /// The colour pair allocated to a role (0 for the terminal's default colours).
    public func colorPair(for role: StyleRole) -> Int {
        Int(colors.attributes(for: role, extra: []).pair)
    }
}
