import Foundation
import HelpDeskCore
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The L2 queue's tier-specific keys: the area filter and sending back with a coaching note.
@Suite("Tier queues (keys)")
struct TierQueueUITests {
    @Test("A narrows the L2 queue to the agent's area and back to every area; f still cycles mine / unassigned / all")
    func areaFilter() throws {
        let desk = try UITestDesk(fillers: 2)
        let other = try desk.db.createTicket(NewTicket(subject: "Disk full on the file server", requester: "ops@contoso.example"),
                                             by: .ana, now: desk.at(40)).id
        _ = try desk.db.perform(.escalate(Escalation(target: .tier(.l2), area: "os", reason: "disk", tried: "cleanup")),
                                on: other, expectedVersion: nil, by: .ana, now: desk.at(35))
        let (app, terminal) = desk.app(.luis, columns: 140, rows: 30, start: .l2)
        #expect(terminal.text.contains("Disk full on the file server"))
        #expect(terminal.text.contains("A area"))
        try terminal.press("A", in: app)
        #expect((app.topScreen as? TicketQueueScreen)?.areaFilter == "network")
        #expect(terminal.text.contains("Servidor de correo caído"))
        #expect(!terminal.text.contains("Disk full on the file server"))
        #expect(terminal.text.contains("area network"))
        try terminal.press("A", in: app)
        #expect((app.topScreen as? TicketQueueScreen)?.areaFilter == nil)
        #expect(terminal.text.contains("Disk full on the file server"))
        #expect(terminal.text.contains("Area: every area"))
    }

    @Test("b sends the ticket back to whoever escalated it, with the note; it leaves the L2 queue at once")
    func sendBack() throws {
        let desk = try UITestDesk(fillers: 2)
        let (app, terminal) = desk.app(.luis, start: .l2)
        try terminal.press("b", in: app)
        #expect(terminal.text.contains("Send #\(desk.mail) back"))
        terminal.type("check the SMTP relay first", in: app)
        try terminal.press("<ctrl+s>", in: app)
        let ticket = try #require(try desk.db.ticket(id: desk.mail))
        #expect(ticket.tier == .l1)
        #expect(ticket.assignee == "ana")
        #expect(!terminal.text.contains("Servidor de correo caído"))
        #expect(try desk.db.coachingFeed(for: "ana", limit: 5).first?.text == "check the SMTP relay first")
    }
}
