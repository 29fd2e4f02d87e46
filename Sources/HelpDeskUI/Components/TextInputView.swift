import TerminalKit

/// Drawing of a ``TextInput``: one line scrolled so the cursor stays visible, or a box of
/// wrapped lines for multi-line text. Typed text is sanitised like any other text (a pasted
/// escape sequence shows as `␛[...`), so the composer cannot be used to attack the terminal.
public enum TextInputView {
    /// Draws a single-line input in `rect` (first row) and places the terminal cursor in it.
    public static func drawLine(_ input: TextInput, in rect: Rect, buffer: inout ScreenBuffer, role: StyleRole = .inputFocused, focused: Bool = true) {
        guard !rect.isEmpty else { return }
        let visibleText = input.text.sanitized(.singleLine)
        let before = input.beforeCursorOnLine.sanitized(.singleLine)
        let beforeWidth = before.displayWidth
        // Scroll horizontally so the cursor is on screen.
        let skip = max(0, beforeWidth - (rect.width - 1))
        var shown = visibleText
        if skip > 0 {
            var dropped = 0
            while dropped < skip, let first = shown.first {
                dropped += first.displayWidth
                shown.removeFirst()
            }
        }
        buffer.write(shown, in: Rect(row: rect.row, column: rect.column, width: rect.width, height: 1), role: role)
        if focused {
            buffer.cursor = Point(row: rect.row, column: rect.column + min(rect.width - 1, beforeWidth - skip))
        }
    }

    /// Draws a multi-line input wrapped to `rect`, scrolled to keep the cursor line visible.
    public static func drawArea(_ input: TextInput, in rect: Rect, buffer: inout ScreenBuffer, role: StyleRole = .inputFocused, focused: Bool = true) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, role: role)
        let clean = Sanitizer.multiLine.sanitize(input.text)
        var lines: [String] = []
        var cursorRow = 0, cursorColumn = 0
        let logical = clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cursorLine = input.cursorLine
        let before = Sanitizer.multiLine.sanitize(input.beforeCursorOnLine)
        for (index, line) in logical.enumerated() {
            let wrapped = line.isEmpty ? [""] : TextFitting.wrap(line, width: max(1, rect.width - 1))
            if index == cursorLine {
                // Find the wrapped row holding the cursor by consuming widths.
                var remaining = before.displayWidth
                var row = 0
                while row < wrapped.count - 1, remaining > wrapped[row].displayWidth {
                    remaining -= wrapped[row].displayWidth + 1
                    row += 1
                }
                cursorRow = lines.count + row
                cursorColumn = max(0, remaining)
            }
            lines.append(contentsOf: wrapped)
        }
        let top = max(0, cursorRow - rect.height + 1)
        for (offset, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            buffer.write(line, row: rect.row + offset, column: rect.column, role: role, maxWidth: rect.width)
        }
        if focused {
            buffer.cursor = Point(row: rect.row + cursorRow - top, column: rect.column + min(rect.width - 1, cursorColumn))
        }
    }
}
