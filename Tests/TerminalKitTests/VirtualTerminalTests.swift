import Testing
@testable import TerminalKit

@Suite("VirtualTerminal")
struct VirtualTerminalTests {
    @Test func keysComeOutInOrderThenTimeout() throws {
        let terminal = VirtualTerminal(columns: 20, rows: 4)
        try terminal.feed(labels: "j <enter>")
        terminal.type("ñ")
        #expect(terminal.readKey(timeout: .milliseconds(10)) == .character("j"))
        #expect(terminal.readKey(timeout: nil) == .enter)
        #expect(terminal.readKey(timeout: nil) == .character("ñ"))
        #expect(terminal.readKey(timeout: .milliseconds(10)) == nil)
        #expect(terminal.timeouts == 1)
    }

    @Test func drawFlushesOnlyChanges() {
        let terminal = VirtualTerminal(columns: 10, rows: 2)
        var frame = terminal.makeBuffer()
        frame.write("09:41", row: 0, column: 5, role: .title)
        terminal.draw(frame)
        #expect(terminal.lastFlush.count == 3)  // blank, clock, blank row
        frame.write("2", row: 0, column: 9, role: .title)
        terminal.draw(frame)
        #expect(terminal.lastFlush == [CellRun(row: 0, column: 9, text: "2", width: 1, role: .title)])
        #expect(terminal.text == "     09:42\n")
        terminal.withSuspended { #expect(terminal.isSuspended) }
        terminal.draw(frame)
        #expect(terminal.lastFlush.count == 3)  // full repaint after resume
    }

    @Test func resizeQueuesAKey() {
        let terminal = VirtualTerminal(columns: 80, rows: 24)
        terminal.resize(to: TerminalSize(columns: 100, rows: 30))
        #expect(terminal.readKey(timeout: nil) == .resize)
        #expect(terminal.size == TerminalSize(columns: 100, rows: 30))
        #expect(terminal.makeBuffer().columns == 100)
    }

    @Test func themesResolvePerDepth() {
        let style = RoleStyle(foreground: .indexed(208), background: .default, foreground16: .indexed(11), attributes: .bold, monoAttributes: .reverse)
        #expect(style.concrete(for: .indexed256) == ConcreteStyle(foreground: .indexed(208), background: .default, attributes: .bold))
        #expect(style.concrete(for: .ansi16) == ConcreteStyle(foreground: .indexed(11), background: .default, attributes: .bold))
        #expect(style.concrete(for: .ansi8) == ConcreteStyle(foreground: .indexed(3), background: .default, attributes: .bold))
        #expect(style.concrete(for: .monochrome) == ConcreteStyle(foreground: .default, background: .default, attributes: .reverse))
        var theme = ResolvedTheme(name: "t", styles: [.normal: .plain, .title: style], screens: ["dashboard": [.title: .plain]])
        #expect(theme.style(for: .p1) == .plain)  // missing role falls back to normal
        #expect(theme.forScreen("dashboard").style(for: .title) == .plain)
        #expect(theme.forScreen("kb").style(for: .title) == style)
        theme.monochrome = true
        #expect(theme.concrete(.title, depth: .indexed256).attributes == .reverse)
    }
}
