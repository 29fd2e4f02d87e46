import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The escalation wizard driven by keys against a real database: steps, validation that puts
/// the cursor on the missing step, the checklist, and the ticket landing in the next tier.
@Suite("Escalation wizard (keys)")
struct EscalationWizardUITests {
    @Test("e opens the wizard; Enter walks the steps; a missing area stops on the area step; the ticket lands in L2 with luis")
    func escalate() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 80, rows: 24)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        try terminal.press("e", in: app)
        #expect(app.topScreen is EscalationWizardScreen)
        #expect(terminal.text.contains("1 Target  2 Area"))
        try terminal.press("<enter>", in: app)  // L2 is the first target
        #expect((app.topScreen as? EscalationWizardScreen)?.wizard?.step == .area)
        try terminal.press("<enter>", in: app)  // no area chosen
        #expect(terminal.text.contains("⚠ Choose the area"))
        #expect((app.topScreen as? EscalationWizardScreen)?.wizard?.step == .area)
        terminal.type("network", in: app)
        try terminal.press("<enter>", in: app)
        #expect(terminal.text.contains("1 Target ✓ L2  2 Area ✓ network  3 Reason"))
        terminal.type("certificate expired", in: app)
        try terminal.press("<enter>", in: app)
        #expect(terminal.text.contains("[x] Reply to requester: ¿Puede volver a introducir"))
        #expect(terminal.text.contains("[ ] Internal note: client log shows the certificate expired"))
        try terminal.press("<down> <space>", in: app)  // tick the note too
        #expect(terminal.text.contains("[x] Internal note"))
        try terminal.press("<tab>", in: app)
        terminal.type("restarted the VPN client", in: app)
        try terminal.press("<enter>", in: app)
        #expect((app.topScreen as? EscalationWizardScreen)?.wizard?.step == .confirm)
        terminal.type("CEO waiting", in: app)
        try terminal.press("<enter>", in: app)

        let ticket = try #require(try desk.db.ticket(id: desk.vpn))
        #expect(ticket.tier == .l2)
        #expect(ticket.assignee == "luis")
        let event = try #require(try desk.db.events(ticketID: desk.vpn).last)
        #expect(event.type == .escalated)
        #expect(event.area == "network")
        #expect(event.reason == "certificate expired")
        #expect(event.tried == "Reply to requester: ¿Puede volver a introducir la contraseña nueva? · Internal note: client log shows the certificate expired · restarted the VPN client")
        #expect(event.text == "CEO waiting")
        #expect(app.topScreen is TicketDetailScreen)
        #expect(terminal.text.contains("escalated to L2; luis got it."))
    }

    @Test("Esc goes back a step; on the first step it asks before discarding a choice, and n keeps the wizard")
    func cancel() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 80, rows: 24)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        try terminal.press("e <down> <esc>", in: app)  // a changed target counts as input
        #expect(terminal.text.contains("Discard this escalation? y / n"))
        try terminal.press("n", in: app)
        #expect(app.topScreen is EscalationWizardScreen)
        try terminal.press("<up> <enter> <esc>", in: app)
        #expect((app.topScreen as? EscalationWizardScreen)?.wizard?.step == .target)
        try terminal.press("<esc>", in: app)  // nothing typed: leaves at once
        #expect(app.topScreen is TicketDetailScreen)
        #expect(try desk.db.ticket(id: desk.vpn)?.tier == .l1)
    }

    @Test("on the area list j and k move the cursor like the arrows; they are typed only on the other-area row")
    func areaListMovesWithJK() throws {
        let desk = try UITestDesk()
        _ = try desk.db.saveAgent(Agent(login: "pedro", name: "Pedro Sánchez", role: .l2, areas: ["applications", "printing"]))
        let (app, terminal) = desk.app(.ana, columns: 80, rows: 24)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        try terminal.press("e <enter>", in: app)
        let wizard = { (app.topScreen as? EscalationWizardScreen)?.wizard }
        let areas = try #require(wizard()?.areas)
        try #require(areas.count >= 2)
        try terminal.press("j", in: app)
        #expect(wizard()?.area == areas[1], "j chose the second area instead of typing “j”")
        try terminal.press("j k", in: app)
        #expect(wizard()?.area == areas[1])
        #expect(!terminal.text.contains("Other area:   j"))
        // Below the list, on the other-area row, j and k are letters.
        for _ in 1..<areas.count { try terminal.press("j", in: app) }  // from the second area to the row below the list
        terminal.type("kiosk", in: app)
        #expect(wizard()?.area == "kiosk")
    }

    @Test("the status bar and the hint name the keys each step has: Esc cancels on the first step and goes back after it")
    func keysPerStep() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.ana, columns: 80, rows: 24)
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        let statusBar = { terminal.screen.textLines().last ?? "" }
        try terminal.press("e", in: app)
        #expect(statusBar() == " Enter continue  Esc cancel")
        try terminal.press("<enter>", in: app)
        #expect(statusBar() == " Enter continue  Esc back", "the form's 'Ctrl-S save  Esc cancel' said what these keys do not do")
        #expect(terminal.text.contains("↑↓ choose  type another area  Enter continue  Esc back"))
        try terminal.press("<esc>", in: app)  // as the bar says: back to the first step, not out
        #expect((app.topScreen as? EscalationWizardScreen)?.wizard?.step == .target)
        try terminal.press("<enter>", in: app)
        terminal.type("network", in: app)
        try terminal.press("<enter>", in: app)
        terminal.type("certificate expired", in: app)
        try terminal.press("<enter>", in: app)
        #expect(statusBar() == " Enter continue  Space toggle  Esc back")
        try terminal.press("<tab>", in: app)
        terminal.type("restarted", in: app)
        try terminal.press("<enter>", in: app)
        #expect(statusBar() == " Enter escalate  Esc back")
    }

    @Test("a vendor needs its name on the first step; the ticket goes outside with it")
    func vendor() throws {
        let desk = try UITestDesk()
        let (app, terminal) = desk.app(.luis, columns: 80, rows: 24, start: .l2)
        app.execute(command: "open \(desk.mail)")
        app.runUntilIdle()
        try terminal.press("e <down> <enter>", in: app)  // L3, then vendor
        #expect(terminal.text.contains("⚠ Name the vendor or department."))
        terminal.type("Acme Mail", in: app)
        try terminal.press("<enter> <enter>", in: app)  // area is optional outside
        terminal.type("relay firmware bug", in: app)
        try terminal.press("<enter>", in: app)
        #expect(terminal.text.contains("[x] Reply") || terminal.text.contains("[ ] Internal note"))
        try terminal.press("<tab>", in: app)
        terminal.type("restarted the relay", in: app)
        try terminal.press("<enter> <enter>", in: app)
        let ticket = try #require(try desk.db.ticket(id: desk.mail))
        #expect(ticket.tier == .external)
        #expect(ticket.externalName == "Acme Mail")
    }
}
