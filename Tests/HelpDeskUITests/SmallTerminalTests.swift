import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// Tiny windows and sizes at the edges of the layout, on the virtual terminal (the tmux suite
/// does the same with the real binary and real SIGWINCHes).
@Suite("Small terminals")
struct SmallTerminalTests {
    static let widths = [1, 2, 5, 20, 59, 60, 61, 79, 80, 81, 120, 200]
    static let heights = [1, 2, 3, 5, 15, 16, 17, 24, 40, 60]

    @Test("while the window is too small, typing into the composer is kept and every other key is ignored")
    func typingWhileTooSmall() throws {
        let desk = try UITestDesk(fillers: 2)
        let (app, terminal) = desk.app(.ana)
        app.execute(command: "open \(desk.vpn)")
        try terminal.press("r", in: app)
        terminal.type("hola", in: app)
        terminal.resize(to: TerminalSize(columns: 10, rows: 3))
        app.runUntilIdle()
        try terminal.press("q <space> y <backspace> <esc> <ctrl+s> <tab>", in: app)
        #expect(app.isRunning)
        terminal.resize(to: TerminalSize(columns: 40, rows: 12))
        app.runUntilIdle()
        let notice = terminal.screen.textLines().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(notice.contains("What you type is kept"))
        terminal.resize(to: TerminalSize(columns: 80, rows: 24))
        app.runUntilIdle()
        #expect(terminal.text.contains("holaq "))
        #expect(try desk.db.events(ticketID: desk.vpn).last?.type != .reply)
    }

    @Test("q still quits from a list while the window is too small")
    func quitWhileTooSmall() throws {
        let desk = try UITestDesk(fillers: 2)
        let (app, terminal) = desk.app(.ana, columns: 30, rows: 8)
        try terminal.press("j <enter> q", in: app)
        #expect(!app.isRunning)
    }

    @Test("every screen, overlay and form draws at every size from 1×1 to 200×60 without trapping",
          arguments: [StartScreen.l1, .l1Queue, .dashboard, .kb])
    func everySize(_ start: StartScreen) throws {
        let desk = try UITestDesk(fillers: 30)
        _ = try desk.addArticles()
        let states: [(String, String)] = [("plain", ""), ("help", "?"), ("detail and composer", "j <enter> r"), ("intake", "n"),
                                          ("wizard", "j <enter> e <enter>")]
        for (_, keys) in states {
            let agent: Agent = start == .dashboard ? .sofia : .ana
            let (app, terminal) = desk.app(agent, start: start)
            if !keys.isEmpty { try terminal.press(keys, in: app) }
            terminal.type("ñ漢", in: app)
            for width in Self.widths {
                for height in Self.heights {
                    terminal.resize(to: TerminalSize(columns: width, rows: height))
                    app.runUntilIdle()
                    #expect(terminal.screen.size == TerminalSize(columns: width, rows: height))
                }
            }
            terminal.resize(to: TerminalSize(columns: 80, rows: 24))
            app.runUntilIdle()
            #expect(terminal.text.hasPrefix(" helpdesk · "))
        }
    }
}
