/// The scrolling model of a list: which row has the cursor and which rows are visible, so
/// screens render only `visibleRange` however long the list is. Pure value, no drawing.
public struct ListViewport: Hashable, Sendable {
    /// Number of items in the list.
    public private(set) var count: Int
    /// Rows available on screen.
    public private(set) var height: Int
    /// Index of the cursor item (0 when the list is empty).
    public private(set) var cursor: Int = 0
    /// Index of the first visible item.
    public private(set) var top: Int = 0

    public init(count: Int = 0, height: Int, cursor: Int = 0) {
        self.count = max(0, count)
        self.height = max(0, height)
        self.cursor = cursor
        clamp()
    }

    /// Items on screen, in order.
    public var visibleRange: Range<Int> { top..<min(count, top + height) }

    /// The screen row (0-based inside the list area) of the cursor, or nil when empty.
    public var cursorRow: Int? { count == 0 ? nil : cursor - top }

    public mutating func moveDown(_ n: Int = 1) { move(to: cursor + n) }
    public mutating func moveUp(_ n: Int = 1) { move(to: cursor - n) }
    /// One screen down, keeping the cursor at the same screen row where possible.
    public mutating func pageDown() {
        let row = cursor - top
        top = min(top + max(1, height), max(0, count - height))
        move(to: top + row)
    }
    public mutating func pageUp() {
        let row = cursor - top
        top = max(0, top - max(1, height))
        move(to: top + row)
    }
    /// `g`: first item.
    public mutating func moveToTop() { move(to: 0) }
    /// `G`: last item.
    public mutating func moveToBottom() { move(to: count - 1) }

    /// Puts the cursor on `index` (clamped) and scrolls just enough to show it.
    public mutating func move(to index: Int) {
        cursor = index
        clamp()
    }

    /// The list changed length (refresh, filter): keep the cursor in range.
    public mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        clamp()
    }

    /// The screen changed size.
    public mutating func setHeight(_ newHeight: Int) {
        height = max(0, newHeight)
        clamp()
    }

    private mutating func clamp() {
        cursor = count == 0 ? 0 : min(max(cursor, 0), count - 1)
        if cursor < top { top = cursor }
        if height > 0, cursor >= top + height { top = cursor - height + 1 }
        top = max(0, min(top, max(0, count - height)))
    }
}
