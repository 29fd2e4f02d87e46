import Foundation
import TerminalKit

/// The frame around the screens: title bar (row 1), message row, status bar (last row).
extension HelpDeskApp {
    var isTooSmall: Bool {
        terminal.size.columns < TerminalSize.minimum.columns || terminal.size.rows < TerminalSize.minimum.rows
    }

    /// Between the title bar and the message row above the status bar.
    var bodyArea: Rect {
        Rect(row: 1, column: 0, width: terminal.size.columns, height: max(0, terminal.size.rows - 3))
    }

    /// Renders the whole frame into a new buffer (also used by snapshot tests).
    public func renderFrame() -> ScreenBuffer {
        var buffer = terminal.makeBuffer()
        let ctx = context
        if isTooSmall {
            drawTooSmall(into: &buffer, ctx: ctx)
            return buffer
        }
        topScreen.render(into: &buffer, area: bodyArea, context: ctx)
        drawTitle(into: &buffer, ctx: ctx)
        drawMessageRow(into: &buffer, ctx: ctx)
        drawStatusBar(into: &buffer, ctx: ctx)
        if helpVisible {
            buffer.cursor = nil
            drawHelp(into: &buffer, ctx: ctx)
        }
        return buffer
    }

    func draw() {
        let name = topScreen.name
        if themedScreen != name {
            themedScreen = name
            terminal.setTheme(baseTheme.forScreen(name))
        }
        terminal.draw(renderFrame())
    }

    private func drawTitle(into buffer: inout ScreenBuffer, ctx: ScreenContext) {
        let l10n = ctx.l10n
        let row = Rect(row: 0, column: 0, width: buffer.columns, height: 1)
        buffer.fill(row, role: .title)
        let agent = ctx.agent
        let left = " \(l10n(.product)) · \(topScreen.title(ctx)) · \(agent.login) (\(l10n.role(agent.role)))"
        let clock = l10n.time(ctx.now) + " "
        let limit = buffer.columns - clock.displayWidth - 1
        var column = buffer.write(left.sanitized(), row: 0, column: 0, role: .title, maxWidth: limit, ellipsis: true)
        for counter in topScreen.counters(ctx) where column + counter.displayWidth + 3 <= limit {
            column = buffer.write(" · ", row: 0, column: column, role: .title)
            column = buffer.write(counter, row: 0, column: column, role: .titleCounter)
        }
        buffer.write(clock, row: 0, column: buffer.columns - clock.displayWidth, role: .title)
    }

    private func drawMessageRow(into buffer: inout ScreenBuffer, ctx: ScreenContext) {
        let row = buffer.rows - 2
        let rect = Rect(row: row, column: 0, width: buffer.columns, height: 1)
        switch prompt {
        case .command(let input):
            buffer.fill(rect, role: .commandLine)
            buffer.write(":", row: row, column: 0, role: .commandLine)
            TextInputView.drawLine(input, in: rect.inset(left: 1), buffer: &buffer, role: .commandLine)
        case .search(let input):
            let label = ctx.l10n(.searchPrompt)
            buffer.fill(rect, role: .commandLine)
            buffer.write("/" + label, row: row, column: 0, role: .commandLine)
            TextInputView.drawLine(input, in: rect.inset(left: label.displayWidth + 1), buffer: &buffer, role: .commandLine)
        case nil:
            guard let toast, !toast.isExpired(at: ctx.now) else { return }
            let role: StyleRole = toast.isFading(at: ctx.now) ? .dim : (toast.kind == .error ? .toastError : .toast)
            buffer.write(" " + toast.text, in: rect, role: role)
        }
    }

