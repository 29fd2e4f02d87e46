import Foundation
import HelpDeskCore
import HelpDeskStore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The app shell: title bar, status bar, help, command line, search, screens, polling, size.
@Suite("App shell")
struct ShellTests {
    @Test("title bar: product, screen, agent and role, counters, clock")
    func titleBar() throws {
        let desk = try UITestDesk()
        let (_, terminal) = desk.app(.ana, columns: 100, rows: 30)
        let title = terminal.screen.textLines()[0]
        #expect(title.hasPrefix(" helpdesk · L1 queue · ana (L1) · mine "))
        #expect(title.contains("unassigned "))
        #expect(title.hasSuffix("14:13"))
    }

    @Test("the status bar comes from the key map, so rebinding a key changes it")
    func statusBarFollowsKeyMap() throws {
        let desk = try UITestDesk()
        var keyMap = KeyMap.defaults
        keyMap.bind([Key.character("T")], to: "ticket.take")
        let terminal = VirtualTerminal(columns: 120, rows: 30)
        let app = HelpDeskApp(terminal: terminal, repository: desk.db, configuration: AppConfiguration(
            agent: UITestDesk.ana, timeZone: TimeZone(identifier: "UTC")!, keyMap: keyMap, clock: { UITestDesk.now },
            classify: UITestDesk.classify))
        app.runUntilIdle()
        let status = terminal.screen.textLines().last ?? ""
        #expect(status.contains("T take"))
        #expect(!status.contains("t take"))
        #expect(status.hasSuffix("? help"))
    }

