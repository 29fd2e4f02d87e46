import TerminalKit

/// A small modal list to choose one value (a status, an agent), drawn as a box over the screen.
public struct Picker<Value: Equatable & Sendable>: Sendable {
    public struct Item: Sendable {
        public var label: String
        public var value: Value
        public init(label: String, value: Value) {
            self.label = label
            self.value = value
        }
    }

    public var title: String
    public var hint: String
    public var items: [Item]
    public private(set) var viewport: ListViewport

    public init(title: String, hint: String, items: [Item], selected: Value? = nil) {
        self.title = title
        self.hint = hint
        self.items = items
        let start = selected.flatMap { value in items.firstIndex { $0.value == value } } ?? 0
        self.viewport = ListViewport(count: items.count, height: 10, cursor: start)
    }

    public enum Outcome: Sendable {
        case none
        case chosen(Value)
        case cancelled
    }

    /// Arrow keys, j/k, Home/End move; Enter chooses; Esc or q cancels.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .down, .character("j"), .tab: viewport.moveDown()
        case .up, .character("k"), .backTab: viewport.moveUp()
        case .home, .character("g"): viewport.moveToTop()
        case .end, .character("G"): viewport.moveToBottom()
        case .pageDown: viewport.pageDown()
        case .pageUp: viewport.pageUp()
        case .enter, .character(" "):
            guard items.indices.contains(viewport.cursor) else { return .cancelled }
            return .chosen(items[viewport.cursor].value)
        case .escape, .character("q"): return .cancelled
        default: break
        }
        return .none
    }

    /// Draws the picker centred in `area`.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let labelWidth = items.map { $0.label.sanitized().displayWidth }.max() ?? 0
        let width = min(area.width - 2, max(labelWidth + 4, title.displayWidth + 6, hint.displayWidth + 4))
        let listHeight = min(items.count, max(1, area.height - 5))
        var viewport = viewport
        viewport.setHeight(listHeight)
        let height = listHeight + 3
        let rect = Rect(row: area.row + max(0, (area.height - height) / 2), column: area.column + max(0, (area.width - width) / 2), width: width, height: height)
        buffer.fill(rect, role: .overlay)
        buffer.box(rect, role: .borderFocused, title: title, titleRole: .borderFocused)
        let inner = rect.inset(by: 1)
        for (row, index) in viewport.visibleRange.enumerated() {
            let selected = index == viewport.cursor
            let line = (selected ? "▸ " : "  ") + items[index].label
            buffer.write(line, in: inner.row(row), role: selected ? .selected : .overlay)
        }
        buffer.write(hint, in: inner.row(inner.height - 1), role: .dim)
    }
}