    /// The status bar, generated from the key map (``StatusBar``) in the technician's language,
    /// with the screen's own keys before `? help`.
    func statusItems(ctx: ScreenContext) -> [StatusItem] {
        let l10n = ctx.l10n
        if topScreen.wantsRawKeys, let typing = topScreen.typingKeys(ctx) {
            return typing.map {
                StatusItem(action: ActionID(rawValue: "local.\($0.key.label)"), key: $0.key.displayName, title: $0.title, disabledReason: nil)
            }
        }
        var items = StatusBar.items(keyMap: configuration.keyMap, context: actionContext).map { item in
            var item = item
            item.title = l10n.actionTitle(item.action)
            if item.disabledReason == nil { item.disabledReason = topScreen.disabledReason(item.action, ctx) }
            // `/` is global in the key map, but only lists take it: elsewhere it is shown dim,
            // as pressing it only says why not.
            if item.disabledReason == nil, item.action == Act.search, !topScreen.isSearchable {
                item.disabledReason = l10n(.reasonNotSearchable)
            }
            return item
        }
        if !topScreen.wantsRawKeys {
            let local = topScreen.localKeys(ctx).map {
                StatusItem(action: ActionID(rawValue: "local.\($0.key.label)"), key: $0.key.displayName, title: $0.title, disabledReason: nil)
            }
            let helpIndex = items.lastIndex { $0.action == Act.help } ?? items.endIndex
            // Before search, command and help: the screen's keys matter more on this screen.
            let insertAt = items.firstIndex { $0.action == Act.search } ?? helpIndex
            items.insert(contentsOf: local, at: insertAt)
        }
        return items
    }

    private func drawStatusBar(into buffer: inout ScreenBuffer, ctx: ScreenContext) {
        StatusBar.draw(statusItems(ctx: ctx), into: &buffer, row: buffer.rows - 1)
    }

    /// The `?` overlay: the key map's generated help, translated, plus this screen's own keys
    /// and the commands.
    func drawHelp(into buffer: inout ScreenBuffer, ctx: ScreenContext) {
        let l10n = ctx.l10n
        var lines: [HelpLine] = HelpOverlay.lines(keyMap: configuration.keyMap, context: actionContext).map { line in
            switch line {
            case .heading(let title):
                let group = ActionGroup.allCases.first { $0.title == title }
                return .heading(group.map(l10n.groupTitle) ?? title)
            case .entry(let keys, let action, _, let reason):
                return .entry(keys: keys, action: action, help: l10n.actionHelp(action), disabledReason: reason)
            case .blank:
                return .blank
            }
        }
        let local = topScreen.localKeys(ctx)
        if !local.isEmpty {
            lines += [.blank, .heading(l10n(.helpThisScreen))]
            lines += local.map { .entry(keys: $0.key.displayName, action: ActionID(rawValue: "local"), help: $0.title, disabledReason: nil) }
        }
        let area = bodyArea
        let rect = Overlay.centred(width: area.width, height: area.height, in: area)
        let inner = Overlay.frame(rect, title: l10n(.helpTitle), into: &buffer)
        let footer = [l10n(.helpCommands), l10n(.helpFooter)]
        let listRect = Rect(row: inner.row, column: inner.column, width: inner.width, height: inner.height - footer.count)
        helpOffset = min(helpOffset, max(0, lines.count - listRect.height))
        HelpOverlay.draw(lines, into: &buffer, rect: listRect, offset: helpOffset)
        for (index, text) in footer.enumerated() {
            buffer.write(text, in: inner.row(inner.height - footer.count + index), role: .dim)
        }
    }

    private func drawTooSmall(into buffer: inout ScreenBuffer, ctx: ScreenContext) {
        let l10n = ctx.l10n
        let size = terminal.size
        let lines = [
            l10n(.tooSmall, "\(size.columns)", "\(size.rows)", "\(TerminalSize.minimum.columns)", "\(TerminalSize.minimum.rows)"),
            topScreen.wantsRawKeys ? l10n(.tooSmallTyping) : l10n(.tooSmallHint),
        ]
        var row = max(0, buffer.rows / 2 - 1)
        for line in lines {
            for part in TextFitting.wrap(line, width: max(1, buffer.columns - 2)) {
                buffer.write(part, in: Rect(row: row, column: 1, width: buffer.columns - 2, height: 1), role: .warning, alignment: .center)
                row += 1
            }
        }
    }
}
