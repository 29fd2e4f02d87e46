import TerminalKit

/// One line of the help overlay.
public enum HelpLine: Hashable, Sendable {
    case heading(String)
    /// Keys as shown (`j ↓`), the action's help, and why it is disabled now, if it is.
    case entry(keys: String, action: ActionID, help: String, disabledReason: String?)
    case blank
}

/// The `?` help overlay, generated from the key map and the action catalog so it can never
/// disagree with what the keys do.
public enum HelpOverlay {
    /// Groups in display order, each action with its current keys; unbound actions are listed
    /// with `:name` so they remain discoverable.
    public static func lines(keyMap: KeyMap, context: ActionContext? = nil) -> [HelpLine] {
        var lines: [HelpLine] = []
        for group in ActionGroup.allCases {
            let actions = ActionCatalog.all.filter { $0.group == group }
            guard !actions.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(group.title))
            for action in actions {
                let keys = keyMap.keys(for: action.id)
                let shown = keys.isEmpty ? ":\(action.id)" : keys.map(\.displayName).joined(separator: " ")
                lines.append(.entry(keys: shown, action: action.id, help: action.help, disabledReason: context.flatMap(action.disabledReason)))
            }
        }
        return lines
    }

    /// Draws the lines into `rect` starting at line `offset` (for scrolling), keys in
    /// `statusKey`, headings in `heading`, disabled entries dim with their reason (the overlay's
    /// role with the dim attribute, so they keep the overlay's background).
    public static func draw(_ lines: [HelpLine], into buffer: inout ScreenBuffer, rect: Rect, offset: Int = 0) {
        buffer.fill(rect, role: .overlay)
        let keyWidth = min(14, max(6, rect.width / 4))
        for (row, line) in lines.dropFirst(offset).prefix(rect.height).enumerated() {
            let y = rect.row + row
            switch line {
            case .blank:
                continue
            case .heading(let title):
                buffer.write(title, row: y, column: rect.column + 1, role: .heading, maxWidth: rect.width - 2, ellipsis: true)
            case .entry(let keys, _, let help, let reason):
                let keyRect = Rect(row: y, column: rect.column + 2, width: keyWidth, height: 1)
                let dim: TextAttributes = reason == nil ? [] : .dim
                buffer.write(keys, in: keyRect, role: reason == nil ? .statusKey : .overlay, attributes: dim)
                let text = reason.map { "\(help) (\($0))" } ?? help
                buffer.write(text, row: y, column: keyRect.maxColumn + 1, role: .overlay, attributes: dim,
                             maxWidth: rect.maxColumn - keyRect.maxColumn - 2, ellipsis: true)
            }
        }
    }
}
