/// The characters used to draw boxes and separators.
public struct BoxStyle: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// `├` and `┤`: where a separator meets the left / right border.
    public var teeRight: Character
    public var teeLeft: Character
    /// `┬` and `┴`: where a separator meets the top / bottom border.
    public var teeDown: Character
    public var teeUp: Character
    public var cross: Character

    public static let light = BoxStyle(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼")
    public static let rounded = BoxStyle(horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼")
    public static let heavy = BoxStyle(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", teeRight: "┣", teeLeft: "┫", teeDown: "┳", teeUp: "┻", cross: "╋")
    public static let double = BoxStyle(horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝", teeRight: "╠", teeLeft: "╣", teeDown: "╦", teeUp: "╩", cross: "╬")
    /// For terminals without UTF-8 (`LANG=C`).
    public static let ascii = BoxStyle(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+")
}

/// Lines and boxes with Unicode box drawing.
extension ScreenBuffer {
    /// A horizontal line of `length` cells starting at (`row`, `column`).
    public mutating func horizontalLine(row: Int, column: Int, length: Int, style: BoxStyle = .light, role: StyleRole = .border) {
        guard length > 0 else { return }
        fill(Rect(row: row, column: column, width: length, height: 1), with: style.horizontal, role: role)
    }

    /// A vertical line of `length` cells starting at (`row`, `column`).
    public mutating func verticalLine(row: Int, column: Int, length: Int, style: BoxStyle = .light, role: StyleRole = .border) {
        guard length > 0 else { return }
        fill(Rect(row: row, column: column, width: 1, height: length), with: style.vertical, role: role)
    }

    /// A box around `rect` (the border is inside the rectangle), with an optional title in the
    /// top border (`┌ Hand-off from ana ───┐`). The inside is left untouched.
    public mutating func box(_ rect: Rect, style: BoxStyle = .light, role: StyleRole = .border, title: String? = nil, titleRole: StyleRole? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxColumn - 1, bottom = rect.maxRow - 1
        horizontalLine(row: rect.row, column: rect.column + 1, length: rect.width - 2, style: style, role: role)
        horizontalLine(row: bottom, column: rect.column + 1, length: rect.width - 2, style: style, role: role)
        verticalLine(row: rect.row + 1, column: rect.column, length: rect.height - 2, style: style, role: role)
        verticalLine(row: rect.row + 1, column: right, length: rect.height - 2, style: style, role: role)
        write(String(style.topLeft), row: rect.row, column: rect.column, role: role)
        write(String(style.topRight), row: rect.row, column: right, role: role)
        write(String(style.bottomLeft), row: bottom, column: rect.column, role: role)
        write(String(style.bottomRight), row: bottom, column: right, role: role)
        if let title, rect.width > 4 {
            write(" \(title) ", row: rect.row, column: rect.column + 1, role: titleRole ?? role, maxWidth: rect.width - 2, ellipsis: true)
        }
    }
}
