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
            HelpOverlay.render(into: &buffer, area: bodyArea, bindings: configuration.bindings, l10n: ctx.l10n)
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

    /// The most useful keys of the screen, generated from the key map, and always `? help`.
    private func drawStatusBar(into buffer: inout ScreenBuffer, ctx: ScreenContext) {
        let row = buffer.rows - 1
        buffer.fill(Rect(row: row, column: 0, width: buffer.columns, height: 1), role: .statusBar)
        let bindings = configuration.bindings
        let l10n = ctx.l10n
        let help = bindings.displayKey(.help).map { ($0, l10n(.actHelp)) }
        let reserve = help.map { $0.0.displayWidth + $0.1.displayWidth + 3 } ?? 0
        var column = 1
        for action in topScreen.statusActions(ctx) {
            guard let key = bindings.displayKey(action) else { continue }
            let text = l10n(action.help)
            let needed = key.displayWidth + 1 + text.displayWidth + 2
            guard column + needed <= buffer.columns - reserve else { break }
            let disabled = topScreen.disabledReason(action, ctx) != nil
            column = buffer.write(key, row: row, column: column, role: .statusKey)
            column = buffer.write(" " + text + "  ", row: row, column: column, role: disabled ? .dim : .statusBar)
        }
        if let (key, text) = help {
            column = buffer.write(key, row: row, column: column, role: .statusKey)
            buffer.write(" " + text, row: row, column: column, role: .statusBar)
        }
    }

    private func drawTooSmall(into buffer: inout ScreenBuffer, ctx: ScreenContext) {
        let l10n = ctx.l10n
        let size = terminal.size
        let lines = [
            l10n(.tooSmall, "\(size.columns)", "\(size.rows)", "\(TerminalSize.minimum.columns)", "\(TerminalSize.minimum.rows)"),
            l10n(.tooSmallHint),
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
