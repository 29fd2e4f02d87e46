import Foundation
import HelpDeskCore
import HelpDeskStore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The app driven by keys only, through a virtual terminal, checked through the repository.
@Suite("Key-driven UI")
struct KeyDrivenTests {
    @Test("move, open, add an internal note with keys only; the note is in the database")
    func noteWithKeys() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        try terminal.press("j <enter>", in: app)
        let detail = try #require(app.topScreen as? TicketDetailScreen)
        let queueSecond = try desk.db.tickets(matching: TicketQuery(tiers: [.l1], statuses: TicketQuery.activeStatuses, limit: 2))[1]
        #expect(detail.ticketID == queueSecond.id)

        try terminal.press("i", in: app)
        terminal.type("Llamé al usuario; q y j no salen ni mueven", in: app)
        try terminal.press("<ctrl+s>", in: app)

        let events = try desk.db.events(ticketID: detail.ticketID)
        let note = try #require(events.last)
        #expect(note.type == .note)
        #expect(note.actor == "ana")
        #expect(note.text == "Llamé al usuario; q y j no salen ni mueven")
        #expect(terminal.text.contains("Internal note added to #\(detail.ticketID)."))
        #expect(terminal.text.contains("┃ Llamé al usuario"))
        #expect(app.isRunning)
    }

    @Test("t takes the unassigned ticket under the cursor and the row changes at once")
    func take() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 120, rows: 30)
        try terminal.press("f f", in: app)  // all open → mine → unassigned
        #expect(terminal.text.contains("unassigned · most urgent"))
        let queue = try #require(app.topScreen as? TicketQueueScreen)
        let target = try #require(queue.selected)
        #expect(target.assignee == nil)
        try terminal.press("t", in: app)
        #expect(try desk.db.ticket(id: target.id)?.assignee == "ana")
        #expect(terminal.text.contains("Taken #\(target.id)."))
    }

    @Test("a change by someone else between reading and acting is a conflict: toast, reload, nothing lost")
    func conflict() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        app.execute(command: "open \(desk.outlook)")
        app.runUntilIdle()
        // Kate takes it in her own process before Ana presses t.
        let other = try AppDatabase.open(path: desk.db.path)
        _ = try other.perform(.note("kate was here"), on: desk.outlook, expectedVersion: nil, by: UITestDesk.kate, now: UITestDesk.now)
        try terminal.press("t", in: app)
        #expect(terminal.text.contains("was changed by someone else"))
        #expect(terminal.text.contains("kate was here"))
        #expect(try desk.db.ticket(id: desk.outlook)?.assignee == nil)
        // After the reload the same key works.
        try terminal.press("t", in: app)
        #expect(try desk.db.ticket(id: desk.outlook)?.assignee == "ana")
    }

    @Test("a refused action says why, in a toast")
    func refused() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        // #printer belongs to kate; Ana may not take it from her.
        app.execute(command: "open \(desk.printer)")
        app.runUntilIdle()
        try terminal.press("t", in: app)
        #expect(terminal.text.contains("already taken by kate"))
        #expect(try desk.db.ticket(id: desk.printer)?.assignee == "kate")
    }

    @Test("status picker and assign picker change the ticket")
    func pickers() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.sofia, columns: 100, rows: 30)
        app.execute(command: "open \(desk.outlook)")
        app.runUntilIdle()
        try terminal.press("a", in: app)
        #expect(terminal.text.contains("Assign #\(desk.outlook) to"))
        // Agents who can work L1, by login: ana, elena, kate, luis, sofia.
        try terminal.press("j j <enter>", in: app)
        #expect(try desk.db.ticket(id: desk.outlook)?.assignee == "kate")
        try terminal.press("s", in: app)
        try terminal.press("j <enter>", in: app)  // open → pending customer
        #expect(try desk.db.ticket(id: desk.outlook)?.status == .pendingCustomer)
    }

    @Test("resolve asks for the resolution text")
    func resolve() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        try terminal.press("x", in: app)
        #expect(terminal.text.contains("Resolution of #\(desk.vpn)"))
        terminal.type("renewed the certificate", in: app)
        try terminal.press("<ctrl+s>", in: app)
        let ticket = try #require(try desk.db.ticket(id: desk.vpn))
        #expect(ticket.status == .resolved)
        #expect(try desk.db.events(ticketID: desk.vpn).last?.text == "renewed the certificate")
    }

    @Test("Ctrl-E hands the text to the editor with the terminal suspended, and the result is kept")
    func externalEditor() throws {
        struct FakeEditor: TextEditing {
            func edit(_ text: String) throws -> String? { text + " — long text from the editor\nsecond line" }
        }
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30, editor: FakeEditor())
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        try terminal.press("r", in: app)
        terminal.type("Hola", in: app)
        try terminal.press("<ctrl+e> <ctrl+s>", in: app)
        #expect(!terminal.isSuspended)
        #expect(try desk.db.events(ticketID: desk.vpn).last?.text == "Hola — long text from the editor\nsecond line")
    }

    @Test("the status bar names the composer's and the pickers' own keys, not the form's Tab/Ctrl-S")
    func panelStatusBar() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        let statusBar = { terminal.screen.textLines().last ?? "" }
        try terminal.press("<enter> r", in: app)
        #expect(statusBar() == " Ctrl-S save  Ctrl-E editor  Esc cancel")
        try terminal.press("<esc> s", in: app)
        #expect(statusBar() == " Enter choose  Esc cancel")
        try terminal.press("<esc>", in: app)
        #expect(statusBar().hasSuffix("? help"))
    }

    @Test("Esc in the composer asks before dropping typed text (n keeps it), cancels without saving; Esc in the detail goes back to the list")
    func escapes() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 100, rows: 30)
        let before = try desk.db.changeToken()
        try terminal.press("<enter> i", in: app)
        terminal.type("never mind", in: app)
        try terminal.press("<esc>", in: app)
        #expect(terminal.text.contains("Discard what you typed? y / n"))
        try terminal.press("n", in: app)  // keeps the text; the n is not typed
        #expect(terminal.text.contains("never mind"))
        #expect(!terminal.text.contains("never mindn"))
        #expect(!terminal.text.contains("Discard what you typed?"))
        try terminal.press("<esc> y", in: app)
        #expect(!terminal.text.contains("never mind"))
        #expect(app.topScreen is TicketDetailScreen)
        try terminal.press("r <esc>", in: app)  // nothing typed: closes at once
        #expect(!terminal.text.contains("(the requester sees it)"))
        try terminal.press("<esc>", in: app)
        #expect(app.topScreen is TicketQueueScreen)
        #expect(try desk.db.changeToken() == before)
        try terminal.press("q", in: app)
        #expect(!app.isRunning)
    }
}
