import TerminalKit

/// One entry of the status bar: `t take`.
public struct StatusItem: Hashable, Sendable {
    public var action: ActionID
    /// The key as shown (`t`, `Ctrl-S`).
    public var key: String
    public var title: String
    /// Why it cannot run now; disabled items are drawn dim or left out by the caller.
    public var disabledReason: String?
}

/// The status bar, generated from the key map (never hand-written), so rebinding a key in
/// keys.toml changes what the bar says.
public enum StatusBar {
    /// Items for the current screen and mode, in catalog order, with `? help` last.
    public static func items(keyMap: KeyMap, context: ActionContext, includeDisabled: Bool = true) -> [StatusItem] {
        let scopes: Set<KeyScope> = context.inForm ? [.form] : [.list, .global]
        var items: [StatusItem] = []
        for action in ActionCatalog.all where action.showInStatusBar && scopes.contains(action.scope) && action.isRelevant(on: context.screen) {
            guard let key = keyMap.keys(for: action.id).first else { continue }
            let reason = action.disabledReason(context)
            if reason != nil && !includeDisabled { continue }
            items.append(StatusItem(action: action.id, key: key.displayName, title: action.title, disabledReason: reason))
        }
        if !context.inForm, let help = keyMap.keys(for: "app.help").first {
            items.append(StatusItem(action: "app.help", key: help.displayName, title: "help", disabledReason: nil))
        }
        return items
    }

    /// Draws the items on `row`, as many as fit in the buffer's width (the `help` item always
    /// stays), keys in `statusKey`, titles in `statusBar`. Disabled ones stay in `statusBar`
    /// with the dim attribute: the `dim` role has no background of its own, so it punched
    /// holes of the terminal's background into the bar.
    public static func draw(_ items: [StatusItem], into buffer: inout ScreenBuffer, row: Int) {
        buffer.fill(Rect(row: row, column: 0, width: buffer.columns, height: 1), role: .statusBar)
        let fitted = fit(items, width: buffer.columns - 1)
        var column = 1
        for item in fitted {
            let enabled = item.disabledReason == nil
            column = buffer.write(item.key, row: row, column: column, role: enabled ? .statusKey : .statusBar, attributes: enabled ? [] : .dim)
            column = buffer.write(" \(item.title)", row: row, column: column, role: .statusBar, attributes: enabled ? [] : .dim)
            column = buffer.write("  ", row: row, column: column, role: .statusBar)
        }
    }

    /// The items that fit in `width` columns when drawn as `key title` separated by two spaces,
    /// dropping from the end but keeping the last (help) item.
    public static func fit(_ items: [StatusItem], width: Int) -> [StatusItem] {
        func length(_ list: [StatusItem]) -> Int {
            list.reduce(0) { $0 + $1.key.displayWidth + 1 + $1.title.displayWidth } + 2 * max(0, list.count - 1)
        }
        var kept = items
        while length(kept) > width, kept.count > 1 {
            kept.remove(at: kept.count - 2)
        }
        return length(kept) <= width ? kept : []
    }

    /// The plain text of a status bar line (tests, logs).
    public static func text(_ items: [StatusItem]) -> String {
        items.map { "\($0.key) \($0.title)" }.joined(separator: "  ")
    }
}
