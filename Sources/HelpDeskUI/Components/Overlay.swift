import TerminalKit

/// Helpers for boxes drawn over a screen (pickers, forms, help).
enum Overlay {
    /// A rectangle of at most `width`×`height` centred in `area`.
    static func centred(width: Int, height: Int, in area: Rect) -> Rect {
        let w = min(width, area.width), h = min(height, area.height)
        return Rect(row: area.row + (area.height - h) / 2, column: area.column + (area.width - w) / 2, width: w, height: h)
    }

    /// A filled, bordered box with a title; returns the inside.
    @discardableResult
    static func frame(_ rect: Rect, title: String, into buffer: inout ScreenBuffer) -> Rect {
        buffer.fill(rect, role: .overlay)
        buffer.box(rect, role: .borderFocused, title: title, titleRole: .borderFocused)
        return rect.inset(top: 1, left: 2, bottom: 1, right: 2)
    }
}
