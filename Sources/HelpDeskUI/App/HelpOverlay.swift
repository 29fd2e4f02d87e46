import TerminalKit

/// The `?` overlay, generated from the key map: every action, grouped, with all its keys.
/// Nothing here is written by hand, so it cannot drift from the bindings.
enum HelpOverlay {
    static func lines(bindings: KeyBindings, l10n: Localizer) -> [StyledLine] {
        var lines: [StyledLine] = []
        for group in UIAction.Group.allCases {
            lines.append(StyledLine(l10n(group.title), role: .section))
            for action in UIAction.allCases where action.group == group {
                let keys = bindings.keys(for: action).map(\.displayName).joined(separator: " ")
                guard !keys.isEmpty else { continue }
                lines.append(StyledLine([("  " + keys.fitted(toWidth: 14), .statusKey), (" " + l10n(action.help), .overlay)]))
            }
        }
        return lines
    }

    static func render(into buffer: inout ScreenBuffer, area: Rect, bindings: KeyBindings, l10n: Localizer) {
        let rect = Overlay.centred(width: area.width - 4, height: area.height, in: area)
        let inner = Overlay.frame(rect, title: l10n(.helpTitle), into: &buffer)
        let all = lines(bindings: bindings, l10n: l10n)
        let footer = [StyledLine(l10n(.helpCommands), role: .dim), StyledLine(l10n(.helpFooter), role: .dim)]
        let available = inner.height - footer.count
        // Two columns when the list does not fit in one.
        let columns = all.count > available && inner.width >= 60 ? 2 : 1
        let columnWidth = inner.width / columns
        let perColumn = (all.count + columns - 1) / columns
        for (index, line) in all.enumerated() {
            let col = index / max(1, perColumn), row = index % max(1, perColumn)
            guard row < available else { continue }
            line.draw(into: &buffer, row: inner.row + row, column: inner.column + col * columnWidth, width: columnWidth - 1)
        }
        for (offset, line) in footer.enumerated() {
            line.draw(into: &buffer, row: inner.maxRow - footer.count + offset, column: inner.column, width: inner.width)
        }
    }
}