    @Test("the help overlay is generated from the key map and translated")
    func help() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 40)
        try terminal.press("?", in: app)
        #expect(terminal.text.contains("Keys"))
        #expect(terminal.text.contains("Move the cursor down"))
        try terminal.press("<esc>", in: app)
        #expect(!terminal.text.contains("Move the cursor down"))
        app.execute(command: "lang es")
        try terminal.press("?", in: app)
        #expect(terminal.text.contains("Teclas"))
        #expect(terminal.text.contains("Bajar el cursor"))
        #expect(app.isRunning)
    }

    @Test("in a help longer than the screen, G shows its end and g its start, as the help says; neither closes it")
    func helpTopAndBottom() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 80, rows: 24)
        try terminal.press("?", in: app)
        #expect(terminal.text.contains("Move the cursor down"))
        #expect(!terminal.text.contains("Quit helpdesk"))
        try terminal.press("G", in: app)
        #expect(terminal.text.contains("Quit helpdesk"), "G closed the help instead of showing its last page")
        #expect(!terminal.text.contains("Move the cursor down"))
        try terminal.press("g", in: app)
        #expect(terminal.text.contains("Move the cursor down"))
        try terminal.press("j j <pgdn> G <pgdn> <pgup>", in: app)  // scrolling past the end stays in range
        #expect(terminal.text.contains("Keys"))
        try terminal.press("<esc>", in: app)
        #expect(!terminal.text.contains("Keys ─"))
    }

    @Test(":lang switches the language at run time; ticket data stays as written")
    func language() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        try terminal.press(":", in: app)
        terminal.type("lang es", in: app)
        try terminal.press("<enter>", in: app)
        #expect(app.currentLanguage == .es)
        #expect(terminal.screen.textLines()[0].hasPrefix(" helpdesk · Cola L1 · ana (L1) · míos "))
        #expect(terminal.text.contains("Outlook keeps asking for the password"))
        #expect(terminal.text.contains("Idioma: español"))
        try terminal.press(":", in: app)
        terminal.type("lang xx", in: app)
        try terminal.press("<enter>", in: app)
        #expect(terminal.text.contains("Uso: :lang es|en"))
    }

    @Test("Tab completes command names and arguments")
    func completion() throws {
        let desk = try UITestDesk()
        let (app, _) = desk.app(.ana)
        #expect(app.complete("scr") == "screen ")
        #expect(app.complete("screen da") == "screen dashboard")
        #expect(app.complete("screen l") == "screen l")
        #expect(app.currentToast?.text == "l1  l2  l3")
        #expect(app.complete("la") == "lang ")
        #expect(app.complete("q") == "q")
        #expect(app.complete("zz") == "zz")
    }

    @Test("unknown commands and bad arguments say what to do")
    func badCommands() throws {
        let desk = try UITestDesk()
        let (app, _) = desk.app(.ana)
        app.execute(command: "frobnicate")
        #expect(app.currentToast?.text == "Unknown command “frobnicate”; :help lists them.")
        app.execute(command: "open 999999")
        #expect(app.currentToast?.text == "There is no ticket #999999.")
        app.execute(command: "open \(desk.vpn)")
        #expect((app.topScreen as? TicketDetailScreen)?.ticketID == desk.vpn)
        app.execute(command: "q")
        #expect(!app.isRunning)
    }

    @Test("/ filters the list as you type; Esc shows everything again")
    func search() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        try terminal.press("/", in: app)
        terminal.type("vpn", in: app)
        let queue = try #require(app.topScreen as? TicketQueueScreen)
        #expect(queue.pager.rows.map(\.id) == [desk.vpn])
        #expect(terminal.text.contains("search “vpn”"))
        try terminal.press("<esc>", in: app)
        #expect(((app.topScreen as? TicketQueueScreen)?.pager.total ?? 0) > 1)
    }

    @Test("o sorts newest first; f cycles mine / unassigned / all")
    func sortAndFilter() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        try terminal.press("o", in: app)
        let newest = try #require((app.topScreen as? TicketQueueScreen)?.selected)
        #expect(newest.id == desk.outlook)  // the newest ticket still at L1 (the mail one went to L2)
        #expect(terminal.text.contains("Sorted by: newest"))
        try terminal.press("f", in: app)
        let mine = try #require(app.topScreen as? TicketQueueScreen)
        #expect(mine.pager.rows.allSatisfy { $0.assignee == "ana" })
        #expect(!mine.pager.rows.isEmpty)
    }

    @Test("keys 1–5 switch screens; 4 is the dashboard; 5 says the screen is not in this build")
    func screens() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.sofia, columns: 100, rows: 30)
        #expect(app.topScreen is DashboardScreen)
        try terminal.press("2", in: app)
        #expect((app.topScreen as? TicketQueueScreen)?.tier == .l2)
        #expect(terminal.text.contains("Servidor de correo caído"))
        try terminal.press("4", in: app)
        #expect(app.topScreen is DashboardScreen)
        #expect(terminal.text.contains("BREACHED / AT RISK"))
        try terminal.press("5", in: app)
        #expect(app.topScreen is KnowledgeBaseScreen)
        #expect(terminal.text.contains("Knowledge base"))
    }

    @Test("without a knowledge base, 5 explains and stays")
    func noKnowledgeBase() throws {
        let desk = try UITestDesk(fillers: 0)
        let (app, terminal) = desk.app(.sofia, columns: 100, rows: 30, knowledgeBase: false)
        try terminal.press("5", in: app)
        #expect(app.topScreen is DashboardScreen)
        #expect(terminal.text.contains("not in this build"))
    }

    @Test("the start screen follows the agent's role, or --screen")
    func startScreen() throws {
        let desk = try UITestDesk()
        #expect((desk.app(.luis).0.topScreen as? TicketQueueScreen)?.tier == .l2)
        #expect((desk.app(.elena).0.topScreen as? TicketQueueScreen)?.tier == .l3)
        #expect((desk.app(.ana, start: .l3).0.topScreen as? TicketQueueScreen)?.tier == .l3)
        #expect(desk.app(.sofia).0.topScreen is DashboardScreen)
    }

    @Test("another process's change appears on the next poll, without a key")
    func polling() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        let other = try AppDatabase.open(path: desk.db.path)
        _ = try other.createTicket(NewTicket(subject: "Printer on fire", requester: "x@example.com", impact: .high, urgency: .high),
                                   by: UITestDesk.kate, now: UITestDesk.now)
        #expect(!terminal.text.contains("Printer on fire"))
        app.pollForChanges()
        app.runUntilIdle()
        #expect(terminal.text.contains("Printer on fire"))
    }

    @Test("a terminal smaller than 60x16 shows a notice instead of the layout, until it grows")
    func tooSmall() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 50, rows: 12)
        let notice = terminal.screen.textLines().map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(notice.contains("The terminal is 50×12; helpdesk needs at least 60×16."))
        #expect(!terminal.text.contains("L1 queue"))
        terminal.resize(to: TerminalSize(columns: 80, rows: 24))
        app.runUntilIdle()
        #expect(terminal.text.contains("L1 queue"))
    }

    @Test("j/k move, G goes to the last row (fetching pages), g back to the first")
    func navigation() throws {
        let desk = try UITestDesk(fillers: 150)
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        var queue = try #require(app.topScreen as? TicketQueueScreen)
        #expect(queue.pager.rows.count < queue.pager.total)
        try terminal.press("j j k", in: app)
        queue = try #require(app.topScreen as? TicketQueueScreen)
        #expect(queue.viewport.cursor == 1)
        try terminal.press("G", in: app)
        queue = try #require(app.topScreen as? TicketQueueScreen)
        #expect(queue.viewport.cursor == queue.pager.total - 1)
        try terminal.press("g <pgdn>", in: app)
        queue = try #require(app.topScreen as? TicketQueueScreen)
        #expect(queue.viewport.cursor > 1)
    }
}
